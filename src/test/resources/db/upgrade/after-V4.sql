-- Version 4: people the platform has seen, a reviewer assignment.
insert into person (id, subject, username, name, email, organisations, first_seen, version)
values (1, 'subject-1', 'upg-partner', 'Upgrade Partner Staff', 'staff@upgrade-partner.example', 'UPG-PART',
        '2020-02-01T09:00:00Z', 0);
insert into reviewer_assignment (id, project_id, username, assigned_at) values (1, 1, 'upg-reviewer', '2020-01-15T10:00:00Z');
