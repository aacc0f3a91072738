package org.consortia.notification;

import jakarta.enterprise.context.ApplicationScoped;
import org.consortia.web.UnreadNotices;
import org.consortia.web.Visitor;

/** The header's count: one query per page. */
@ApplicationScoped
public class UnreadNoticeCounter implements UnreadNotices {

    private final Notices notices;

    UnreadNoticeCounter(Notices notices) {
        this.notices = notices;
    }

    @Override
    public long count(Visitor user) {
        return user.isAnonymous() ? 0 : notices.unread(user.subject());
    }
}
