-- Version 3: the project plan.
insert into work_package (id, project_id, number, title, lead_id, start_month, end_month, objectives, version)
values (1, 1, 1, 'Trainings', 2, 1, 24, 'Train the social partners', 0);
insert into deliverable (id, project_id, code, title, description, work_package_id, lead_id, kind, type,
        dissemination_level, due_month, explicit_due_date, due_date, status, event_planned_date, event_actual_date,
        event_country, event_city, event_venue, event_host_id, event_expected_participants, event_actual_participants,
        version)
values (1, 1, 'D1.1', 'Training in Lisbon', null, 1, 2, 'TRAINING', 'OTHER', 'PU', 6, null, '2020-06-30', 'SUBMITTED',
        '2020-06-10', '2020-06-11', 'PT', 'Lisbon', 'CGTP-IN', 2, 30, 27, 1),
       (2, 1, 'D1.2', 'Report on the trainings', null, 1, 2, 'REPORT', 'R', 'PU', 12, null, '2020-12-31', 'PLANNED',
        null, null, null, null, null, null, null, null, 0);
insert into deliverable_contributor (deliverable_id, participation_id) values (1, 1);
insert into deliverable_dependency (deliverable_id, depends_on_id) values (2, 1);
insert into milestone (id, project_id, code, title, work_package_id, due_month, explicit_due_date, due_date,
        means_of_verification, achieved_date, version)
values (1, 1, 'MS1', 'Trainings held', 1, 6, null, '2020-06-30', 'Attendance lists', '2020-06-11', 0);
insert into reporting_period (id, project_id, number, start_month, end_month, version)
values (1, 1, 1, 1, 12, 0), (2, 1, 2, 13, 24, 0);
