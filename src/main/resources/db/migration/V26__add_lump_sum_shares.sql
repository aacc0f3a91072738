-- Lump-sum grants (docs/finances.md, "Lump sums"): the share of the lump sum each beneficiary receives for each work
-- package, part of the budget. Like the budget's other lines, it leaves with its partner or work package while the
-- project is in preparation.
create sequence lump_sum_share_seq start with 1 increment by 50;

create table lump_sum_share (
    id                bigint         primary key,
    project_id        bigint         not null references project (id),
    participation_id  bigint         not null references participation (id) on delete cascade,
    work_package_id   bigint         not null references work_package (id) on delete cascade,
    amount            numeric(14, 2) not null,
    constraint lump_sum_share_unique unique (participation_id, work_package_id),
    constraint lump_sum_share_amount check (amount >= 0)
);
create index lump_sum_share_project on lump_sum_share (project_id);
create index lump_sum_share_work_package on lump_sum_share (work_package_id);
