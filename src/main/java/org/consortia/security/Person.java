package org.consortia.security;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.Set;

/** Someone who signed in, as the identity provider described them the last time this instance saw them. */
@Entity
public class Person extends PanacheEntity {

    @Column(nullable = false, unique = true)
    public String subject;

    @Column(nullable = false)
    public String username;

    public String name;

    public String email;

    /** Organisation codes, comma-separated. */
    @Column(nullable = false)
    public String organisations = "";

    /** Realm roles, comma-separated, as of the last sign-in. */
    @Column(nullable = false)
    public String roles = "";

    @Column(nullable = false)
    public OffsetDateTime firstSeen;

    /** The language of their mails (a language tag); null: the platform's default. */
    public String language;

    /** The kinds of notices they do not want by mail, comma-separated. */
    @Column(nullable = false)
    public String mutedKinds = "";

    @Version
    public long version;

    /** What their access depends on, as recorded when they were last seen. */
    public Identity identity() {
        return new Identity(username, split(organisations), split(roles));
    }

    private static Set<String> split(String joined) {
        return joined.isBlank() ? Set.of() : Set.of(joined.split(","));
    }
}
