-- A funded project and the organisations taking part in it.
create sequence project_seq start with 1 increment by 50;

create table project (
    id              bigint       primary key,
    acronym         varchar(32)  not null unique,
    title           varchar(500) not null,
    funder          varchar(255) not null,
    programme       varchar(255),
    grant_reference varchar(64),
    start_date      date         not null,
    end_date        date         not null,
    status          varchar(16)  not null,
    summary         text,
    version         bigint       not null default 0,
    constraint project_dates check (end_date >= start_date)
);

create sequence participation_seq start with 1 increment by 50;

create table participation (
    id              bigint       primary key,
    project_id      bigint       not null references project (id),
    organisation_id bigint       not null references organisation (id),
    role            varchar(32)  not null,
    partner_number  integer      not null,
    contact_name    varchar(255),
    contact_email   varchar(255),
    version         bigint       not null default 0,
    constraint participation_once unique (project_id, organisation_id),
    constraint participation_number_unique unique (project_id, partner_number)
);
create index participation_organisation on participation (organisation_id);
-- Exactly one coordinator: the service checks first, the database guarantees it.
create unique index participation_one_coordinator on participation (project_id) where role = 'COORDINATOR';
