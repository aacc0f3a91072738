-- The evaluation of an event (docs/events.md#evaluation): its questions (null: the standard ones), who was invited,
-- the one-time links not used yet (their hashes, tied to nobody), and the answers, dated by the day only: nobody can
-- tell who answered what, nor who answered at all.
alter table event add column survey_questions varchar(300)[];

-- Who was invited (so that nobody is invited twice), and the links not used yet: two tables that share nothing but the
-- event, so that a used link (a token gone) points at nobody.
create sequence survey_invitation_seq start with 1 increment by 50;

create table survey_invitation (
    id             bigint      primary key,
    event_id       bigint      not null references event (id),
    participant_id bigint      not null unique references participant (id) on delete cascade,
    invited_at     timestamptz not null
);
create index survey_invitation_event on survey_invitation (event_id);

create sequence survey_token_seq start with 1 increment by 50;

create table survey_token (
    id         bigint      primary key,
    event_id   bigint      not null references event (id),
    token_hash varchar(64) not null unique
);

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
