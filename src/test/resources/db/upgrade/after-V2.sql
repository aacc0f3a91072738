-- The data of a platform at schema version 2: organisations, a project, its partners.
insert into organisation (id, code, legal_name, country, type, pic, website, version)
values (1, 'UPG-COORD', 'Upgrade Coordinator asbl', 'BE', 'EMPLOYERS_ORGANISATION', null, null, 0),
       (2, 'UPG-PART', 'Upgrade Partner', 'FR', 'EMPLOYERS_ORGANISATION', '123456789', 'https://example.org', 3);
insert into project (id, acronym, title, funder, programme, grant_reference, start_date, end_date, status, summary, version)
values (1, 'UPGRADE', 'A project from the first schema', 'European Commission', 'EaSI', 'VS/2020/0001',
        '2020-01-01', '2021-12-31', 'ACTIVE', 'Kept through every migration', 2);
insert into participation (id, project_id, organisation_id, role, partner_number, contact_name, contact_email, version)
values (1, 1, 1, 'COORDINATOR', 1, 'Ann Coordinator', 'ann@upgrade.example', 0),
       (2, 1, 2, 'BENEFICIARY', 2, null, 'office@upgrade-partner.example', 0);
