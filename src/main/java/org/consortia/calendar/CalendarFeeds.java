package org.consortia.calendar;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.Optional;
import org.consortia.common.Sha256;
import org.consortia.security.Person;

/**
 * Issues, finds and revokes calendar feed tokens: 32 random bytes, shown once to their owner, kept
 * only as a SHA-256 (a stolen database does not give anyone's calendar away). One feed per person:
 * issuing a new token revokes the old one.
 */
@ApplicationScoped
public class CalendarFeeds {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final CalendarFeedRepository feeds;
    private final Clock clock;

    CalendarFeeds(CalendarFeedRepository feeds, Clock clock) {
        this.feeds = feeds;
        this.clock = clock;
    }

    /** A new token for {@code person}, replacing any earlier one; the only time it is seen in clear. */
    @Transactional
    public String issue(Person person) {
        feeds.findByPerson(person).ifPresent(old -> {
            feeds.delete(old);
            feeds.flush();
        });
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        CalendarFeed feed = new CalendarFeed();
        feed.person = person;
        feed.tokenHash = hash(token);
        feed.createdAt = OffsetDateTime.now(clock);
        feeds.persist(feed);
        return token;
    }

    @Transactional
    public boolean revoke(Person person) {
        return feeds.findByPerson(person).map(feed -> {
            feeds.delete(feed);
            return true;
        }).orElse(false);
    }

    /** When the person's current feed was issued, if they have one. */
    public Optional<OffsetDateTime> issuedAt(Person person) {
        return feeds.findByPerson(person).map(feed -> feed.createdAt);
    }

    /** The owner of a token, if it is a current one. */
    public Optional<Person> ownerOf(String token) {
        if (token == null || token.length() != 43) {
            return Optional.empty();
        }
        return feeds.findByTokenHash(hash(token)).map(feed -> feed.person);
    }

    static String hash(String token) {
        return Sha256.hex(token);
    }
}
