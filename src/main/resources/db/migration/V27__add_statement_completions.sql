-- Lump-sum grants (docs/finances.md, "Lump sums"): instead of costs, a beneficiary's statement declares the work
-- packages it has completed; the coordinator's acceptance releases the beneficiary's shares of them. A work package is
-- released once per beneficiary. Like the statement's other lines, they are kept as accepted.
create sequence statement_completion_seq start with 1 increment by 50;

create table statement_completion (
    id               bigint  primary key,
    statement_id     bigint  not null references financial_statement (id),
    work_package_id  bigint  not null references work_package (id),
    constraint statement_completion_unique unique (statement_id, work_package_id)
);
create index statement_completion_work_package on statement_completion (work_package_id);

create trigger statement_completion_kept before insert or update or delete on statement_completion
    for each row execute function statement_line_kept();
