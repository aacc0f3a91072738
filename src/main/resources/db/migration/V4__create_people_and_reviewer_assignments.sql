-- People who signed in, recorded on first sight so the platform can show who did what.
create sequence person_seq start with 1 increment by 50;

create table person (
    id            bigint       primary key,
    subject       varchar(255) not null unique,
    username      varchar(255) not null,
    name          varchar(255),
    email         varchar(255),
    organisations varchar(1000) not null default '',
    first_seen    timestamp with time zone not null,
    version       bigint       not null default 0
);
create index person_username on person (username);

-- Funder staff assigned to review a project, by their account name (they may not have signed in yet).
create sequence reviewer_assignment_seq start with 1 increment by 50;

create table reviewer_assignment (
    id          bigint       primary key,
    project_id  bigint       not null references project (id),
    username    varchar(255) not null,
    assigned_at timestamp with time zone not null,
    constraint reviewer_assignment_once unique (project_id, username)
);
create index reviewer_assignment_username on reviewer_assignment (username);
