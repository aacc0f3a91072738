-- An EU grant speaks the EU's words (the funder's reviewer is its project officer); another project plain ones.
-- The projects already funded by the European Commission are EU grants.
alter table project add column eu_grant boolean not null default false;
update project set eu_grant = true where funder like 'European Commission%';
