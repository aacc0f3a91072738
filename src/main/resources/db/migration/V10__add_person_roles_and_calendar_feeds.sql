-- The realm roles a person had when last seen: what the platform acts on for them without a request
-- (calendar feeds, notifications).
alter table person add column roles varchar(1000) not null default '';

-- A person's secret calendar feed: only a SHA-256 of the token is kept; one feed per person.
create sequence calendar_feed_seq start with 1 increment by 50;

create table calendar_feed (
    id          bigint      primary key,
    person_id   bigint      not null unique references person (id),
    token_hash  varchar(64) not null unique,
    created_at  timestamp with time zone not null
);
