-- The plan of a project: work packages, deliverables (and the events some of them are),
-- milestones and reporting periods.
create sequence work_package_seq start with 1 increment by 50;

create table work_package (
    id          bigint       primary key,
    project_id  bigint       not null references project (id),
    number      integer      not null,
    title       varchar(500) not null,
    lead_id     bigint       not null references participation (id),
    start_month integer      not null,
    end_month   integer      not null,
    objectives  text,
    version     bigint       not null default 0,
    constraint work_package_number_unique unique (project_id, number),
    constraint work_package_months check (start_month >= 1 and end_month >= start_month)
);
create index work_package_lead on work_package (lead_id);

create sequence deliverable_seq start with 1 increment by 50;

create table deliverable (
    id                          bigint       primary key,
    project_id                  bigint       not null references project (id),
    code                        varchar(16)  not null,
    title                       varchar(500) not null,
    description                 text,
    work_package_id             bigint       not null references work_package (id),
    lead_id                     bigint       not null references participation (id),
    kind                        varchar(32)  not null,
    type                        varchar(16)  not null,
    dissemination_level         varchar(8)   not null,
    due_month                   integer      not null,
    explicit_due_date           date,
    -- the explicit date, else the end of the due month; recomputed when the project's dates change
    due_date                    date         not null,
    status                      varchar(32)  not null default 'PLANNED',
    event_planned_date          date,
    event_actual_date           date,
    event_country               varchar(2),
    event_city                  varchar(255),
    event_venue                 varchar(255),
    event_host_id               bigint       references participation (id),
    event_expected_participants integer,
    event_actual_participants   integer,
    version                     bigint       not null default 0,
    constraint deliverable_code_unique unique (project_id, code),
    constraint deliverable_due_month check (due_month >= 1)
);
-- The default order of every deliverable list, and the filters a status page uses.
create index deliverable_project_due on deliverable (project_id, due_date, code);
create index deliverable_project_status on deliverable (project_id, status);
create index deliverable_work_package on deliverable (work_package_id);
create index deliverable_lead on deliverable (lead_id);
create index deliverable_event_host on deliverable (event_host_id);

create table deliverable_contributor (
    deliverable_id   bigint not null references deliverable (id) on delete cascade,
    participation_id bigint not null references participation (id),
    primary key (deliverable_id, participation_id)
);
create index deliverable_contributor_participation on deliverable_contributor (participation_id);

create table deliverable_dependency (
    deliverable_id bigint not null references deliverable (id) on delete cascade,
    depends_on_id  bigint not null references deliverable (id),
    primary key (deliverable_id, depends_on_id),
    constraint deliverable_dependency_not_self check (deliverable_id <> depends_on_id)
);
create index deliverable_dependency_target on deliverable_dependency (depends_on_id);

create sequence milestone_seq start with 1 increment by 50;

create table milestone (
    id                    bigint       primary key,
    project_id            bigint       not null references project (id),
    code                  varchar(16)  not null,
    title                 varchar(500) not null,
    work_package_id       bigint       references work_package (id),
    due_month             integer      not null,
    explicit_due_date     date,
    due_date              date         not null,
    means_of_verification text,
    achieved_date         date,
    version               bigint       not null default 0,
    constraint milestone_code_unique unique (project_id, code),
    constraint milestone_due_month check (due_month >= 1)
);
create index milestone_project_due on milestone (project_id, due_date, code);
create index milestone_work_package on milestone (work_package_id);

create sequence reporting_period_seq start with 1 increment by 50;

create table reporting_period (
    id          bigint  primary key,
    project_id  bigint  not null references project (id),
    number      integer not null,
    start_month integer not null,
    end_month   integer not null,
    version     bigint  not null default 0,
    constraint reporting_period_number_unique unique (project_id, number),
    constraint reporting_period_months check (start_month >= 1 and end_month >= start_month)
);
