package org.consortia.web;

import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;

/** The synchronizer token of the caller's sign-in session, for the hidden field of every form. */
@RequestScoped
public class FormToken {

    private final Visitor user;
    private final CsrfTokens tokens;

    FormToken(Visitor user, CsrfTokens tokens) {
        this.user = user;
        this.tokens = tokens;
    }

    /** None for an anonymous visitor, who has no form to post. */
    public Optional<String> current() {
        return user.isAnonymous() ? Optional.empty() : Optional.of(tokens.tokenFor(user.subject(), user.sessionId()));
    }
}
