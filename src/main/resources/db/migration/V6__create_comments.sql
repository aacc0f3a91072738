-- Comments on deliverables: internal to the consortium, or shared with the funder's reviewers.
create sequence comment_seq start with 1 increment by 50;

create table comment (
    id                  bigint        primary key,
    deliverable_id      bigint        not null references deliverable (id) on delete cascade,
    author_username     varchar(255)  not null,
    author_name         varchar(255),
    author_organisation varchar(1000) not null default '',
    text                text          not null,
    visibility          varchar(16)   not null,
    created_at          timestamp with time zone not null
);
create index comment_deliverable_time on comment (deliverable_id, created_at, id);
