-- A project may show its public results (summary, partners, accepted PU deliverables) to anyone.
alter table project add column public_page boolean not null default false;
