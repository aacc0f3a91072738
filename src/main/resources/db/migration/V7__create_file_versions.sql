-- Versions of the outputs uploaded for a deliverable. The bytes live in the file store, by SHA-256.
create sequence file_version_seq start with 1 increment by 50;

create table file_version (
    id                    bigint        primary key,
    deliverable_id        bigint        not null references deliverable (id) on delete cascade,
    number                integer       not null,
    original_name         varchar(255)  not null,
    size_bytes            bigint        not null,
    sha256                varchar(64)   not null,
    media_type            varchar(255)  not null,
    note                  varchar(2000),
    uploader_username     varchar(255)  not null,
    uploader_name         varchar(255),
    uploader_organisation varchar(1000) not null default '',
    uploaded_at           timestamp with time zone not null,
    withdrawn_at          timestamp with time zone,
    withdrawn_by          varchar(255),
    version               bigint        not null default 0,
    constraint file_version_number_unique unique (deliverable_id, number)
);
create index file_version_sha256 on file_version (sha256);
