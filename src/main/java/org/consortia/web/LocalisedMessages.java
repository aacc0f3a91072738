package org.consortia.web;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.enterprise.context.RequestScoped;

/**
 * The pages' messages in the visitor's language, for the texts Java writes rather than a template (a
 * flash message): an injected {@link Messages} speaks only the default language.
 */
@RequestScoped
public class LocalisedMessages {

    private final Language language;

    LocalisedMessages(Language language) {
        this.language = language;
    }

    public Messages get() {
        return get(Messages.class);
    }

    /** A feature's own bundle (e.g. the reports'), in the visitor's language. */
    public <T> T get(Class<T> bundle) {
        return MessageBundles.get(bundle, Localized.Literal.of(language.tag()));
    }
}
