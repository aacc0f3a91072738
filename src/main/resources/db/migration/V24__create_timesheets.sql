-- Time records for personnel costs (docs/finances.md, "Timesheets"): a staff member's hours per work package for a
-- month, signed by them and countersigned by a supervisor of their organisation, after which the month is closed and
-- kept as signed. Productive hours (1,720 a year unless set) turn hours into person-months.
create sequence timesheet_seq start with 1 increment by 50;
create sequence timesheet_entry_seq start with 1 increment by 50;
create sequence productive_hours_seq start with 1 increment by 50;

create table timesheet (
    id                bigint         primary key,
    person_id         bigint         not null references person (id),
    organisation_id   bigint         not null references organisation (id),
    month             date           not null,
    status            varchar(8)     not null,
    signed_at         timestamptz,
    supervisor_id     bigint         references person (id),
    countersigned_at  timestamptz,
    -- The productive hours in force when the month was closed: its person-months never move afterwards.
    productive_hours  numeric(7, 2),
    returned_comment  varchar(2000),
    version           bigint         not null default 0,
    constraint timesheet_month_unique unique (person_id, month),
    constraint timesheet_first_day check (extract(day from month) = 1),
    constraint timesheet_status check (status in ('OPEN', 'SIGNED', 'CLOSED')),
    constraint timesheet_signed check (status = 'OPEN' or signed_at is not null),
    constraint timesheet_closed check (status <> 'CLOSED'
        or (supervisor_id is not null and countersigned_at is not null and productive_hours is not null)),
    constraint timesheet_two_people check (supervisor_id is null or supervisor_id <> person_id)
);
create index timesheet_organisation on timesheet (organisation_id, month);

-- A work package with hours on it is not removed (the platform answers 409 first; the reference is the last word).
create table timesheet_entry (
    id               bigint         primary key,
    timesheet_id     bigint         not null references timesheet (id),
    work_package_id  bigint         not null references work_package (id),
    hours            numeric(6, 2)  not null,
    description      varchar(500)   not null,
    constraint timesheet_entry_unique unique (timesheet_id, work_package_id),
    constraint timesheet_entry_hours check (hours > 0)
);
create index timesheet_entry_work_package on timesheet_entry (work_package_id);

-- A signed month is what its staff member signed: it changes only by being reopened (back to OPEN) before the
-- supervisor countersigns, and a closed month never changes nor goes away.
create function timesheet_kept() returns trigger language plpgsql as $$
begin
    if old.status = 'CLOSED' then
        raise exception 'timesheet % is closed: it is kept as signed', old.id;
    end if;
    return case when tg_op = 'DELETE' then old else new end;
end $$;
create trigger timesheet_kept before update or delete on timesheet for each row execute function timesheet_kept();

create function timesheet_entry_kept() returns trigger language plpgsql as $$
declare
    sheet_status varchar(8);
begin
    select status into sheet_status from timesheet
        where id = case when tg_op = 'DELETE' then old.timesheet_id else new.timesheet_id end;
    if sheet_status <> 'OPEN' then
        raise exception 'timesheet % is signed: its hours change only once it is reopened',
            case when tg_op = 'DELETE' then old.timesheet_id else new.timesheet_id end;
    end if;
    return case when tg_op = 'DELETE' then old else new end;
end $$;
create trigger timesheet_entry_kept before insert or update or delete on timesheet_entry
    for each row execute function timesheet_entry_kept();

-- An organisation's annual productive hours (person_id null) and a person's own, which wins.
create table productive_hours (
    id               bigint         primary key,
    organisation_id  bigint         not null references organisation (id),
    person_id        bigint         references person (id),
    hours            numeric(7, 2)  not null,
    constraint productive_hours_range check (hours > 0 and hours <= 8784)
);
create unique index productive_hours_of_organisation on productive_hours (organisation_id) where person_id is null;
create unique index productive_hours_of_person on productive_hours (organisation_id, person_id)
    where person_id is not null;
