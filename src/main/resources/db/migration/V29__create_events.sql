-- Events leave the deliverable (V3, V14) for a table of their own: an event lasts one day or several, is held in
-- person, online or both, has one host partner or more, working languages, target groups and a registration deadline.
-- A deliverable that is an event points to its row (deliverable.event_id); the data moves over as it stands.
create sequence event_seq start with 1 increment by 50;

create table event (
    id                    bigint       primary key,
    project_id            bigint       not null references project (id),
    planned_date          date,
    actual_date           date,
    end_date              date,
    start_time            time,
    end_time              time,
    time_zone             varchar(64),
    mode                  varchar(16)  not null default 'IN_PERSON',
    country               varchar(2),
    city                  varchar(255),
    venue                 varchar(255),
    languages             varchar(2)[] not null default '{}',
    target_groups         varchar(255)[] not null default '{}',
    registration_deadline date,
    expected_participants integer,
    actual_participants   integer,
    -- the deliverable whose details moved here; dropped once the move is done
    moved_from            bigint,
    constraint event_mode check (mode in ('IN_PERSON', 'ONLINE', 'HYBRID')),
    constraint event_times check (end_time is null or (start_time is not null and end_time > start_time)),
    constraint event_zone check ((start_time is null) = (time_zone is null)),
    constraint event_days check (end_date is null or end_date > coalesce(actual_date, planned_date)),
    constraint event_participants check (expected_participants >= 0 and actual_participants >= 0)
);
create index event_project on event (project_id);

create table event_host (
    event_id         bigint not null references event (id) on delete cascade,
    participation_id bigint not null references participation (id),
    primary key (event_id, participation_id)
);
create index event_host_participation on event_host (participation_id);

insert into event (id, project_id, planned_date, actual_date, start_time, end_time, time_zone, country, city, venue,
                   expected_participants, actual_participants, moved_from)
select nextval('event_seq'), project_id, event_planned_date, event_actual_date, event_start_time, event_end_time,
       event_time_zone, event_country, event_city, event_venue, event_expected_participants,
       event_actual_participants, id
  from deliverable
 where num_nonnulls(event_planned_date, event_actual_date, event_start_time, event_end_time, event_time_zone,
                     event_country, event_city, event_venue, event_host_id, event_expected_participants,
                     event_actual_participants) > 0;

insert into event_host (event_id, participation_id)
select e.id, d.event_host_id from event e join deliverable d on d.id = e.moved_from where d.event_host_id is not null;

alter table deliverable add column event_id bigint references event (id);
-- The details move; what the pages show does not change, nor does the projects' revision (V17).
alter table deliverable disable trigger deliverable_updated_revision;
update deliverable d set event_id = e.id from event e where e.moved_from = d.id;
alter table deliverable enable trigger deliverable_updated_revision;
alter table deliverable add constraint deliverable_event_unique unique (event_id);

alter table event drop column moved_from;
drop index deliverable_event_host;
alter table deliverable
    drop constraint deliverable_event_times,
    drop column event_planned_date,
    drop column event_actual_date,
    drop column event_start_time,
    drop column event_end_time,
    drop column event_time_zone,
    drop column event_country,
    drop column event_city,
    drop column event_venue,
    drop column event_host_id,
    drop column event_expected_participants,
    drop column event_actual_participants;

-- A project's pages show its events: their rows, and their hosts, move its revision on (V17).
create trigger event_inserted_revision after insert on event referencing new table as changed
    for each statement execute function bump_revision_of_projects();
create trigger event_updated_revision after update on event referencing new table as changed
    for each statement execute function bump_revision_of_projects();
create trigger event_deleted_revision after delete on event referencing old table as changed
    for each statement execute function bump_revision_of_projects();

create function bump_revision_of_events_projects() returns trigger language plpgsql as $$
begin
    update project set revision = revision + 1
     where id in (select e.project_id from event e join changed c on c.event_id = e.id)
       and revision_not_yet_moved(xmin);
    return null;
end $$;

create trigger event_host_inserted_revision after insert on event_host referencing new table as changed
    for each statement execute function bump_revision_of_events_projects();
create trigger event_host_deleted_revision after delete on event_host referencing old table as changed
    for each statement execute function bump_revision_of_events_projects();
