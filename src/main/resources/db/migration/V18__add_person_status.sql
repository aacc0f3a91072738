-- Whether the identity provider still knows a person as an active account, as the people sync
-- (org.consortia.security.PeopleSync) last found: ACTIVE, DISABLED (the account is disabled) or
-- DEPARTED (the account is gone). Only active people have a working calendar feed and are told of
-- anything; the others stay, so the history still names who did what.
alter table person add column status varchar(16) not null default 'ACTIVE'
    constraint person_status_known check (status in ('ACTIVE', 'DISABLED', 'DEPARTED'));
