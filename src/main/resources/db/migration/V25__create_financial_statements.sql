-- A beneficiary's financial statement for a reporting period (docs/finances.md, "Financial statements"): its costs per
-- category, its person-months per work package (from closed timesheets, or typed with a reason), the explanation of
-- its use of resources. The beneficiary submits it, the coordinator accepts it or sends it back; an accepted statement
-- is frozen as canonical JSON with its SHA-256, like a submitted report, and never changes again.
create sequence financial_statement_seq start with 1 increment by 50;
create sequence statement_cost_seq start with 1 increment by 50;
create sequence statement_effort_seq start with 1 increment by 50;

create table financial_statement (
    id                bigint        primary key,
    project_id        bigint        not null references project (id),
    participation_id  bigint        not null references participation (id),
    period_id         bigint        not null references reporting_period (id),
    status            varchar(12)   not null,
    explanation       text,
    returned_comment  varchar(4000),
    submitted_at      timestamptz,
    submitted_by      varchar(255),
    decided_at        timestamptz,
    decided_by        varchar(255),
    content           text,
    content_sha256    varchar(64),
    version           bigint        not null default 0,
    constraint financial_statement_unique unique (participation_id, period_id),
    constraint financial_statement_status check (status in ('DRAFT', 'SUBMITTED', 'ACCEPTED')),
    constraint financial_statement_frozen check (status <> 'ACCEPTED' or (content is not null and content_sha256 is not null))
);
create index financial_statement_project on financial_statement (project_id, period_id);

-- Costs keep their category's code: a category is the project's, and the statement's content says what it was.
create table statement_cost (
    id             bigint          primary key,
    statement_id   bigint          not null references financial_statement (id),
    category_code  varchar(16)     not null,
    amount         numeric(14, 2)  not null,
    justification  varchar(4000),
    constraint statement_cost_unique unique (statement_id, category_code),
    constraint statement_cost_amount check (amount >= 0)
);

-- typed: the beneficiary's own figure, with its reason; otherwise the closed timesheets' figure, fixed at submission.
create table statement_effort (
    id               bigint        primary key,
    statement_id     bigint        not null references financial_statement (id),
    work_package_id  bigint        not null references work_package (id),
    person_months    numeric(7, 2) not null,
    typed            boolean       not null,
    reason           varchar(2000),
    constraint statement_effort_unique unique (statement_id, work_package_id),
    constraint statement_effort_person_months check (person_months >= 0),
    constraint statement_effort_reason check (not typed or reason is not null)
);
create index statement_effort_work_package on statement_effort (work_package_id);

-- An accepted statement is on the record: never deleted, never changed, nor are its lines.
create function financial_statement_kept() returns trigger language plpgsql as $$
begin
    if old.status = 'ACCEPTED' then
        raise exception 'financial statement % is accepted: it is kept as accepted', old.id;
    end if;
    return case when tg_op = 'DELETE' then old else new end;
end $$;
create trigger financial_statement_kept before update or delete on financial_statement
    for each row execute function financial_statement_kept();

create function statement_line_kept() returns trigger language plpgsql as $$
declare
    statement_status varchar(12);
begin
    select status into statement_status from financial_statement
        where id = case when tg_op = 'DELETE' then old.statement_id else new.statement_id end;
    if statement_status = 'ACCEPTED' then
        raise exception 'financial statement % is accepted: its lines are kept as accepted',
            case when tg_op = 'DELETE' then old.statement_id else new.statement_id end;
    end if;
    return case when tg_op = 'DELETE' then old else new end;
end $$;
create trigger statement_cost_kept before insert or update or delete on statement_cost
    for each row execute function statement_line_kept();
create trigger statement_effort_kept before insert or update or delete on statement_effort
    for each row execute function statement_line_kept();
