-- The audit trail: every change to a project, who made it and the values before and after.
-- Append-only: the application only inserts, and the database refuses updates and deletes.
create sequence activity_entry_seq start with 1 increment by 50;

create table activity_entry (
    id                 bigint        primary key,
    project_id         bigint        not null references project (id),
    occurred_at        timestamp with time zone not null,
    actor_username     varchar(255)  not null,
    actor_name         varchar(255),
    actor_organisation varchar(1000) not null default '',
    action             varchar(64)   not null,
    subject_type       varchar(32)   not null,
    subject_key        varchar(255)  not null,
    deliverable_code   varchar(16),
    before_values      jsonb,
    after_values       jsonb,
    visible_to_funder  boolean       not null
);
create index activity_entry_project_time on activity_entry (project_id, occurred_at desc, id desc);
create index activity_entry_project_deliverable on activity_entry (project_id, deliverable_code, occurred_at desc);
create index activity_entry_actor on activity_entry (project_id, actor_username);

create function activity_entry_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'the audit trail is append-only: % is refused', tg_op;
end;
$$;

create trigger activity_entry_append_only
    before update or delete on activity_entry
    for each row execute function activity_entry_is_append_only();
