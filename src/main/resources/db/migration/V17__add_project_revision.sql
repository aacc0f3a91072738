-- A project's revision moves on, in the same transaction, with every statement that changes what its
-- pages and deadlines show: partners and their organisations, work packages, deliverables, milestones,
-- reporting periods, reports, file versions and activity. Together with the project's own version
-- (its row's optimistic lock), it tells whether something rendered for the project is still current,
-- whichever instance wrote the change. Statement-level triggers, and a project's row is updated once per
-- transaction (no longer once its row version is this transaction's): an import of a whole plan, hundreds of
-- statements, writes it once. Others only ever see the committed revision, one more than before.
alter table project add column revision bigint not null default 0;

create function revision_not_yet_moved(row_version xid) returns boolean language sql stable as $$
    select row_version::text::bigint <> pg_current_xact_id()::text::bigint % 4294967296
$$;

create function bump_revision_of_projects() returns trigger language plpgsql as $$
begin
    update project set revision = revision + 1
     where id in (select project_id from changed) and revision_not_yet_moved(xmin);
    return null;
end $$;

create function bump_revision_of_deliverables_projects() returns trigger language plpgsql as $$
begin
    update project set revision = revision + 1
     where id in (select d.project_id from deliverable d join changed c on c.deliverable_id = d.id)
       and revision_not_yet_moved(xmin);
    return null;
end $$;

create function bump_revision_of_organisations_projects() returns trigger language plpgsql as $$
begin
    update project set revision = revision + 1
     where id in (select p.project_id from participation p join changed c on c.id = p.organisation_id)
       and revision_not_yet_moved(xmin);
    return null;
end $$;

do $$
declare
    owned text;
begin
    foreach owned in array array['participation', 'work_package', 'deliverable', 'milestone', 'reporting_period',
                                  'report']
    loop
        execute format('create trigger %1$s_inserted_revision after insert on %1$s referencing new table as changed'
                       ' for each statement execute function bump_revision_of_projects()', owned);
        execute format('create trigger %1$s_updated_revision after update on %1$s referencing new table as changed'
                       ' for each statement execute function bump_revision_of_projects()', owned);
        execute format('create trigger %1$s_deleted_revision after delete on %1$s referencing old table as changed'
                       ' for each statement execute function bump_revision_of_projects()', owned);
    end loop;
end $$;

-- The audit trail only ever grows (V5).
create trigger activity_entry_inserted_revision after insert on activity_entry referencing new table as changed
    for each statement execute function bump_revision_of_projects();

create trigger file_version_inserted_revision after insert on file_version referencing new table as changed
    for each statement execute function bump_revision_of_deliverables_projects();
create trigger file_version_updated_revision after update on file_version referencing new table as changed
    for each statement execute function bump_revision_of_deliverables_projects();
create trigger file_version_deleted_revision after delete on file_version referencing old table as changed
    for each statement execute function bump_revision_of_deliverables_projects();

create trigger organisation_updated_revision after update on organisation referencing new table as changed
    for each statement execute function bump_revision_of_organisations_projects();
