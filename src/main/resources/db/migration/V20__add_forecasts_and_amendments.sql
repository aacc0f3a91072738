-- A deliverable's or milestone's due date (due_month, explicit_due_date, due_date) is contractual: the grant's
-- Annex 1 as signed. The consortium's forecast of when it will be done sits next to it; null while on schedule.
alter table deliverable add column forecast_date date;
alter table milestone add column forecast_date date;

-- A change of a contractual date once the project is under way: the coordinator requests it with a reason, the
-- project's acceptance authority approves or refuses it. Numbered 1, 2, 3… per project; never deleted.
create sequence amendment_seq start with 1 increment by 50;

create table amendment (
    id                   bigint        primary key,
    project_id           bigint        not null references project (id),
    number               integer       not null,
    item_type            varchar(16)   not null,
    item_code            varchar(16)   not null,
    reason               varchar(4000) not null,
    -- the contractual date when requested, and the one proposed (a month's end, or a fixed date)
    previous_due_date    date          not null,
    proposed_due_month   integer       not null,
    proposed_fixed_date  date,
    proposed_due_date    date          not null,
    status               varchar(16)   not null,
    requested_at         timestamptz   not null,
    requested_by         varchar(255)  not null,
    requested_by_name    varchar(255),
    decided_at           timestamptz,
    decided_by           varchar(255),
    decided_by_name      varchar(255),
    decision_comment     varchar(4000),
    version              bigint        not null default 0,
    constraint amendment_number_unique unique (project_id, number),
    constraint amendment_number check (number >= 1),
    constraint amendment_item_type check (item_type in ('DELIVERABLE', 'MILESTONE')),
    constraint amendment_status check (status in ('REQUESTED', 'APPROVED', 'REFUSED')),
    constraint amendment_decided check ((status = 'REQUESTED') = (decided_at is null)
                                        and (decided_at is null) = (decided_by is null))
);
-- One open request per item at a time.
create unique index amendment_open_per_item on amendment (project_id, item_type, item_code) where status = 'REQUESTED';

-- Part of the record the funder reads: never deleted, and never changed once decided.
create function amendment_kept() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' or old.status <> 'REQUESTED' then
        raise exception 'amendment % of project % is on the record: it is neither deleted nor changed once decided',
            old.number, old.project_id;
    end if;
    return new;
end $$;
create trigger amendment_kept before update or delete on amendment for each row execute function amendment_kept();
