package org.consortia.calendar;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.consortia.common.Page;
import org.consortia.common.PageRequest;
import org.consortia.common.SecretTokens;
import org.consortia.common.Sha256;
import org.consortia.security.Person;
import org.consortia.security.PersonStatus;
import org.jboss.logging.Logger;

/**
 * Issues, finds and revokes calendar feed tokens: 32 random bytes, shown once to their owner, kept
 * only as a SHA-256 (a stolen database does not give anyone's calendar away). One feed per person:
 * issuing a new token revokes the old one. A feed answers only while its owner's account is active: the
 * feed of someone disabled or gone in the identity provider is as unknown as a made-up token.
 */
@ApplicationScoped
public class CalendarFeeds {

    private static final Logger LOG = Logger.getLogger(CalendarFeeds.class);

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
        String token = SecretTokens.next();
        CalendarFeed feed = new CalendarFeed();
        feed.person = person;
        feed.tokenHash = hash(token);
        feed.createdAt = OffsetDateTime.now(clock);
        feeds.persist(feed);
        return token;
    }

    @Transactional
    public boolean revoke(Person person) {
        return feeds.findByPerson(person)
                .map(feed -> {
                    feeds.delete(feed);
                    return true;
                })
                .orElse(false);
    }

    /** When the person's current feed was issued, if they have one. */
    public Optional<OffsetDateTime> issuedAt(Person person) {
        return feeds.findByPerson(person).map(feed -> feed.createdAt);
    }

    /** The owner of a token, if it is a current one and their account is active. */
    public Optional<Person> ownerOf(String token) {
        if (token == null || token.length() != 43) {
            return Optional.empty();
        }
        return feeds.findByTokenHash(hash(token)).map(feed -> feed.person).filter(Person::isActive);
    }

    /** Everyone's feeds, the latest issued first: for platform administrators. */
    public Page<Issued> everyone(PageRequest page) {
        return page.page(
                feeds.latestFirst(page.offset(), page.size).stream()
                        .map(Issued::of)
                        .toList(),
                feeds.count());
    }

    /** Revokes the feed {@code id}, whoever owns it; false when there is no such feed. */
    @Transactional
    public boolean revoke(long id, String byUsername) {
        CalendarFeed feed = feeds.findById(id);
        if (feed == null) {
            return false;
        }
        // The audit trail is a project's; a person's feed belongs to none, so the revocation goes to the log.
        LOG.infof("Calendar feed %d of %s revoked by %s", id, feed.person.username, byUsername);
        feeds.delete(feed);
        return true;
    }

    /** A feed as administrators see it: whose, since when, and whether it answers (its owner is active). */
    public record Issued(long id, String username, String name, PersonStatus ownerStatus, OffsetDateTime issuedAt) {

        static Issued of(CalendarFeed feed) {
            return new Issued(feed.id, feed.person.username, feed.person.name, feed.person.status, feed.createdAt);
        }
    }

    static String hash(String token) {
        return Sha256.hex(token);
    }
}
