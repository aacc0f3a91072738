-- The public registration of an event (docs/events.md#public-registration): opened and closed by its organisers, at an
-- address of its own (a random key: a private project's events cannot be guessed from it). A registration waits for
-- its confirmation by mail (double opt-in) in `registration`, which keeps the hash of the mailed token only; once
-- confirmed, the person is on the event's list and the row goes; unconfirmed ones go when they expire.
alter table event
    add column registration_open boolean     not null default false,
    add column registration_key  varchar(64);
create unique index event_registration_key on event (registration_key) where registration_key is not null;

create sequence registration_seq start with 1 increment by 50;

create table registration (
    id                   bigint       primary key,
    event_id             bigint       not null references event (id),
    token_hash           varchar(64)  not null unique,
    name                 varchar(200) not null,
    email                varchar(254) not null,
    organisation         varchar(255),
    organisation_type    varchar(32)  not null,
    country              varchar(2),
    role                 varchar(255),
    gender               varchar(16)  not null default 'NOT_GIVEN',
    presence             varchar(16),
    photo_consent        boolean      not null default false,
    consent_text_version varchar(32)  not null,
    language             varchar(16),
    -- The SHA-256 of the address the request came from, for the rate limit per client; gone with the row.
    client_hash          varchar(64)  not null,
    requested_at         timestamptz  not null,
    expires_at           timestamptz  not null
);
-- The rate limits count an event's recent requests, in all and per e-mail address, and a client's.
create index registration_event_requested on registration (event_id, requested_at);
create index registration_event_email on registration (event_id, lower(email), requested_at);
create index registration_client on registration (client_hash, requested_at);
create index registration_expires on registration (expires_at);

-- A mail to a participant links to a page of its own (a one-time link), in the language they used.
alter table notification
    add column link     varchar(500),
    add column language varchar(16);
