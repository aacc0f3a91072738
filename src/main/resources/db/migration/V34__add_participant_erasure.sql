-- The erasure of a participant's personal data (docs/privacy.md): the record stays, pseudonymised (no name, address,
-- organisation or role), so that the counts and breakdowns stay; erased_at says when.
alter table participant add column erased_at timestamptz;
