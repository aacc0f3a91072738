-- The evidence of an event (docs/events.md): when its organisers closed its attendance (check-in and walk-ins stop),
-- and the scanned signed sheets, each day's in versions, stored by content in the file store like an output.
alter table event
    add column closed_at timestamptz,
    add column closed_by varchar(255);

create sequence signed_sheet_seq start with 1 increment by 50;

create table signed_sheet (
    id                bigint       primary key,
    event_id          bigint       not null references event (id),
    day               date         not null,
    number            integer      not null,
    original_name     varchar(255) not null,
    media_type        varchar(255) not null,
    size_bytes        bigint       not null,
    sha256            varchar(64)  not null,
    uploader_username varchar(255) not null,
    uploader_name     varchar(255),
    uploaded_at       timestamptz  not null,
    -- Chosen for the funder: it reads the sheet once the event's deliverable reached it, and the sheet then stays.
    for_funder        boolean      not null default false,
    version           bigint       not null default 0,
    constraint signed_sheet_number unique (event_id, day, number)
);
