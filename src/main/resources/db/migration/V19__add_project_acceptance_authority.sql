-- Who accepts a project's deliverables and reports: the funder's reviewer (EU grants), the coordinator acting as
-- the funder, or nobody (a self-funded partnership).
alter table project add column acceptance_authority varchar(16) not null default 'FUNDER_REVIEWER'
    constraint project_acceptance_authority_known check (acceptance_authority in ('FUNDER_REVIEWER', 'COORDINATOR', 'NONE'));
