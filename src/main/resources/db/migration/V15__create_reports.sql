-- Periodic progress reports: one per reporting period, in revisions. A draft is written together
-- (sections) over tables generated live from the platform's data; submission freezes the whole
-- revision into `content` (the JSON document the page and the PDF show) with its SHA-256.
create sequence report_seq start with 1 increment by 50;

create table report (
    id               bigint       primary key,
    project_id       bigint       not null references project (id),
    period_id        bigint       not null references reporting_period (id),
    revision         integer      not null,
    status           varchar(24)  not null,
    created_at       timestamp with time zone not null,
    created_by       varchar(255) not null,
    submitted_at     timestamp with time zone,
    submitted_by     varchar(255),
    override_reason  varchar(2000),
    -- The frozen revision (set at submission, never changed after): canonical JSON and its SHA-256.
    content          text,
    content_sha256   varchar(64),
    decided_at       timestamp with time zone,
    decided_by       varchar(255),
    decision_comment varchar(4000),
    version          bigint       not null default 0,
    unique (period_id, revision),
    check ((status = 'DRAFT') = (content is null)),
    check ((content is null) = (content_sha256 is null))
);
create index report_of_project on report (project_id);

create sequence report_section_seq start with 1 increment by 50;

create table report_section (
    id                 bigint       primary key,
    report_id          bigint       not null references report (id) on delete cascade,
    position           integer      not null,
    section_key        varchar(64)  not null,
    kind               varchar(16)  not null,
    subject            varchar(32),
    heading            varchar(500) not null,
    progress           text,
    achievements       text,
    deviations         text,
    corrective_actions text,
    ready              boolean      not null default false,
    edited_by          varchar(255),
    edited_by_name     varchar(255),
    edited_at          timestamp with time zone,
    version            bigint       not null default 0,
    unique (report_id, section_key)
);

create sequence report_comment_seq start with 1 increment by 50;

create table report_comment (
    id              bigint       primary key,
    report_id       bigint       not null references report (id) on delete cascade,
    section_key     varchar(64),
    author_username varchar(255) not null,
    author_name     varchar(255),
    text            varchar(10000) not null,
    created_at      timestamp with time zone not null
);
create index report_comment_of_report on report_comment (report_id, created_at);
