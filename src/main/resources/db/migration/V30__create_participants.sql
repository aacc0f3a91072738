-- The participants of an event (docs/events.md): who they are and where they come from (personal data, read by the
-- event's organisers only), how they take part and on which days, and their consents: to the processing of their
-- data (required, with the version of the text and when), to photos and publication (optional).
create sequence participant_seq start with 1 increment by 50;

create table participant (
    id                   bigint       primary key,
    event_id             bigint       not null references event (id),
    name                 varchar(200) not null,
    email                varchar(254),
    organisation         varchar(255),
    organisation_type    varchar(32)  not null,
    country              varchar(2),
    role                 varchar(255),
    gender               varchar(16)  not null default 'NOT_GIVEN',
    presence             varchar(16)  not null default 'IN_PERSON',
    days_attended        date[]       not null default '{}',
    source               varchar(16)  not null,
    consent_text_version varchar(32)  not null,
    consented_at         timestamptz  not null,
    photo_consent        boolean      not null default false,
    created_at           timestamptz  not null,
    version              bigint       not null default 0,
    constraint participant_organisation_type check (organisation_type in ('EMPLOYERS_ORGANISATION', 'TRADE_UNION',
        'PUBLIC_AUTHORITY', 'SERVICE_PROVIDER', 'NGO', 'EDUCATION_RESEARCH', 'OTHER')),
    constraint participant_gender check (gender in ('WOMAN', 'MAN', 'NON_BINARY', 'NOT_GIVEN')),
    constraint participant_presence check (presence in ('IN_PERSON', 'ONLINE')),
    constraint participant_source check (source in ('ENTERED', 'IMPORTED', 'REGISTERED', 'WALK_IN'))
);
-- The list by name, and one e-mail address once per event.
create index participant_event_name on participant (event_id, name, id);
create unique index participant_event_email on participant (event_id, lower(email)) where email is not null;

-- The status page says who came to each event (V17): a change of a list moves its project's revision on.
create trigger participant_inserted_revision after insert on participant referencing new table as changed
    for each statement execute function bump_revision_of_events_projects();
create trigger participant_updated_revision after update on participant referencing new table as changed
    for each statement execute function bump_revision_of_events_projects();
create trigger participant_deleted_revision after delete on participant referencing old table as changed
    for each statement execute function bump_revision_of_events_projects();
