-- Versions 8 to 11: the workflow dates, a calendar feed, a notice waiting in the outbox.
update deliverable set submitted_at = '2020-06-12T09:00:00Z', submitted_version = 1 where id = 1;
insert into calendar_feed (id, person_id, token_hash, created_at)
values (1, 1, 'b000000000000000000000000000000000000000000000000000000000000001', '2020-07-01T10:00:00Z');
insert into notification (id, person_id, kind, dedup_key, project_acronym, subject_code, subject_title, detail,
        created_at, read_at, mail_state, mail_attempts, next_attempt_at, sent_at, last_error)
values (1, 1, 'APPROVED', null, 'UPGRADE', 'D1.1', 'Training in Lisbon', 'Ann Coordinator', '2020-06-12T09:00:00Z',
        null, 'PENDING', 2, '2020-06-12T09:04:00Z', null, 'connection refused');
