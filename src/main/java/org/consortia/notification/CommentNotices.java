package org.consortia.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.consortia.deliverable.comment.CommentAdded;
import org.consortia.security.Person;
import org.consortia.security.Standing;
import org.consortia.security.Standings;

/**
 * Tells the people a comment is addressed to, in the comment's transaction. A comment addresses a person
 * it names ({@code @username}), every member of an organisation of the project it names ({@code @CODE}),
 * and — when a funder's reviewer wrote it — the coordinators and the lead partner. Only people who may
 * read the comment are told (a reviewer only of what the funder sees), never its author.
 */
@ApplicationScoped
public class CommentNotices {

    /** {@code @name} at the start or after a space or an opening bracket; a mail address is no mention. */
    private static final Pattern MENTION = Pattern.compile("(?<![\\w.@])@([A-Za-z0-9][\\w.-]{0,62}[\\w])");

    /** A long comment names at most this many people or organisations. */
    private static final int MOST_MENTIONS = 20;

    private final Recipients recipients;
    private final Standings standings;
    private final Notices notices;

    CommentNotices(Recipients recipients, Standings standings, Notices notices) {
        this.recipients = recipients;
        this.standings = standings;
        this.notices = notices;
    }

    void on(@Observes CommentAdded comment) {
        Set<Person> addressed = new LinkedHashSet<>();
        for (String name : mentions(comment.text())) {
            recipients.named(name).ifPresent(addressed::add);
            addressed.addAll(recipients.membersOfPartner(comment.project(), name.toUpperCase(Locale.ROOT)));
        }
        if (comment.byReviewer()) {
            addressed.addAll(recipients.coordinatorsOf(comment.project()));
            addressed.addAll(recipients.membersOf(comment.lead()));
        }
        addressed.removeIf(person -> !mayRead(person, comment));
        notices.tell(
                addressed,
                comment.byUsername(),
                comment.byName(),
                comment.text(),
                NotificationKind.COMMENTED,
                comment.project().acronym,
                comment.code(),
                comment.title());
    }

    private boolean mayRead(Person person, CommentAdded comment) {
        Standing standing = standings.of(comment.project(), person.identity());
        return standing.level() != Standing.Level.NONE && (!standing.isReviewer() || comment.funderReads());
    }

    static Set<String> mentions(String text) {
        Set<String> names = new LinkedHashSet<>();
        Matcher matcher = MENTION.matcher(text);
        while (matcher.find() && names.size() < MOST_MENTIONS) {
            names.add(matcher.group(1));
        }
        return names;
    }
}
