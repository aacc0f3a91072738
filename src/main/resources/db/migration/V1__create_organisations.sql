-- Legal entities that take part in projects; shared by every project they join.
create sequence organisation_seq start with 1 increment by 50;

create table organisation (
    id         bigint       primary key,
    code       varchar(32)  not null unique,
    legal_name varchar(255) not null,
    country    varchar(2)   not null,
    type       varchar(32)  not null,
    pic        varchar(9),
    website    varchar(512),
    version    bigint       not null default 0
);
