-- The language of a participant's mails (docs/events.md#evaluation): the language of the form they registered on;
-- null (the platform's) for those entered, imported or walked in.
alter table participant add column language varchar(16);
