-- The evaluation of an event (docs/events.md#evaluation): its questions (null: the standard ones), a one-time
-- invitation per participant who attended (the hash of its token, whether it was used), and the answers, kept apart
-- from the invitations and dated by the day only: nobody can tell who answered what.
alter table event add column survey_questions varchar(300)[];

create sequence survey_invitation_seq start with 1 increment by 50;

create table survey_invitation (
    id             bigint      primary key,
    event_id       bigint      not null references event (id),
    participant_id bigint      not null unique references participant (id) on delete cascade,
    token_hash     varchar(64) not null unique,
    invited_at     timestamptz not null,
    answered       boolean     not null default false
);
create index survey_invitation_event on survey_invitation (event_id);

create sequence survey_answer_seq start with 1 increment by 50;

create table survey_answer (
    id          bigint        primary key,
    event_id    bigint        not null references event (id),
    -- One score (1 to 5, or null when left out) per question, in the questions' order.
    scores      smallint[]    not null,
    comment     varchar(2000),
    answered_on date          not null
);
create index survey_answer_event on survey_answer (event_id);
