-- The deliverable workflow: when it was submitted (and which version), accepted, and why it was late.
alter table deliverable
    add column submitted_at        timestamp with time zone,
    add column submitted_version   integer,
    add column accepted_at         timestamp with time zone,
    add column delay_justification text;
