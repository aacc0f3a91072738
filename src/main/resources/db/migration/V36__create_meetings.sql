-- Meetings that are not deliverables (docs/events.md#meetings): partner meetings, training-programme meetings,
-- steering committees. Each is attached to a work package and is an event (its row in event) with its participants,
-- evidence and evaluation, like an event deliverable. An event is addressed by its owner's code
-- (/projects/{p}/events/{code}): a meeting's code is never a deliverable's code in the same project.
create sequence meeting_seq start with 1 increment by 50;

create table meeting (
    id              bigint       primary key,
    project_id      bigint       not null references project (id),
    work_package_id bigint       not null references work_package (id),
    code            varchar(16)  not null,
    title           varchar(500) not null,
    kind            varchar(32)  not null,
    event_id        bigint       not null unique references event (id),
    version         bigint       not null default 0,
    constraint meeting_code_unique unique (project_id, code),
    constraint meeting_kind check (kind in ('PARTNER_MEETING', 'STEERING_COMMITTEE', 'PROGRAMME_MEETING',
                                            'OTHER_MEETING'))
);
create index meeting_work_package on meeting (work_package_id);

-- A code names one event owner in a project: a deliverable or a meeting, never both. Two writes of the same code
-- racing in two transactions take the same lock, held until they end: the second sees the first's row.
create function refuse_event_code_of_other_owner() returns trigger language plpgsql as $$
begin
    perform pg_advisory_xact_lock(new.project_id::int, hashtext(new.code));
    if (tg_table_name = 'meeting'
            and exists (select 1 from deliverable d where d.project_id = new.project_id and d.code = new.code))
       or (tg_table_name = 'deliverable'
            and exists (select 1 from meeting m where m.project_id = new.project_id and m.code = new.code)) then
        raise exception 'the code % names a deliverable and a meeting', new.code
            using errcode = 'unique_violation', constraint = 'event_owner_code_unique';
    end if;
    return new;
end $$;

create trigger meeting_code_of_no_deliverable before insert or update of code on meeting
    for each row execute function refuse_event_code_of_other_owner();
create trigger deliverable_code_of_no_meeting before insert or update of code on deliverable
    for each row execute function refuse_event_code_of_other_owner();

-- Whose an event is, by the code that addresses it: the attendance reads events through it.
create view event_owner as
select d.event_id, d.project_id, d.code, d.title, false as meeting from deliverable d where d.event_id is not null
union all
select m.event_id, m.project_id, m.code, m.title, true as meeting from meeting m;

-- The status page shows the meetings among the project's events (V17).
create trigger meeting_inserted_revision after insert on meeting referencing new table as changed
    for each statement execute function bump_revision_of_projects();
create trigger meeting_updated_revision after update on meeting referencing new table as changed
    for each statement execute function bump_revision_of_projects();
create trigger meeting_deleted_revision after delete on meeting referencing old table as changed
    for each statement execute function bump_revision_of_projects();
