-- Meetings and trainings happen at a time of day, in a place's time zone (an IANA name such as
-- Europe/Lisbon): calendar feeds show them as timed events. Without a start time an event is all-day.
alter table deliverable add column event_start_time time;
alter table deliverable add column event_end_time time;
alter table deliverable add column event_time_zone varchar(64);
alter table deliverable add constraint deliverable_event_times
    check (event_end_time is null or (event_start_time is not null and event_end_time > event_start_time));
