package org.consortia.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.consortia.web.Visitor;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Who is calling: the token's subject, name and e-mail, realm roles, and the organisations they
 * belong to. Organisations come from the token's {@code organization} claim (Keycloak
 * Organizations): a list of aliases, or an object keyed by alias when the realm's mapper adds
 * attributes; an alias is the organisation's code in lower case. A member of several organisations
 * gets them all only by asking for the {@code organization:*} scope (docs/security.md).
 */
@RequestScoped
public class CurrentUser implements Visitor {

    public static final String PLATFORM_ADMIN = Identity.PLATFORM_ADMIN;
    public static final String COORDINATOR = Identity.COORDINATOR;
    public static final String REVIEWER = Identity.REVIEWER;

    private final SecurityIdentity identity;
    private final JsonWebToken token;

    CurrentUser(SecurityIdentity identity, JsonWebToken token) {
        this.identity = identity;
        this.token = token;
    }

    @Override
    public boolean isAnonymous() {
        return identity.isAnonymous();
    }

    @Override
    public String subject() {
        return token.getSubject() != null
                ? token.getSubject()
                : identity.getPrincipal().getName();
    }

    @Override
    public String username() {
        String username = token.getClaim("preferred_username");
        return username != null ? username : identity.getPrincipal().getName();
    }

    /** The display name (at most 255 characters, as the platform stores it). */
    @Override
    public String name() {
        String name = token.getClaim("name");
        return name == null || name.length() <= 255 ? name : name.substring(0, 255);
    }

    /** The identity provider's id of the sign-in session (Keycloak's {@code sid}); empty if it gives none. */
    @Override
    public String sessionId() {
        String sid = token.getClaim("sid");
        return sid != null ? sid : "";
    }

    public String email() {
        return token.getClaim("email");
    }

    public Set<String> roles() {
        return new TreeSet<>(identity.getRoles());
    }

    public boolean hasRole(String role) {
        return identity.hasRole(role);
    }

    /** How a record signs their act (who submitted, who decided): their name, or their user name. */
    public String signature() {
        return name() != null ? name() : username();
    }

    /** Staff of an organisation: a partner's staff or a finance officer, who keep timesheets. */
    @Override
    public boolean keepsTimesheets() {
        return !isAnonymous()
                && (hasRole(Identity.PARTNER) || hasRole(Identity.FINANCE))
                && !organisations().isEmpty();
    }

    public boolean isPlatformAdmin() {
        return hasRole(PLATFORM_ADMIN);
    }

    /** The codes of the caller's organisations (upper case). */
    public Set<String> organisations() {
        Set<String> codes = new TreeSet<>();
        Object claim = token.getClaim("organization");
        if (claim instanceof JsonArray aliases) {
            aliases.forEach(alias -> codes.add(code(alias)));
        } else if (claim instanceof JsonObject byAlias) {
            byAlias.keySet().forEach(alias -> codes.add(alias.toUpperCase(Locale.ROOT)));
        } else if (claim instanceof Iterable<?> aliases) {
            aliases.forEach(alias -> codes.add(alias.toString().toUpperCase(Locale.ROOT)));
        }
        return codes;
    }

    /** What the caller's access depends on. */
    public Identity identity() {
        return new Identity(username(), organisations(), roles());
    }

    private static String code(JsonValue alias) {
        String text = alias instanceof JsonString string ? string.getString() : alias.toString();
        return text.toUpperCase(Locale.ROOT);
    }
}
