package org.consortia.security;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.Set;
import java.util.TreeSet;

/**
 * Someone who signed in, as the identity provider described them when this instance last saw them or,
 * since, when the people sync last read their account ({@link PeopleSync}).
 */
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

    /** Realm roles, comma-separated, as of the last sign-in or sync. */
    @Column(nullable = false)
    public String roles = "";

    @Column(nullable = false)
    public OffsetDateTime firstSeen;

    /** The language of their mails (a language tag); null: the platform's default. */
    public String language;

    /** The kinds of notices they do not want by mail, comma-separated. */
    @Column(nullable = false)
    public String mutedKinds = "";

    /** Whether their account is still active; only then do they get feeds and notices. */
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public PersonStatus status = PersonStatus.ACTIVE;

    @Version
    public long version;

    public boolean isActive() {
        return status == PersonStatus.ACTIVE;
    }

    /**
     * Records what the identity provider says of their account now: name, e-mail, organisations and roles,
     * and whether it is enabled. Returns whether anything changed.
     */
    public boolean follow(Account account) {
        String before = state();
        username = account.username();
        name = account.name() == null || account.name().length() <= 255
                ? account.name()
                : account.name().substring(0, 255);
        email = account.email();
        organisations = String.join(",", new TreeSet<>(account.organisations()));
        roles = String.join(",", new TreeSet<>(account.roles()));
        status = account.enabled() ? PersonStatus.ACTIVE : PersonStatus.DISABLED;
        return !before.equals(state());
    }

    /**
     * Their account is gone: they keep their name (the history shows who did what) and lose their
     * organisations and roles. Returns whether anything changed.
     */
    public boolean depart() {
        String before = state();
        organisations = "";
        roles = "";
        status = PersonStatus.DEPARTED;
        return !before.equals(state());
    }

    private String state() {
        return String.join(
                "\n",
                username,
                String.valueOf(name),
                String.valueOf(email),
                organisations,
                roles,
                String.valueOf(status));
    }

    /** What their access depends on, as recorded when they were last seen. */
    public Identity identity() {
        return new Identity(username, split(organisations), split(roles));
    }

    private static Set<String> split(String joined) {
        return joined.isBlank() ? Set.of() : Set.of(joined.split(","));
    }
}
