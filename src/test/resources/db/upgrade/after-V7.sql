-- Versions 5 to 7: the audit trail, a comment, an uploaded file.
insert into activity_entry (id, project_id, occurred_at, actor_username, actor_name, actor_organisation, action,
        subject_type, subject_key, deliverable_code, before_values, after_values, visible_to_funder)
values (1, 1, '2020-06-12T08:00:00Z', 'upg-partner', 'Upgrade Partner Staff', 'UPG-PART', 'DELIVERABLE_CHANGED',
        'DELIVERABLE', 'D1.1', 'D1.1', '{"status": "IN_PROGRESS"}', '{"status": "SUBMITTED"}', true);
insert into comment (id, deliverable_id, author_username, author_name, author_organisation, text, visibility, created_at)
values (1, 1, 'upg-partner', 'Upgrade Partner Staff', 'UPG-PART', 'Attendance list attached', 'CONSORTIUM',
        '2020-06-12T08:05:00Z');
insert into file_version (id, deliverable_id, number, original_name, size_bytes, sha256, media_type, note,
        uploader_username, uploader_name, uploader_organisation, uploaded_at, withdrawn_at, withdrawn_by, version)
values (1, 1, 1, 'attendance.pdf', 1234, 'a3f1c0ffee0000000000000000000000000000000000000000000000000000aa',
        'application/pdf', 'signed', 'upg-partner', 'Upgrade Partner Staff', 'UPG-PART', '2020-06-12T08:00:00Z',
        null, null, 0);
