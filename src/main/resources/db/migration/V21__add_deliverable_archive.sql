-- A deliverable that left the plan (typically one that reached the funder, which is never deleted): kept with its
-- files, comments and history, readable at its address, but no longer listed, due or overdue. Why it left is said.
alter table deliverable add column archived_at timestamptz;
alter table deliverable add column archive_reason varchar(2000);
alter table deliverable add constraint deliverable_archive_reason check ((archived_at is null) = (archive_reason is null));
