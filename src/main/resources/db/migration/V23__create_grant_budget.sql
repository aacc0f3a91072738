-- The grant's money as the grant agreement states it (docs/finances.md): the terms of the grant, the cost categories
-- the project uses (the EU corporate model grant agreement's by default), each beneficiary's estimated budget by
-- category and its planned effort (person-months) by work package. Money is exact: numeric, never floating point.
create sequence grant_terms_seq start with 1 increment by 50;
create sequence cost_category_seq start with 1 increment by 50;
create sequence budget_line_seq start with 1 increment by 50;
create sequence planned_effort_seq start with 1 increment by 50;

create table grant_terms (
    id                                bigint        primary key,
    project_id                        bigint        not null unique references project (id),
    currency                          varchar(3)    not null,
    funding_model                     varchar(16)   not null,
    funding_rate                      numeric(5, 2) not null,
    indirect_rate                     numeric(5, 2) not null,
    indirect_excludes_subcontracting  boolean       not null,
    max_grant                         numeric(14, 2),
    details_shared                    boolean       not null default false,
    version                           bigint        not null default 0,
    constraint grant_terms_funding_model check (funding_model in ('ACTUAL_COSTS', 'LUMP_SUM', 'UNIT_COSTS')),
    constraint grant_terms_rates check (funding_rate between 0 and 100 and indirect_rate between 0 and 100),
    constraint grant_terms_max_grant check (max_grant is null or max_grant >= 0)
);

create table cost_category (
    id          bigint        primary key,
    project_id  bigint        not null references project (id),
    code        varchar(16)   not null,
    name        varchar(200)  not null,
    kind        varchar(24)   not null,
    position    integer       not null,
    constraint cost_category_code_unique unique (project_id, code),
    constraint cost_category_kind check (kind in ('PERSONNEL', 'SUBCONTRACTING', 'PURCHASE', 'THIRD_PARTY_SUPPORT',
                                                  'OTHER'))
);

-- A partner or a work package leaving the plan of a project in preparation takes its lines along.
create table budget_line (
    id                bigint         primary key,
    project_id        bigint         not null references project (id),
    participation_id  bigint         not null references participation (id) on delete cascade,
    category_id       bigint         not null references cost_category (id) on delete cascade,
    amount            numeric(14, 2) not null,
    constraint budget_line_unique unique (participation_id, category_id),
    constraint budget_line_amount check (amount >= 0)
);
create index budget_line_project on budget_line (project_id);

create table planned_effort (
    id                bigint        primary key,
    project_id        bigint        not null references project (id),
    participation_id  bigint        not null references participation (id) on delete cascade,
    work_package_id   bigint        not null references work_package (id) on delete cascade,
    person_months     numeric(7, 2) not null,
    constraint planned_effort_unique unique (participation_id, work_package_id),
    constraint planned_effort_person_months check (person_months >= 0)
);
create index planned_effort_project on planned_effort (project_id);
create index planned_effort_work_package on planned_effort (work_package_id);
