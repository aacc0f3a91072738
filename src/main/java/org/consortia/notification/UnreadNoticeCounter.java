package org.consortia.notification;

import jakarta.enterprise.context.ApplicationScoped;
import org.consortia.security.CurrentUser;
import org.consortia.security.People;
import org.consortia.web.UnreadNotices;

/** The header's count: one query per page. */
@ApplicationScoped
public class UnreadNoticeCounter implements UnreadNotices {

    private final Notices notices;
    private final People people;

    UnreadNoticeCounter(Notices notices, People people) {
        this.notices = notices;
        this.people = people;
    }

    @Override
    public long count(CurrentUser user) {
        return people.person(user).map(notices::unread).orElse(0L);
    }
}
