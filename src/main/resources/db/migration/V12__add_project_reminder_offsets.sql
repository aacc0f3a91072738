-- How many days before each deadline the responsible organisation is reminded (comma-separated).
alter table project add column reminder_offsets varchar(100) not null default '30,7,1';
