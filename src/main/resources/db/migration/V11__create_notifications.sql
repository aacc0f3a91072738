-- What a person is told: in the platform (read or not) and by mail (an outbox the sender works through).
create sequence notification_seq start with 1 increment by 50;

create table notification (
    id              bigint       primary key,
    person_id       bigint       not null references person (id),
    kind            varchar(40)  not null,
    -- Set when the same notice must never be sent twice (a reminder: obligation, offset, recipient).
    dedup_key       varchar(300) unique,
    project_acronym varchar(32)  not null,
    subject_code    varchar(32),
    subject_title   varchar(500),
    detail          varchar(2000),
    created_at      timestamp with time zone not null,
    read_at         timestamp with time zone,
    mail_state      varchar(16)  not null,
    mail_attempts   integer      not null default 0,
    next_attempt_at timestamp with time zone,
    sent_at         timestamp with time zone,
    last_error      varchar(1000)
);
create index notification_of_person on notification (person_id, created_at desc);
create index notification_mail_due on notification (next_attempt_at) where mail_state = 'PENDING';

-- A person's choices: the language of their mails, and the kinds of notices they do not want by mail.
alter table person add column language varchar(16);
alter table person add column muted_kinds varchar(1000) not null default '';
