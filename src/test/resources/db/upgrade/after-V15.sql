-- Versions 12 to 15: event times, a draft report with a section.
update deliverable set event_start_time = '09:30', event_end_time = '17:00', event_time_zone = 'Europe/Lisbon'
where id = 1;
insert into report (id, project_id, period_id, revision, status, created_at, created_by, version)
values (1, 1, 1, 1, 'DRAFT', '2021-01-05T10:00:00Z', 'Ann Coordinator', 0);
insert into report_section (id, report_id, position, section_key, kind, subject, heading, progress, ready, version)
values (1, 1, 0, 'summary', 'SUMMARY', null, 'A project from the first schema', 'On track', true, 0);
