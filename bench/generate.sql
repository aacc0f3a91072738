-- Consortia programme-scale data generator.
--
-- Fills a database migrated by Flyway (V1..V16) and empty of data with a whole programme of EU-funded
-- projects, for benchmarks. Pure SQL, generated on the server (insert ... select ... generate_series).
--
--   psql -v ON_ERROR_STOP=1 -v projects=N -v seed=S -f bench/generate.sql <connection>
--
-- Parameters
--   projects  number of BULK projects (P00001...): 9950 for the large scale (10,000 with the cast), 10 tiny.
--   seed      integer; every "random" choice is bench_rand(seed, salt, id), a hash (hashtextextended) of
--             the seed, a salt naming the choice and the row's id: same seed + same month = same data.
--
-- Dates are relative to the month of generation, m0 = date_trunc('month', current_date): what is overdue
-- and what falls due in the next 60 days is the same whatever day of the month the script runs. The
-- session runs in UTC (current_date, and interval arithmetic, do not depend on the caller's time zone).
--
-- What it makes (large scale, projects=9950; everything else scales with `projects`)
--   organisation       ~20,000 bulk (O00001..., EU-27 countries, all types) + 5 cast
--   project            projects bulk (P00001...: start m0-48..m0+12 months, 24-48 months long; ACTIVE,
--                      or CLOSED once ended) + 50 cast (LEAD01..LEAD50)
--   participation      10-20 per project (~150,000), exactly one COORDINATOR (partner number 1),
--                      distinct organisations, contact e-mail for ~40%
--   work_package       5-7 per project (WP1 runs the whole project)
--   deliverable        80-120 per project (~1,000,000), codes D<wp>.<n>; kinds mostly STUDY/REPORT/
--                      JOINT_DOCUMENT, ~25% events (THEMATIC_MEETING, TRAINING, NATIONAL_EVENT, CONFERENCE)
--                      pointing to their event row; statuses consistent with due dates and the workflow columns
--                      (submitted_at/version, accepted_at, delay_justification exactly when late)
--   event              one per event deliverable (~250,000): country, city, venue, mode, participants, some
--                      timed in the country's time zone, trainings over two days; event_host its lead partner
--                      and, for a quarter, the next partner too
--   meeting            3 per project (fewer in a short one): a steering committee SC1 at the start, partner meetings
--                      PM1 and PM2 after 8 and 16 months, in WP1, each with its event hosted by the coordinator
--   participant        5-35 per event (20 on average, ~5,000,000): a little more than half from the event's country,
--                      mostly employers and unions; those of a held event attended its day or days
--   deliverable_contributor 0-2 per deliverable; deliverable_dependency ~10% (on the previous one of its WP)
--   milestone          4-6 per project; reporting_period every 12 or 18 months; risk 2-5 per project
--   file_version       1-7 per started deliverable (~3,000,000 at the large scale); bytes are one of 100 files of table bench_blob
--                      (k, sha256, content), left in place for the harness to copy into the file store
--   comment            on started deliverables (CONSORTIUM, or FUNDER once submitted), plus the comment each
--                      CHANGES_REQUESTED / REVISION_REQUESTED move requires
--   activity_entry     PROJECT_CREATED, PARTNER_ADDED, PLAN_IMPORTED, REVIEWER_ASSIGNED, every
--                      DELIVERABLE_MOVED of each deliverable's path, DELIVERABLE_FILE_UPLOADED
--   person             3 per bulk organisation (subject/username bench-o00001-1...), no Keycloak account
--   reviewer_assignment 1-2 per project (reviewer-001...reviewer-500)
--   grant_terms, cost_category (the EU list) per project; budget_line (A.1, C.1, C.3, B for a third) and
--                      planned_effort (2 work packages) per beneficiary; financial_statement of periods 1 and 2
--                      once ended (period 1 accepted and frozen, period 2 submitted) with their costs and
--                      person-months; 12 closed months of nexem-partner's timesheets on LEAD01..LEAD20
--
-- The cast (always present; the benchmark signs in with the demo realm's accounts)
--   organisations METZ (FR), NEXEM (FR), UNIPSO (BE), ELISFA (FR), WRZOS (PL)
--   LEAD01..LEAD50: METZ coordinator, started 18 months before m0, 48 months long, ~100 deliverables,
--     reviewer ec-reviewer; NEXEM a partner in LEAD01..LEAD20.
--   LEAD01: 200 deliverables over 8 work packages, every kind and status, 10 milestones, 4 reporting
--     periods; NEXEM, UNIPSO, ELISFA, WRZOS partners; NEXEM leads ~40 deliverables.
--   Persons of the cast are not generated (recorded when they sign in), but nexem-partner and nexem-finance,
--   whose ids the demo realm fixes: they hold the timesheets. The activity trail names the realm's users.
--
-- Ids are computed (not drawn from sequences); every sequence is set past its table's max id at the end.
--
-- Measured (PostgreSQL 15, 2 cores), seed 42:
--   projects=10:   55 organisations, 60 projects, 897 participations, 6,114 deliverables, ~6,500 file versions,
--                  ~2,800 comments, ~15,600 activity entries, 150 persons; ~2 s.
--   projects=9950: 20,005 organisations, 10,000 projects, 149,973 participations, 59,807 work packages,
--                  1,003,677 deliverables, 1,003,906 contributors, 93,765 dependencies, 50,067 milestones,
--                  29,668 reporting periods, 35,199 risks, 14,950 reviewer assignments, 60,000 persons,
--                  1,409,324 file versions, 583,319 comments, 3,521,815 activity entries; ~3 min.

\set ON_ERROR_STOP 1
\if :{?projects}
\else
  \set projects 10
\endif
\if :{?seed}
\else
  \set seed 1
\endif

set synchronous_commit = off;
set timezone = 'UTC';  -- interval arithmetic on timestamptz independent of the caller's zone
set max_parallel_workers_per_gather = 0;
set client_min_messages = warning;
set work_mem = '256MB';

select date_trunc('month', current_date)::date as m0,
       greatest(50, round(:projects * 20000.0 / 9950))::int as norgs
\gset

create or replace function bench_rand(seed int, salt text, id bigint) returns double precision
    language sql immutable parallel safe
as $$ select ((hashtextextended(salt || ':' || id::text, seed) >> 11) & 9007199254740991)::double precision
             / 9007199254740992.0 $$;

create or replace function bench_int(seed int, salt text, id bigint, lo int, hi int) returns int
    language sql immutable parallel safe
as $$ select lo + floor(bench_rand(seed, salt, id) * (hi - lo + 1))::int $$;

-- A time of day on a date, in UTC (independent of the session's time zone).
create or replace function bench_at(d date, hours double precision) returns timestamptz
    language sql immutable parallel safe
as $$ select (d::timestamp + hours * interval '1 hour') at time zone 'UTC' $$;

-- ---------------------------------------------------------------------------------------------
-- Reference tables (temporary)
-- ---------------------------------------------------------------------------------------------
create temp table bench_country (i int primary key, code varchar(2), city text, tz text);
insert into bench_country
select i, (array['AT','BE','BG','HR','CY','CZ','DK','EE','FI','FR','DE','GR','HU','IE','IT','LV','LT','LU',
                 'MT','NL','PL','PT','RO','SK','SI','ES','SE'])[i],
          (array['Vienna','Brussels','Sofia','Zagreb','Nicosia','Prague','Copenhagen','Tallinn','Helsinki','Paris',
                 'Berlin','Athens','Budapest','Dublin','Rome','Riga','Vilnius','Luxembourg','Valletta','Amsterdam',
                 'Warsaw','Lisbon','Bucharest','Bratislava','Ljubljana','Madrid','Stockholm'])[i],
          (array['Europe/Vienna','Europe/Brussels','Europe/Sofia','Europe/Zagreb','Asia/Nicosia','Europe/Prague',
                 'Europe/Copenhagen','Europe/Tallinn','Europe/Helsinki','Europe/Paris','Europe/Berlin',
                 'Europe/Athens','Europe/Budapest','Europe/Dublin','Europe/Rome','Europe/Riga','Europe/Vilnius',
                 'Europe/Luxembourg','Europe/Malta','Europe/Amsterdam','Europe/Warsaw','Europe/Lisbon',
                 'Europe/Bucharest','Europe/Bratislava','Europe/Ljubljana','Europe/Madrid','Europe/Stockholm'])[i]
from generate_series(1, 27) i;

-- The workflow path that leads to each status: the moves, who makes them, and when (days before the
-- path's end; null = at its start; after = the funder's decision).
create temp table bench_path (status text, step int, from_status text, to_status text, actor text,
                              days_before int, after_submit boolean);
insert into bench_path values
    ('IN_PROGRESS', 1, 'PLANNED', 'IN_PROGRESS', 'LEAD', null, false),
    ('IN_INTERNAL_REVIEW', 1, 'PLANNED', 'IN_PROGRESS', 'LEAD', null, false),
    ('IN_INTERNAL_REVIEW', 2, 'IN_PROGRESS', 'IN_INTERNAL_REVIEW', 'LEAD', 2, false),
    ('CHANGES_REQUESTED', 1, 'PLANNED', 'IN_PROGRESS', 'LEAD', null, false),
    ('CHANGES_REQUESTED', 2, 'IN_PROGRESS', 'IN_INTERNAL_REVIEW', 'LEAD', 3, false),
    ('CHANGES_REQUESTED', 3, 'IN_INTERNAL_REVIEW', 'CHANGES_REQUESTED', 'COORDINATOR', 1, false),
    ('APPROVED', 1, 'PLANNED', 'IN_PROGRESS', 'LEAD', null, false),
    ('APPROVED', 2, 'IN_PROGRESS', 'IN_INTERNAL_REVIEW', 'LEAD', 3, false),
    ('APPROVED', 3, 'IN_INTERNAL_REVIEW', 'APPROVED', 'COORDINATOR', 1, false),
    ('SUBMITTED', 1, 'PLANNED', 'IN_PROGRESS', 'LEAD', null, false),
    ('SUBMITTED', 2, 'IN_PROGRESS', 'IN_INTERNAL_REVIEW', 'LEAD', 4, false),
    ('SUBMITTED', 3, 'IN_INTERNAL_REVIEW', 'APPROVED', 'COORDINATOR', 2, false),
    ('SUBMITTED', 4, 'APPROVED', 'SUBMITTED', 'COORDINATOR', 0, false),
    ('ACCEPTED', 1, 'PLANNED', 'IN_PROGRESS', 'LEAD', null, false),
    ('ACCEPTED', 2, 'IN_PROGRESS', 'IN_INTERNAL_REVIEW', 'LEAD', 4, false),
    ('ACCEPTED', 3, 'IN_INTERNAL_REVIEW', 'APPROVED', 'COORDINATOR', 2, false),
    ('ACCEPTED', 4, 'APPROVED', 'SUBMITTED', 'COORDINATOR', 0, false),
    ('ACCEPTED', 5, 'SUBMITTED', 'ACCEPTED', 'REVIEWER', null, true),
    ('REVISION_REQUESTED', 1, 'PLANNED', 'IN_PROGRESS', 'LEAD', null, false),
    ('REVISION_REQUESTED', 2, 'IN_PROGRESS', 'IN_INTERNAL_REVIEW', 'LEAD', 4, false),
    ('REVISION_REQUESTED', 3, 'IN_INTERNAL_REVIEW', 'APPROVED', 'COORDINATOR', 2, false),
    ('REVISION_REQUESTED', 4, 'APPROVED', 'SUBMITTED', 'COORDINATOR', 0, false),
    ('REVISION_REQUESTED', 5, 'SUBMITTED', 'REVISION_REQUESTED', 'REVIEWER', null, true);

-- ---------------------------------------------------------------------------------------------
-- File contents: 100 small real files, copied into the file store by the harness.
-- ---------------------------------------------------------------------------------------------
drop table if exists bench_blob;
create table bench_blob (k int primary key, sha256 varchar(64), content bytea);
insert into bench_blob (k, content)
select k, convert_to(repeat('Consortia benchmark file ' || k || E'\n', 20 + k * 7), 'UTF8')
from generate_series(1, 100) k;
update bench_blob set sha256 = encode(sha256(content), 'hex');
create temp table bench_blob_meta as select k, sha256, octet_length(content)::bigint as size_bytes from bench_blob;

-- ---------------------------------------------------------------------------------------------
-- Organisations: ids 1-5 the cast, 6.. the bulk (O00001...)
-- ---------------------------------------------------------------------------------------------
insert into organisation (id, code, legal_name, country, type, pic, website, version) values
    (1, 'METZ', 'Ville de Metz', 'FR', 'PUBLIC_AUTHORITY', '999000001', 'https://metz.fr', 0),
    (2, 'NEXEM', 'NEXEM', 'FR', 'EMPLOYERS_ORGANISATION', '999000002', 'https://www.nexem.fr', 0),
    (3, 'UNIPSO', 'UNIPSO', 'BE', 'EMPLOYERS_ORGANISATION', '999000003', 'https://www.unipso.be', 0),
    (4, 'ELISFA', 'ELISFA', 'FR', 'EMPLOYERS_ORGANISATION', '999000004', 'https://www.elisfa.fr', 0),
    (5, 'WRZOS', 'WRZOS', 'PL', 'NGO', '999000005', 'https://wrzos.org.pl', 0);

insert into organisation (id, code, legal_name, country, type, pic, website, version)
select 5 + g.i, o.code,
       (array['Association', 'Federation', 'Institute', 'Foundation', 'Union', 'Agency', 'Centre', 'Network'])
           [bench_int(:seed, 'org.name1', g.i, 1, 8)] || ' '
           || (array['for Social Dialogue', 'of Care Employers', 'for Vocational Training', 'of Social Services',
                     'for Inclusion', 'of Youth Work', 'for Health and Care', 'of Local Authorities',
                     'for Community Development', 'of Non-Profit Employers'])[bench_int(:seed, 'org.name2', g.i, 1, 10)]
           || ' ' || c.city || ' ' || o.code,
       c.code,
       (array['EMPLOYERS_ORGANISATION', 'TRADE_UNION', 'NGO', 'PUBLIC_AUTHORITY', 'UNIVERSITY', 'TRAINING_CENTRE',
              'COMPANY', 'OTHER'])[bench_int(:seed, 'org.type', g.i, 1, 8)],
       case when bench_rand(:seed, 'org.pic', g.i) < 0.8 then (900000000 + g.i)::text end,
       case when bench_rand(:seed, 'org.web', g.i) < 0.7 then 'https://' || lower(o.code) || '.example.org' end,
       0
from generate_series(1, :norgs) g(i)
cross join lateral (select 'O' || lpad(g.i::text, greatest(5, length(g.i::text)), '0') as code) o
join bench_country c on c.i = bench_int(:seed, 'org.country', g.i, 1, 27);

-- Who acts for an organisation: the realm's users for the cast, generated persons for the bulk (k = 1..3).
create temp table bench_user (org_id bigint, k int, username text, name text, org_code text,
                              primary key (org_id, k));
insert into bench_user
select o.id, k,
       case o.code when 'METZ' then 'metz-coordinator' when 'NEXEM' then 'nexem-partner'
                   when 'UNIPSO' then 'unipso-partner' when 'ELISFA' then 'elisfa-partner'
                   when 'WRZOS' then 'wrzos-partner' end,
       initcap(replace(case o.code when 'METZ' then 'metz-coordinator' when 'NEXEM' then 'nexem-partner'
                   when 'UNIPSO' then 'unipso-partner' when 'ELISFA' then 'elisfa-partner'
                   else 'wrzos-partner' end, '-', ' ')),
       o.code
from organisation o, generate_series(1, 3) k
where o.id <= 5;
insert into bench_user
select o.id, k, 'bench-' || lower(o.code) || '-' || k,
       (array['Anna', 'Marc', 'Sofia', 'Jan', 'Maria', 'Luca', 'Eva', 'Pierre', 'Katarzyna', 'Jonas', 'Elena',
              'Tomas', 'Ines', 'Mikkel', 'Laura', 'Piotr', 'Clara', 'Nikos', 'Aoife', 'Matteo'])
           [bench_int(:seed, 'person.first', o.id * 4 + k, 1, 20)] || ' ' ||
       (array['Müller', 'Dubois', 'Rossi', 'Nowak', 'García', 'Jansen', 'Papadopoulos', 'Horvat', 'Novák',
              'Nielsen', 'Virtanen', 'Murphy', 'Silva', 'Popescu', 'Kovács', 'Berzins', 'Kazlauskas', 'Schmit',
              'Borg', 'Andersson'])[bench_int(:seed, 'person.last', o.id * 4 + k, 1, 20)],
       o.code
from organisation o, generate_series(1, 3) k
where o.id > 5;

insert into person (id, subject, username, name, email, organisations, first_seen, version, roles, language,
                    muted_kinds)
select (u.org_id - 6) * 3 + u.k, u.username, u.username, u.name,
       u.username || '@' || lower(u.org_code) || '.example.org', u.org_code,
       bench_at(:'m0'::date - bench_int(:seed, 'person.seen', u.org_id * 4 + u.k, 1, 1200),
                8 + 10 * bench_rand(:seed, 'person.seenh', u.org_id * 4 + u.k)),
       0, case when u.k = 1 then 'coordinator,partner' else 'partner' end,
       case when bench_rand(:seed, 'person.lang', u.org_id * 4 + u.k) < 0.2 then 'fr' end, ''
from bench_user u
where u.org_id > 5;

-- ---------------------------------------------------------------------------------------------
-- Projects: ids 1-50 the cast (LEAD01..LEAD50), 51.. the bulk (P00001...). bench_p holds each
-- project's shape and the bases of its rows' ids.
-- ---------------------------------------------------------------------------------------------
create temp table bench_p as
with base as (
    select g as id,
           case when g <= 50 then 'LEAD' || lpad(g::text, 2, '0')
                else 'P' || lpad((g - 50)::text, greatest(5, length((g - 50)::text)), '0') end as acronym,
           case when g <= 50 then (:'m0'::date - interval '18 months')::date
                else (:'m0'::date + make_interval(months => bench_int(:seed, 'p.start', g, -48, 12)))::date
           end as start_date,
           case when g <= 50 then 48 else bench_int(:seed, 'p.dur', g, 24, 48) end as dur,
           case when g = 1 then 15 when g <= 50 then bench_int(:seed, 'p.npart', g, 12, 18)
                else bench_int(:seed, 'p.npart', g, 10, 20) end as npart,
           case when g = 1 then 5 when g <= 20 then 2 when g <= 50 then 1 else 0 end as ncast,
           case when g = 1 then 8 when g <= 50 then 6 else bench_int(:seed, 'p.nwp', g, 5, 7) end as nwp,
           case when g = 1 then 200 when g <= 50 then bench_int(:seed, 'p.ndel', g, 90, 110)
                else bench_int(:seed, 'p.ndel', g, 80, 120) end as ndel,
           case when g = 1 then 10 else bench_int(:seed, 'p.nms', g, 4, 6) end as nms,
           case when g <= 50 or bench_rand(:seed, 'p.rp', g) < 0.5 then 12 else 18 end as rp_len,
           bench_int(:seed, 'p.obase', g, 0, :norgs - 1) as obase,
           bench_int(:seed, 'p.ostep', g, 1, greatest(1, (:norgs - 1) / 20)) as ostep,
           bench_int(:seed, 'p.nrisk', g, 2, 5) as nrisk,
           case when g <= 50 then 2 when bench_rand(:seed, 'p.nrev', g) < 0.5 then 2 else 1 end as nrev,
           bench_int(:seed, 'p.rev', g, 0, 499) as rev0
    from generate_series(1, 50 + :projects) g)
select b.*,
       (b.start_date + make_interval(months => b.dur) - interval '1 day')::date as end_date,
       (b.dur + b.rp_len - 1) / b.rp_len as nrp,
       sum(b.npart) over w - b.npart as part_base,
       sum(b.nwp) over w - b.nwp as wp_base,
       sum(b.ndel) over w - b.ndel as del_base,
       sum(b.nms) over w - b.nms as ms_base,
       case when b.id <= 50 then 'ec-reviewer' else 'reviewer-' || lpad((b.rev0 + 1)::text, 3, '0') end as reviewer
from base b
window w as (order by b.id);
alter table bench_p add primary key (id);

insert into project (id, acronym, title, funder, programme, grant_reference, start_date, end_date, status, summary,
                     version, public_page, reminder_offsets)
select p.id, p.acronym,
       case when p.id <= 50 then 'Metz-led cooperation on ' else '' end ||
       (array['Social dialogue', 'Skills and training', 'Quality jobs', 'Inclusive services', 'Care workforce',
              'Digital transition', 'Green transition', 'Youth employment', 'Health and safety', 'Equal opportunities'])
           [bench_int(:seed, 'p.title1', p.id, 1, 10)] || ' in ' ||
       (array['the social and health sector', 'non-profit employers', 'local public services', 'community care',
              'early childhood education', 'long-term care', 'disability services', 'social economy'])
           [bench_int(:seed, 'p.title2', p.id, 1, 8)] || ' (' || p.acronym || ')',
       'European Commission',
       (array['Erasmus+', 'ESF+ EaSI', 'Horizon Europe', 'CERV', 'Social Prerogatives and Specific Competencies Lines'])
           [bench_int(:seed, 'p.prog', p.id, 1, 5)],
       (101000000 + p.id)::text,
       p.start_date, p.end_date,
       case when p.end_date < :'m0'::date and bench_rand(:seed, 'p.closed', p.id) < 0.7 then 'CLOSED' else 'ACTIVE' end,
       'Benchmark project ' || p.acronym || ': a consortium of ' || p.npart || ' partners over ' || p.dur || ' months.',
       0, bench_rand(:seed, 'p.public', p.id) < 0.2, '30,7,1'
from bench_p p;

-- Participations: partner number 1 the coordinator; the cast first (organisation id = partner number),
-- then distinct bulk organisations (obase + i * ostep, ostep * 19 < norgs).
insert into participation (id, project_id, organisation_id, role, partner_number, contact_name, contact_email, version)
select p.part_base + pn, p.id, x.org_id,
       case when pn = 1 then 'COORDINATOR'
            when pn <= p.ncast then 'BENEFICIARY'
            else (array['BENEFICIARY', 'BENEFICIARY', 'BENEFICIARY', 'BENEFICIARY', 'BENEFICIARY', 'BENEFICIARY',
                        'BENEFICIARY', 'AFFILIATED_ENTITY', 'ASSOCIATED_PARTNER', 'ASSOCIATED_PARTNER'])
                     [bench_int(:seed, 'part.role', p.part_base + pn, 1, 10)] end,
       pn,
       case when c.yes then u.name end,
       case when c.yes then 'contact.' || lower(p.acronym) || '@' || lower(u.org_code) || '.example.org' end,
       0
from bench_p p
cross join generate_series(1, p.npart) pn
cross join lateral (select case when pn <= p.ncast then pn::bigint
                                else 6 + (p.obase + (pn - p.ncast - 1) * p.ostep) % :norgs end as org_id) x
cross join lateral (select bench_rand(:seed, 'part.contact', p.part_base + pn) < 0.4 as yes) c
join bench_user u on u.org_id = x.org_id and u.k = 1;

create temp table bench_pp as
select pa.id, pa.project_id, pa.partner_number as pn, o.id as org_id, o.code, o.country
from participation pa join organisation o on o.id = pa.organisation_id;
alter table bench_pp add primary key (id);

insert into work_package (id, project_id, number, title, lead_id, start_month, end_month, objectives, version)
select p.wp_base + w, p.id, w,
       case when w = 1 then 'Project management and coordination'
            else (array['Research and mapping', 'Joint tools and guidelines', 'Training and capacity building',
                        'Pilot actions', 'Dissemination and exploitation', 'Evaluation and quality',
                        'Policy recommendations', 'Networking and events'])
                     [1 + (w + bench_int(:seed, 'wp.title', p.id, 0, 7)) % 8] end,
       p.part_base + case when w = 1 then 1 else bench_int(:seed, 'wp.lead', p.wp_base + w, 1, p.npart) end,
       m.s, m.e,
       'Objectives of WP' || w || ' of ' || p.acronym || '.', 0
from bench_p p
cross join generate_series(1, p.nwp) w
cross join lateral (select case when w = 1 then 1 else 1 + ((w - 2) * p.dur) / p.nwp end as s) s0
cross join lateral (select s0.s as s,
                           case when w = 1 then p.dur else least(p.dur, s0.s + greatest(6, p.dur / 2)) end as e) m;

-- ---------------------------------------------------------------------------------------------
-- Deliverables: bench_d computes each one (plan, status, workflow times, files, comments).
-- ---------------------------------------------------------------------------------------------
create temp table bench_d as
with d1 as (
    select p.del_base + n as id, p.id as project_id, p.acronym, p.start_date, p.end_date, p.dur, p.npart,
           p.part_base, p.wp_base, p.nwp, p.reviewer, n,
           1 + (n - 1) % p.nwp as wp, 1 + (n - 1) / p.nwp as idx,
           wp.start_month as wp_start, wp.end_month as wp_end,
           bench_rand(:seed, 'd.kind', p.del_base + n) as rk,
           -- LEAD01 (what the reviewer reads) leans towards delivered
           bench_rand(:seed, 'd.status', p.del_base + n) * case when p.id = 1 then 0.8 else 1 end as rs,
           case when p.id = 1 and bench_rand(:seed, 'd.nexem', n) < 0.14 then 2
                else bench_int(:seed, 'd.lead', p.del_base + n, 1, p.npart) end as lead_pn
    from bench_p p
    cross join generate_series(1, p.ndel) n
    join work_package wp on wp.id = p.wp_base + 1 + (n - 1) % p.nwp
), d2 as (
    select d1.*, 'D' || wp || '.' || idx as code,
           case when rk < 0.22 then 'STUDY' when rk < 0.52 then 'REPORT' when rk < 0.70 then 'JOINT_DOCUMENT'
                when rk < 0.78 then 'THEMATIC_MEETING' when rk < 0.85 then 'TRAINING'
                when rk < 0.90 then 'NATIONAL_EVENT' when rk < 0.94 then 'CONFERENCE' else 'OTHER' end as kind,
           wp_start + floor(bench_rand(:seed, 'd.due', id) * (wp_end - wp_start + 1))::int as due_month
    from d1
), d3 as (
    select d2.*, (start_date + make_interval(months => due_month) - interval '1 day')::date as due_date
    from d2
), d4 as (
    select d3.*,
           case when start_date >= :'m0'::date then 'PLANNED'
                when due_date < :'m0'::date - 90 then
                    case when rs < 0.50 then 'ACCEPTED' when rs < 0.75 then 'SUBMITTED'
                         when rs < 0.80 then 'REVISION_REQUESTED' when rs < 0.85 then 'APPROVED'
                         when rs < 0.88 then 'IN_INTERNAL_REVIEW' when rs < 0.90 then 'CHANGES_REQUESTED'
                         when rs < 0.96 then 'IN_PROGRESS' else 'PLANNED' end
                when due_date < :'m0'::date then
                    case when rs < 0.15 then 'ACCEPTED' when rs < 0.45 then 'SUBMITTED'
                         when rs < 0.50 then 'REVISION_REQUESTED' when rs < 0.58 then 'APPROVED'
                         when rs < 0.66 then 'IN_INTERNAL_REVIEW' when rs < 0.70 then 'CHANGES_REQUESTED'
                         when rs < 0.88 then 'IN_PROGRESS' else 'PLANNED' end
                when due_date < :'m0'::date + 60 then
                    case when rs < 0.03 then 'ACCEPTED' when rs < 0.10 then 'SUBMITTED'
                         when rs < 0.18 then 'APPROVED' when rs < 0.30 then 'IN_INTERNAL_REVIEW'
                         when rs < 0.35 then 'CHANGES_REQUESTED' when rs < 0.75 then 'IN_PROGRESS'
                         else 'PLANNED' end
                else case when rs < 0.25 then 'IN_PROGRESS' else 'PLANNED' end end as status,
           bench_rand(:seed, 'd.late', id) < case when due_date < :'m0'::date - 90 then 0.2 else 0.3 end as try_late
    from d3
), d5 as (
    select d4.*,
           status in ('SUBMITTED', 'ACCEPTED', 'REVISION_REQUESTED') as delivered,
           case when status in ('SUBMITTED', 'ACCEPTED', 'REVISION_REQUESTED') then
                least(bench_at(due_date + case when try_late then bench_int(:seed, 'd.lated', id, 1, 60)
                                               else -bench_int(:seed, 'd.early', id, 0, 14) end,
                               8 + 9 * bench_rand(:seed, 'd.subh', id)),
                      bench_at(:'m0'::date - 3, 8 + 9 * bench_rand(:seed, 'd.subh', id))) end as t_sub
    from d4
), d6 as (
    select d5.*,
           case when delivered then t_sub
                else least(bench_at(due_date + 30, 17), bench_at(:'m0'::date - 1, 17)) end as t_end,
           case when status in ('ACCEPTED', 'REVISION_REQUESTED') then
                least(t_sub + bench_int(:seed, 'd.acc', id, 3, 40) * interval '1 day'
                            + bench_rand(:seed, 'd.acch', id) * interval '6 hours',
                      bench_at(:'m0'::date - 1, 23)) end as t_dec,
           case when status = 'PLANNED' then 0
                when status = 'IN_PROGRESS' then bench_int(:seed, 'd.nver', id, 2, 7)
                else bench_int(:seed, 'd.nver', id, 5, 7) end as nver
    from d5
)
select d6.*,
       least(bench_at(due_date - 100, 9), bench_at(:'m0'::date - 40, 9),
             coalesce(t_sub - interval '40 days', 'infinity')) as t0,
       delivered and (t_sub at time zone 'UTC')::date > due_date as late
from d6;
alter table bench_d add primary key (id);

-- LEAD01 shows every status: its first deliverables of WP1..WP8 are forced through them (dates kept consistent).
update bench_d d set status = f.status, nver = greatest(d.nver, case when f.status = 'PLANNED' then 0 else 1 end),
                     delivered = f.status in ('SUBMITTED', 'ACCEPTED', 'REVISION_REQUESTED')
from (values (1, 'PLANNED'), (2, 'IN_PROGRESS'), (3, 'IN_INTERNAL_REVIEW'), (4, 'CHANGES_REQUESTED'),
             (5, 'APPROVED'), (6, 'SUBMITTED'), (7, 'ACCEPTED'), (8, 'REVISION_REQUESTED')) f(n, status)
where d.project_id = 1 and d.n = f.n and d.status <> f.status;
update bench_d set nver = 0 where status = 'PLANNED' and nver <> 0;
update bench_d d set
    t_sub = least(bench_at(d.due_date - 5, 10), bench_at(:'m0'::date - 3, 10)),
    t_end = least(bench_at(d.due_date - 5, 10), bench_at(:'m0'::date - 3, 10)),
    t_dec = case when d.status in ('ACCEPTED', 'REVISION_REQUESTED')
                 then least(bench_at(d.due_date - 5, 10), bench_at(:'m0'::date - 3, 10)) + interval '2 days' end,
    t0 = least(bench_at(d.due_date - 100, 9), bench_at(:'m0'::date - 45, 9)),
    late = false
where d.project_id = 1 and d.n <= 8 and d.delivered;
update bench_d d set
    t_sub = null, t_dec = null, late = false,
    t_end = least(bench_at(d.due_date + 30, 17), bench_at(:'m0'::date - 1, 17)),
    t0 = least(bench_at(d.due_date - 100, 9), bench_at(:'m0'::date - 40, 9))
where d.project_id = 1 and d.n <= 8 and not d.delivered;

-- The events of the event deliverables: one row each, its id the deliverable's; hosted by the lead partner and, for one
-- in four, by the next partner too; trainings last two days.
create temp table bench_ev as
select d.id, d.project_id, d.kind, d.status, d.part_base + d.lead_pn as host, d.part_base + 1 + d.lead_pn % d.npart as cohost,
       d.npart > 1 and bench_rand(:seed, 'd.cohost', d.id) < 0.25 as cohosted,
       e.planned, e.actual, e.expected, e.timed, e.st, c.code as country, c.city, c.tz,
       (array['Town hall', 'Conference centre', 'Partner premises', 'University campus', 'Hotel conference room',
              'Online and on site'])[bench_int(:seed, 'd.venue', d.id, 1, 6)] as venue,
       (array['IN_PERSON', 'IN_PERSON', 'IN_PERSON', 'ONLINE', 'HYBRID'])[bench_int(:seed, 'd.mode', d.id, 1, 5)] as mode
from bench_d d
join bench_pp h on h.id = d.part_base + d.lead_pn
cross join lateral (
    select (d.due_date - bench_int(:seed, 'd.evday', d.id, 0, 25)) as planned0,
           bench_int(:seed, 'd.evexp', d.id, 2, 20) * 10 as expected,
           bench_rand(:seed, 'd.timed', d.id) < 0.7 as timed,
           time '09:00' + bench_int(:seed, 'd.evst', d.id, 0, 2) * interval '30 minutes' as st
) e0
cross join lateral (
    select e0.planned0 as planned,
           case when e0.planned0 < :'m0'::date and d.status <> 'PLANNED' then e0.planned0 end as actual,
           e0.expected, e0.timed, e0.st
) e
join bench_country c on c.i = case when bench_rand(:seed, 'd.evc', d.id) < 0.6
                                   then coalesce((select i from bench_country where code = h.country), 1)
                                   else bench_int(:seed, 'd.evcr', d.id, 1, 27) end
where d.kind in ('THEMATIC_MEETING', 'TRAINING', 'NATIONAL_EVENT', 'CONFERENCE');

insert into event (id, project_id, planned_date, actual_date, end_date, start_time, end_time, time_zone, mode, country,
                   city, venue, languages, target_groups, expected_participants, actual_participants)
select e.id, e.project_id, e.planned, e.actual,
       case when e.kind = 'TRAINING' then coalesce(e.actual, e.planned) + 1 end,
       case when e.timed then e.st end,
       case when e.timed then e.st + bench_int(:seed, 'd.evlen', e.id, 3, 8) * interval '1 hour' end,
       case when e.timed then e.tz end,
       e.mode, e.country, e.city, e.venue,
       array['en'], array['Social-service employers', 'Trade-union representatives'],
       e.expected,
       case when e.actual is not null then (e.expected * (0.7 + 0.5 * bench_rand(:seed, 'd.actp', e.id)))::int end
from bench_ev e;

insert into event_host (event_id, participation_id)
select id, host from bench_ev
union all
select id, cohost from bench_ev where cohosted and cohost <> host;

-- The meetings that are not deliverables (V36): a steering committee at the start, partner meetings after 8 and 16
-- months while the project lasts, in WP1, hosted by the coordinator; their events' ids follow those of the deliverables,
-- and they get participants as every event does. The meeting rows follow the deliverables.
create temp table bench_mt as
select p.id as project_id, p.wp_base + 1 as wp_id, p.part_base + 1 as host, k,
       (select coalesce(max(id), 0) from event) + (p.id - 1) * 3 + k as event_id,
       (p.start_date + make_interval(months => (k - 1) * 8, days => 14))::date as planned
from bench_p p
cross join generate_series(1, 3) k
where (k - 1) * 8 < p.dur;

insert into event (id, project_id, planned_date, actual_date, mode, country, city, venue, languages, target_groups,
                   expected_participants)
select m.event_id, m.project_id, m.planned, case when m.planned < :'m0'::date then m.planned end,
       case when m.k = 1 then 'ONLINE' else 'HYBRID' end, 'BE', 'Brussels', 'Partner premises', array['en'],
       '{}'::varchar[], 20
from bench_mt m;

insert into event_host (event_id, participation_id)
select event_id, host from bench_mt;

-- The participants of each event: 5 to 35 (20 on average), their ids the event's times 64 plus their rank; a little
-- more than half from the event's country; those of an event held attended its day or days.
insert into participant (id, event_id, name, email, organisation, organisation_type, country, role, gender, presence,
                         days_attended, source, consent_text_version, consented_at, photo_consent, created_at, version)
select p.id, e.id, 'Participant ' || g || ' of event ' || e.id, 'p' || g || '.e' || e.id || '@example.org',
       'Organisation ' || bench_int(:seed, 'pa.org', p.id, 1, 500),
       (array['EMPLOYERS_ORGANISATION', 'TRADE_UNION', 'EMPLOYERS_ORGANISATION', 'TRADE_UNION', 'PUBLIC_AUTHORITY',
              'SERVICE_PROVIDER', 'NGO', 'EDUCATION_RESEARCH', 'OTHER'])[bench_int(:seed, 'pa.type', p.id, 1, 9)],
       c.code,
       case when bench_rand(:seed, 'pa.role', p.id) < 0.7 then 'Role ' || bench_int(:seed, 'pa.rolen', p.id, 1, 12) end,
       (array['WOMAN', 'WOMAN', 'MAN', 'MAN', 'NOT_GIVEN', 'NON_BINARY'])[bench_int(:seed, 'pa.gender', p.id, 1, 6)],
       case when e.mode = 'ONLINE' or (e.mode = 'HYBRID' and bench_rand(:seed, 'pa.online', p.id) < 0.3) then 'ONLINE'
            else 'IN_PERSON' end,
       case when e.actual_date is null then '{}'::date[]
            when e.end_date is null or bench_rand(:seed, 'pa.days', p.id) < 0.8 then
                 array_remove(array[e.actual_date, e.end_date], null)
            else array[e.actual_date] end,
       'ENTERED', '2026-12-03', p.at, bench_rand(:seed, 'pa.photo', p.id) < 0.6, p.at, 0
from event e
cross join lateral generate_series(1, bench_int(:seed, 'ev.np', e.id, 5, 35)) g
cross join lateral (
    select e.id * 64 + g as id,
           (coalesce(e.planned_date, date '2020-01-01') - 10 + time '10:00') at time zone 'UTC' as at
) p
join bench_country c on c.i = case when bench_rand(:seed, 'pa.home', p.id) < 0.55
                                   then coalesce((select i from bench_country where code = e.country), 1)
                                   else bench_int(:seed, 'pa.country', p.id, 1, 27) end;

insert into deliverable (id, project_id, code, title, description, work_package_id, lead_id, kind, type,
                         dissemination_level, due_month, explicit_due_date, due_date, status, event_id, version,
                         submitted_at, submitted_version, accepted_at, delay_justification)
select d.id, d.project_id, d.code,
       initcap(replace(lower(d.kind), '_', ' ')) || ': ' ||
       (array['state of play', 'comparative analysis', 'guidelines', 'toolkit', 'final report', 'handbook',
              'policy brief', 'curriculum', 'national workshop', 'partner meeting', 'evaluation', 'case studies'])
           [bench_int(:seed, 'd.title', d.id, 1, 12)] || ' (' || d.code || ')',
       case when bench_rand(:seed, 'd.desc', d.id) < 0.5 then 'Deliverable ' || d.code || ' of ' || d.acronym || '.' end,
       d.wp_base + d.wp, d.part_base + d.lead_pn, d.kind,
       case when ev.id is not null then (array['DEC', 'OTHER', 'R'])[bench_int(:seed, 'd.type', d.id, 1, 3)]
            else (array['R', 'R', 'R', 'R', 'R', 'R', 'DEM', 'DEC', 'DATA', 'OTHER'])
                     [bench_int(:seed, 'd.type', d.id, 1, 10)] end,
       case when bench_rand(:seed, 'd.diss', d.id) < 0.7 then 'PU' else 'SEN' end,
       d.due_month, null, d.due_date, d.status, ev.id,
       0,
       case when d.delivered then d.t_sub end, case when d.delivered then d.nver end,
       case when d.status = 'ACCEPTED' then d.t_dec end,
       case when d.late then (array['The partners needed more time to collect national data.',
                                    'Delayed by the late availability of input from a related deliverable.',
                                    'The consultation of stakeholders took longer than planned.',
                                    'Staff changes at the lead partner delayed the work.'])
                                 [bench_int(:seed, 'd.just', d.id, 1, 4)] end
from bench_d d
left join bench_ev ev on ev.id = d.id;

insert into deliverable_contributor (deliverable_id, participation_id)
select d.id, d.part_base + 1 + (d.lead_pn - 1 + j) % d.npart
from bench_d d
cross join generate_series(1, bench_int(:seed, 'd.ncontrib', d.id, 0, 2)) j;

insert into deliverable_dependency (deliverable_id, depends_on_id)
select d.id, d.id - d.nwp
from bench_d d
where d.idx >= 2 and bench_rand(:seed, 'd.dep', d.id) < 0.1;

-- ---------------------------------------------------------------------------------------------
-- Milestones, reporting periods, risks, reviewers
-- ---------------------------------------------------------------------------------------------
insert into milestone (id, project_id, code, title, work_package_id, due_month, explicit_due_date, due_date,
                       means_of_verification, achieved_date, version)
select p.ms_base + k, p.id, 'MS' || k,
       (array['Kick-off held', 'Mapping completed', 'Toolkit validated', 'Pilots launched', 'Mid-term review',
              'Training delivered', 'Final conference held', 'Recommendations adopted', 'Platform online',
              'Final report approved'])[1 + (k - 1) % 10],
       p.wp_base + 1 + (k - 1) % p.nwp, m.mo, null, m.due,
       'Verified by the corresponding deliverable and minutes.',
       case when m.due < :'m0'::date and bench_rand(:seed, 'ms.ach', p.ms_base + k) < 0.85
            then m.due - bench_int(:seed, 'ms.achd', p.ms_base + k, 0, 20) end,
       0
from bench_p p
cross join generate_series(1, p.nms) k
cross join lateral (select greatest(1, (k * p.dur) / p.nms) as mo) m0
cross join lateral (select m0.mo, (p.start_date + make_interval(months => m0.mo) - interval '1 day')::date as due) m;

insert into reporting_period (id, project_id, number, start_month, end_month, version)
select (p.id - 1) * 4 + i, p.id, i, (i - 1) * p.rp_len + 1, least(i * p.rp_len, p.dur), 0
from bench_p p
cross join generate_series(1, p.nrp) i;

insert into risk (id, project_id, number, description, likelihood, impact, mitigation, owner_id, status,
                  identified_on, closed_on, version)
select (p.id - 1) * 8 + k, p.id, k,
       (array['Low participation of employers in national events', 'Delays in data collection',
              'Turnover of key staff at a partner', 'Budget underspending', 'Limited uptake of the toolkit',
              'Translation costs higher than planned'])[bench_int(:seed, 'risk.desc', (p.id - 1) * 8 + k, 1, 6)],
       (array['LOW', 'MEDIUM', 'HIGH'])[bench_int(:seed, 'risk.lik', (p.id - 1) * 8 + k, 1, 3)],
       (array['LOW', 'MEDIUM', 'HIGH'])[bench_int(:seed, 'risk.imp', (p.id - 1) * 8 + k, 1, 3)],
       'Monitored at each partner meeting; corrective actions agreed by the steering committee.',
       p.part_base + bench_int(:seed, 'risk.owner', (p.id - 1) * 8 + k, 1, p.npart),
       r.status, r.identified, case when r.status = 'CLOSED' then r.identified + 30 end, 0
from bench_p p
cross join generate_series(1, p.nrisk) k
cross join lateral (
    select least(p.start_date + bench_int(:seed, 'risk.day', (p.id - 1) * 8 + k, 0, 90), :'m0'::date - 1) as identified,
           case when p.start_date + 120 < :'m0'::date and bench_rand(:seed, 'risk.st', (p.id - 1) * 8 + k) < 0.3
                then 'CLOSED'
                when bench_rand(:seed, 'risk.st', (p.id - 1) * 8 + k) < 0.6 then 'MITIGATED'
                else 'OPEN' end as status) r;

insert into reviewer_assignment (id, project_id, username, assigned_at)
select (p.id - 1) * 4 + j, p.id,
       case when j = 1 then p.reviewer
            when p.id <= 50 then 'reviewer-' || lpad((p.rev0 + 1)::text, 3, '0')
            else 'reviewer-' || lpad(((p.rev0 + 1 + bench_int(:seed, 'p.rev2', p.id, 0, 498)) % 500 + 1)::text, 3, '0')
       end,
       bench_at(least(p.start_date, :'m0'::date - 20) - 10 * j, 10)
from bench_p p
cross join generate_series(1, p.nrev) j;

-- ---------------------------------------------------------------------------------------------
-- File versions, comments, activity
-- ---------------------------------------------------------------------------------------------
insert into file_version (id, deliverable_id, number, original_name, size_bytes, sha256, media_type, note,
                          uploader_username, uploader_name, uploader_organisation, uploaded_at, withdrawn_at,
                          withdrawn_by, version)
select d.id * 8 + v, d.id, v, d.code || '-v' || v || '.txt', b.size_bytes, b.sha256, 'text/plain',
       case when v > 1 and bench_rand(:seed, 'fv.note', d.id * 8 + v) < 0.5 then 'Revised after partner feedback' end,
       u.username, u.name, u.org_code, x.at,
       case when w.yes then x.at + interval '1 day' end, case when w.yes then u.username end, 0
from bench_d d
cross join generate_series(1, d.nver) v
cross join lateral (select d.t0 + (d.t_end - d.t0) * v / (d.nver + 1) as at) x
cross join lateral (select v < d.nver and bench_rand(:seed, 'fv.wd', d.id * 8 + v) < 0.05 as yes) w
join bench_pp h on h.id = d.part_base + d.lead_pn
join bench_user u on u.org_id = h.org_id and u.k = bench_int(:seed, 'fv.who', d.id * 8 + v, 1, 3)
join bench_blob_meta b on b.k = bench_int(:seed, 'fv.blob', d.id * 8 + v, 1, 100);

-- Free comments (c = 1..2) and the comment a CHANGES_REQUESTED / REVISION_REQUESTED move requires (c = 3).
insert into comment (id, deliverable_id, author_username, author_name, author_organisation, text, visibility,
                     created_at)
select d.id * 4 + c, d.id,
       case when r.reviewer_says then d.reviewer else u.username end,
       case when r.reviewer_says then null else u.name end,
       case when r.reviewer_says then '' else u.org_code end,
       case when c = 3 and d.status = 'CHANGES_REQUESTED' then 'Please complete the national sections before approval.'
            when c = 3 then 'Please revise the executive summary and add the missing annex.'
            else (array['Draft uploaded, comments welcome.', 'I added our national data in section 3.',
                        'Can we align the terminology with the glossary?', 'Looks good to me.',
                        'The annex still needs the figures from the survey.',
                        'Thank you, this version addresses our remarks.'])
                     [bench_int(:seed, 'c.text', d.id * 4 + c, 1, 6)] end,
       case when r.funder then 'FUNDER' else 'CONSORTIUM' end,
       case when c = 3 and d.status = 'CHANGES_REQUESTED' then d.t_end - interval '1 day'
            when c = 3 then d.t_dec
            else d.t0 + (d.t_end - d.t0) * bench_rand(:seed, 'c.at', d.id * 4 + c) end
from bench_d d
cross join generate_series(1, 3) c
cross join lateral (
    select (c = 3 and d.status = 'REVISION_REQUESTED') as reviewer_says,
           (c = 3 and d.status = 'REVISION_REQUESTED')
           or (c < 3 and d.delivered and bench_rand(:seed, 'c.fun', d.id * 4 + c) < 0.4) as funder,
           case when c < 3 then bench_rand(:seed, 'c.n', d.id * 4 + c)
                   < case when d.project_id = 1 then 0.9 when d.delivered then 0.6 else 0.35 end
                else d.status in ('CHANGES_REQUESTED', 'REVISION_REQUESTED') end as present,
           case when c = 3 or bench_rand(:seed, 'c.coord', d.id * 4 + c) < 0.4 then 1 else d.lead_pn end as pn
) r
join bench_pp h on h.id = d.part_base + r.pn
join bench_user u on u.org_id = h.org_id and u.k = bench_int(:seed, 'c.who', d.id * 4 + c, 1, 3)
where d.status <> 'PLANNED' and r.present;

-- Deliverable moves: ids d.id * 16 + step (1..5); uploads d.id * 16 + 5 + version (6..10).
insert into activity_entry (id, project_id, occurred_at, actor_username, actor_name, actor_organisation, action,
                            subject_type, subject_key, deliverable_code, before_values, after_values,
                            visible_to_funder)
select d.id * 16 + s.step, d.project_id,
       case when s.after_submit then d.t_dec
            when s.days_before is null then d.t0
            else d.t_end - s.days_before * interval '1 day' end,
       coalesce(u.username, d.reviewer), u.name, coalesce(u.org_code, ''),
       'DELIVERABLE_MOVED', 'DELIVERABLE', d.code, d.code,
       jsonb_build_object('status', s.from_status),
       jsonb_build_object('status', s.to_status),
       s.from_status in ('SUBMITTED', 'ACCEPTED', 'REVISION_REQUESTED')
           and s.to_status in ('SUBMITTED', 'ACCEPTED', 'REVISION_REQUESTED')
from bench_d d
join bench_path s on s.status = d.status
left join bench_pp h on s.actor <> 'REVIEWER'
                    and h.id = d.part_base + case when s.actor = 'COORDINATOR' then 1 else d.lead_pn end
left join bench_user u on u.org_id = h.org_id and u.k = 1;

insert into activity_entry (id, project_id, occurred_at, actor_username, actor_name, actor_organisation, action,
                            subject_type, subject_key, deliverable_code, before_values, after_values,
                            visible_to_funder)
select d.id * 16 + 5 + f.number, d.project_id, f.uploaded_at, f.uploader_username, f.uploader_name,
       f.uploader_organisation, 'DELIVERABLE_FILE_UPLOADED', 'DELIVERABLE', d.code, d.code, null,
       jsonb_build_object('number', f.number, 'originalName', f.original_name, 'sizeBytes', f.size_bytes,
                          'mediaType', f.media_type),
       false
from file_version f
join bench_d d on d.id = f.deliverable_id;

-- Project-level entries: ids above the deliverables' range, 64 per project.
select (coalesce(max(id), 0) + 1) * 16 as act_base from bench_d
\gset
insert into activity_entry (id, project_id, occurred_at, actor_username, actor_name, actor_organisation, action,
                            subject_type, subject_key, deliverable_code, before_values, after_values,
                            visible_to_funder)
select :act_base + (p.id - 1) * 64 + 1, p.id, bench_at(least(p.start_date, :'m0'::date - 20) - 40, 10), 'admin', 'Admin', '',
       'PROJECT_CREATED', 'PROJECT', p.acronym, null::varchar, null::jsonb,
       jsonb_build_object('acronym', p.acronym, 'startDate', p.start_date, 'endDate', p.end_date), true
from bench_p p
union all
select :act_base + (p.id - 1) * 64 + 1 + h.pn, p.id, bench_at(least(p.start_date, :'m0'::date - 20) - 39, 10) + h.pn * interval '1 minute',
       c.username, c.name, c.org_code, 'PARTNER_ADDED', 'PARTNER', h.code, null, null,
       jsonb_build_object('organisation', h.code, 'partnerNumber', h.pn), true
from bench_p p
join bench_pp h on h.project_id = p.id
join bench_pp hc on hc.id = p.part_base + 1
join bench_user c on c.org_id = hc.org_id and c.k = 1
union all
select :act_base + (p.id - 1) * 64 + 30, p.id, bench_at(least(p.start_date, :'m0'::date - 20) - 35, 11), c.username, c.name, c.org_code,
       'PLAN_IMPORTED', 'PLAN', p.acronym, null, null,
       jsonb_build_object('workPackages', p.nwp, 'deliverables', p.ndel, 'milestones', p.nms), true
from bench_p p
join bench_pp hc on hc.id = p.part_base + 1
join bench_user c on c.org_id = hc.org_id and c.k = 1
union all
select :act_base + (r.project_id - 1) * 64 + 40 + (r.id - (r.project_id - 1) * 4), r.project_id, r.assigned_at,
       'admin', 'Admin', '', 'REVIEWER_ASSIGNED', 'REVIEWER', r.username, null, null,
       jsonb_build_object('username', r.username), true
from reviewer_assignment r;

-- ---------------------------------------------------------------------------------------------
-- Finances (docs/finances.md): each project's grant terms and the EU categories; each beneficiary's budget
-- (A.1, B for a third of them, C.1, C.3) and planned effort (WP1 and one other work package); the statements
-- of the first two reporting periods that have ended: period 1 accepted (frozen: the statement's JSON as the
-- application reads it, and its SHA-256), period 2 submitted; a year of closed timesheets of the cast's
-- nexem-partner (countersigned by nexem-finance, both with the demo realm's fixed ids) on LEAD01..LEAD20.
-- ---------------------------------------------------------------------------------------------
insert into grant_terms (id, project_id, currency, funding_model, funding_rate, indirect_rate,
                         indirect_excludes_subcontracting, max_grant, details_shared, version)
select p.id, p.id, 'EUR', 'ACTUAL_COSTS',
       (array[80, 90, 100])[bench_int(:seed, 'g.rate', p.id, 1, 3)],
       case when bench_rand(:seed, 'g.indirect', p.id) < 0.5 then 7 else 25 end,
       true, null, false, 0
from bench_p p;

create temp table bench_category (k int primary key, code text, name text, kind text);
insert into bench_category values
    (1, 'A.1', 'Employees (or equivalent)', 'PERSONNEL'),
    (2, 'A.2', 'Natural persons under direct contract', 'PERSONNEL'),
    (3, 'A.3', 'Seconded persons', 'PERSONNEL'),
    (4, 'A.4', 'SME owners and natural person beneficiaries without a salary', 'PERSONNEL'),
    (5, 'B', 'Subcontracting', 'SUBCONTRACTING'),
    (6, 'C.1', 'Travel and subsistence', 'PURCHASE'),
    (7, 'C.2', 'Equipment', 'PURCHASE'),
    (8, 'C.3', 'Other goods, works and services', 'PURCHASE'),
    (9, 'D.1', 'Financial support to third parties', 'THIRD_PARTY_SUPPORT'),
    (10, 'D.2', 'Internally invoiced goods and services', 'OTHER');

insert into cost_category (id, project_id, code, name, kind, position)
select (p.id - 1) * 10 + c.k, p.id, c.code, c.name, c.kind, c.k - 1
from bench_p p cross join bench_category c;

-- The beneficiaries (coordinator and beneficiaries, not associated partners), with the two work packages
-- they plan effort on.
create temp table bench_b as
select pa.id, pa.project_id, pa.partner_number as pn, o.code,
       p.wp_base + 1 as wp_a,
       p.wp_base + 2 + bench_int(:seed, 'b.wp', pa.id, 0, p.nwp - 2) as wp_b
from participation pa
join organisation o on o.id = pa.organisation_id
join bench_p p on p.id = pa.project_id
where pa.role in ('COORDINATOR', 'BENEFICIARY');
alter table bench_b add primary key (id);

create temp table bench_budget as
select b.id as participation_id, b.project_id, c.k, c.code, c.name, c.kind,
       case c.k when 1 then bench_int(:seed, 'bl.a1', b.id, 60, 400) * 1000
                when 5 then bench_int(:seed, 'bl.b', b.id, 5, 30) * 1000
                when 6 then bench_int(:seed, 'bl.c1', b.id, 10, 50) * 1000
                else bench_int(:seed, 'bl.c3', b.id, 5, 40) * 1000 end::numeric(14, 2) as amount
from bench_b b
cross join bench_category c
where c.k in (1, 6, 8) or (c.k = 5 and bench_rand(:seed, 'bl.hasb', b.id) < 0.33);

insert into budget_line (id, project_id, participation_id, category_id, amount)
select (bl.participation_id - 1) * 10 + bl.k, bl.project_id, bl.participation_id,
       (bl.project_id - 1) * 10 + bl.k, bl.amount
from bench_budget bl;

insert into planned_effort (id, project_id, participation_id, work_package_id, person_months)
select (b.id - 1) * 2 + j, b.project_id, b.id, case j when 1 then b.wp_a else b.wp_b end,
       bench_int(:seed, 'pe.pm', (b.id - 1) * 2 + j, 4, 60) / 2.0
from bench_b b cross join generate_series(1, 2) j;

-- Statements of periods 1 and 2, where the period has ended.
create temp table bench_s as
select (b.id - 1) * 2 + rp.number as id, b.id as participation_id, b.project_id, b.code, b.pn, b.wp_a, b.wp_b,
       rp.id as period_id, rp.number as period, p.acronym,
       (p.start_date + make_interval(months => rp.start_month - 1))::date as period_start,
       (p.start_date + make_interval(months => rp.end_month) - interval '1 day')::date as period_end,
       rp.end_month - rp.start_month + 1 as months, p.dur,
       case when rp.number = 1 and bench_rand(:seed, 's.late', b.id) >= 0.15
                 and (p.start_date + make_interval(months => rp.end_month) - interval '1 day')::date
                     < :'m0'::date - 64
            then 'ACCEPTED' else 'SUBMITTED' end as status,
       cu.username as coordinator
from bench_b b
join bench_p p on p.id = b.project_id
join participation c on c.project_id = b.project_id and c.partner_number = 1
join bench_user cu on cu.org_id = c.organisation_id and cu.k = 1
join reporting_period rp on rp.project_id = b.project_id and rp.number <= 2
where (p.start_date + make_interval(months => rp.end_month) - interval '1 day')::date < :'m0'::date;
alter table bench_s add primary key (id);

insert into financial_statement (id, project_id, participation_id, period_id, status, explanation, submitted_at,
                                 submitted_by, version)
select s.id, s.project_id, s.participation_id, s.period_id, 'SUBMITTED',
       'Use of resources of ' || s.code || ' in period ' || s.period || ' of ' || s.acronym
           || ': the work planned for the period was carried out with the staff and travel budgeted.',
       bench_at(least(s.period_end + bench_int(:seed, 's.sub', s.id, 10, 50), :'m0'::date - 1), 10),
       (select u.username from bench_user u join participation pa on pa.organisation_id = u.org_id
        where pa.id = s.participation_id and u.k = 1), 0
from bench_s s;

-- Costs: the budget's share of the period's months, 60 % to 120 % of it.
insert into statement_cost (id, statement_id, category_code, amount, justification)
select (s.id - 1) * 10 + bl.k, s.id, bl.code,
       round((bl.amount * s.months / s.dur
              * (0.6 + 0.6 * bench_rand(:seed, 'sc.amount', (s.id - 1) * 10 + bl.k))::numeric), 2),
       case when bl.k = 5 then 'Translation and interpretation of the period''s events' end
from bench_s s
join bench_budget bl on bl.participation_id = s.participation_id;

-- Purchases over 15 % of the personnel costs are justified one by one (StatementRules), as the application
-- requires before a submission.
update statement_cost c
set justification = 'Travel to the period''s trainings and events abroad'
from (select statement_id, sum(amount) as personnel from statement_cost where category_code like 'A.%'
      group by statement_id) x
where x.statement_id = c.statement_id and c.category_code like 'C.%' and c.amount > 0.15 * x.personnel;

insert into statement_effort (id, statement_id, work_package_id, person_months, typed, reason)
select (s.id - 1) * 2 + j, s.id, case j when 1 then s.wp_a else s.wp_b end,
       bench_int(:seed, 'se.pm', (s.id - 1) * 2 + j, 1, 24) / 4.0, true,
       'Time recorded in the payroll system'
from bench_s s cross join generate_series(1, 2) j;

-- Period 1's statements accepted: their content as StatementView reads it, and the SHA-256 of that text
-- (jsonb's key order, not the application's canonical one: nothing re-derives the hash from the figures).
alter table bench_budget add primary key (participation_id, k);

create temp table bench_frozen_costs as
select c.statement_id,
       jsonb_agg(jsonb_build_object(
           'category', bl.code, 'name', bl.name, 'kind', bl.kind, 'amount', c.amount, 'budget', bl.amount,
           'justificationNeeded', c.justification is not null, 'justification', c.justification) order by bl.k)
           as costs,
       sum(c.amount) as direct,
       sum(c.amount) filter (where bl.kind <> 'SUBCONTRACTING') as base
from bench_s s
join statement_cost c on c.statement_id = s.id
join bench_budget bl on bl.participation_id = s.participation_id and bl.code = c.category_code
where s.status = 'ACCEPTED'
group by c.statement_id;
alter table bench_frozen_costs add primary key (statement_id);

create temp table bench_frozen_effort as
select e.statement_id,
       jsonb_agg(jsonb_build_object(
           'workPackage', 'WP' || w.number, 'title', w.title, 'personMonths', e.person_months,
           'fromTimesheets', 0.00, 'typed', true, 'reason', e.reason, 'planned', pe.person_months)
           order by w.number) as effort,
       sum(e.person_months) as person_months
from bench_s s
join statement_effort e on e.statement_id = s.id
join work_package w on w.id = e.work_package_id
join planned_effort pe on pe.participation_id = s.participation_id and pe.work_package_id = e.work_package_id
where s.status = 'ACCEPTED'
group by e.statement_id;
alter table bench_frozen_effort add primary key (statement_id);

create temp table bench_frozen as
select x.id, x.content, encode(sha256(convert_to(x.content, 'UTF8')), 'hex') as sha256, x.submitted_at
from (select s.id, fs.submitted_at,
             jsonb_build_object(
                 'project', s.acronym, 'period', s.period,
                 'periodStart', s.period_start, 'periodEnd', s.period_end,
                 'beneficiary', s.code, 'partnerNumber', s.pn, 'status', 'ACCEPTED', 'currency', 'EUR',
                 'costs', fc.costs, 'lumpSum', false, 'shares', '[]'::jsonb,
                 'figures', jsonb_build_object(
                     'direct', fc.direct, 'indirect', f.indirect, 'eligible', fc.direct + f.indirect,
                     'requested', round((fc.direct + f.indirect) * g.funding_rate / 100, 2)),
                 'effort', fe.effort, 'personMonths', fe.person_months,
                 'explanation', fs.explanation, 'returnedComment', null,
                 'submittedAt', to_char(fs.submitted_at, 'YYYY-MM-DD"T"HH24:MI:SS"Z"'),
                 'submittedBy', fs.submitted_by,
                 'decidedAt', to_char(fs.submitted_at + interval '14 days', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'),
                 'decidedBy', s.coordinator,
                 'contentSha256', null,
                 'actions', jsonb_build_object('edit', false, 'submit', false, 'decide', false),
                 'version', 0)::text as content
      from bench_s s
      join financial_statement fs on fs.id = s.id
      join grant_terms g on g.project_id = s.project_id
      join bench_frozen_costs fc on fc.statement_id = s.id
      join bench_frozen_effort fe on fe.statement_id = s.id
      cross join lateral (select round(fc.base * g.indirect_rate / 100, 2) as indirect) f
      where s.status = 'ACCEPTED') x;

update financial_statement fs
set status = 'ACCEPTED', content = f.content, content_sha256 = f.sha256,
    decided_at = f.submitted_at + interval '14 days',
    decided_by = s.coordinator
from bench_frozen f, bench_s s
where fs.id = f.id and s.id = f.id;

-- nexem-partner's year of timesheets, closed by nexem-finance (subjects as in keycloak-realm.json).
select coalesce(max(id), 0) + 1 as nexem_person from person
\gset
insert into person (id, subject, username, name, email, organisations, first_seen, version, roles, language,
                    muted_kinds)
values (:nexem_person, '4e1b8f52-6a3d-4c1e-9f0a-000000000101', 'nexem-partner', 'Nexem Partner',
        'nexem-partner@nexem.example.org', 'NEXEM', bench_at(:'m0'::date - 400, 9), 0, 'partner', null, ''),
       (:nexem_person + 1, '4e1b8f52-6a3d-4c1e-9f0a-000000000102', 'nexem-finance', 'Nexem Finance',
        'nexem-finance@nexem.example.org', 'NEXEM', bench_at(:'m0'::date - 400, 9), 0, 'partner,finance', null, '');

-- Entries go in while a month is open (the trigger keeps a signed one); the months are then closed.
insert into timesheet (id, person_id, organisation_id, month, status, version)
select m, :nexem_person, o.id, (:'m0'::date - make_interval(months => m))::date, 'OPEN', 0
from generate_series(1, 12) m, organisation o
where o.code = 'NEXEM';
insert into timesheet_entry (id, timesheet_id, work_package_id, hours, description)
select (t.id - 1) * 20 + l, t.id, p.wp_base + 1, 6,
       'Coordination and reporting of ' || p.acronym || ' for NEXEM'
from timesheet t
cross join generate_series(1, 20) l
join bench_p p on p.id = l
where t.person_id = :nexem_person;
update timesheet
set status = 'CLOSED', signed_at = bench_at((month + interval '1 month')::date, 9),
    supervisor_id = :nexem_person + 1, countersigned_at = bench_at((month + interval '1 month')::date + 2, 11),
    productive_hours = 1720
where person_id = :nexem_person;

insert into meeting (id, project_id, work_package_id, code, title, kind, event_id, version)
select (m.project_id - 1) * 3 + m.k, m.project_id, m.wp_id,
       case when m.k = 1 then 'SC1' else 'PM' || (m.k - 1) end,
       case when m.k = 1 then 'Steering committee – project launch' else 'Partner meeting ' || (m.k - 1) end,
       case when m.k = 1 then 'STEERING_COMMITTEE' else 'PARTNER_MEETING' end,
       m.event_id, 0
from bench_mt m;

-- ---------------------------------------------------------------------------------------------
-- Sequences past every id (Hibernate pooled optimiser, increment 50), statistics.
-- ---------------------------------------------------------------------------------------------
select setval('organisation_seq', (select coalesce(max(id), 0) from organisation) + 100),
       setval('project_seq', (select coalesce(max(id), 0) from project) + 100),
       setval('participation_seq', (select coalesce(max(id), 0) from participation) + 100),
       setval('work_package_seq', (select coalesce(max(id), 0) from work_package) + 100),
       setval('deliverable_seq', (select coalesce(max(id), 0) from deliverable) + 100),
       setval('event_seq', (select coalesce(max(id), 0) from event) + 100),
       setval('participant_seq', (select coalesce(max(id), 0) from participant) + 100),
       setval('meeting_seq', (select coalesce(max(id), 0) from meeting) + 100),
       setval('milestone_seq', (select coalesce(max(id), 0) from milestone) + 100),
       setval('reporting_period_seq', (select coalesce(max(id), 0) from reporting_period) + 100),
       setval('person_seq', (select coalesce(max(id), 0) from person) + 100),
       setval('reviewer_assignment_seq', (select coalesce(max(id), 0) from reviewer_assignment) + 100),
       setval('activity_entry_seq', (select coalesce(max(id), 0) from activity_entry) + 100),
       setval('comment_seq', (select coalesce(max(id), 0) from comment) + 100),
       setval('file_version_seq', (select coalesce(max(id), 0) from file_version) + 100),
       setval('calendar_feed_seq', (select coalesce(max(id), 0) from calendar_feed) + 100),
       setval('notification_seq', (select coalesce(max(id), 0) from notification) + 100),
       setval('report_seq', (select coalesce(max(id), 0) from report) + 100),
       setval('report_section_seq', (select coalesce(max(id), 0) from report_section) + 100),
       setval('report_comment_seq', (select coalesce(max(id), 0) from report_comment) + 100),
       setval('risk_seq', (select coalesce(max(id), 0) from risk) + 100),
       setval('grant_terms_seq', (select coalesce(max(id), 0) from grant_terms) + 100),
       setval('cost_category_seq', (select coalesce(max(id), 0) from cost_category) + 100),
       setval('budget_line_seq', (select coalesce(max(id), 0) from budget_line) + 100),
       setval('planned_effort_seq', (select coalesce(max(id), 0) from planned_effort) + 100),
       setval('financial_statement_seq', (select coalesce(max(id), 0) from financial_statement) + 100),
       setval('statement_cost_seq', (select coalesce(max(id), 0) from statement_cost) + 100),
       setval('statement_effort_seq', (select coalesce(max(id), 0) from statement_effort) + 100),
       setval('timesheet_seq', (select coalesce(max(id), 0) from timesheet) + 100),
       setval('timesheet_entry_seq', (select coalesce(max(id), 0) from timesheet_entry) + 100)
\g /dev/null

analyze;

select 'organisation' as "table", count(*) as "rows" from organisation
union all select 'project', count(*) from project
union all select 'participation', count(*) from participation
union all select 'work_package', count(*) from work_package
union all select 'deliverable', count(*) from deliverable
union all select 'deliverable_contributor', count(*) from deliverable_contributor
union all select 'deliverable_dependency', count(*) from deliverable_dependency
union all select 'milestone', count(*) from milestone
union all select 'reporting_period', count(*) from reporting_period
union all select 'risk', count(*) from risk
union all select 'reviewer_assignment', count(*) from reviewer_assignment
union all select 'person', count(*) from person
union all select 'file_version', count(*) from file_version
union all select 'comment', count(*) from comment
union all select 'activity_entry', count(*) from activity_entry
union all select 'budget_line', count(*) from budget_line
union all select 'planned_effort', count(*) from planned_effort
union all select 'financial_statement', count(*) from financial_statement
union all select 'statement_cost', count(*) from statement_cost
union all select 'statement_effort', count(*) from statement_effort
union all select 'event', count(*) from event
union all select 'event_host', count(*) from event_host
union all select 'participant', count(*) from participant
union all select 'meeting', count(*) from meeting
union all select 'timesheet', count(*) from timesheet
union all select 'timesheet_entry', count(*) from timesheet_entry
union all select 'bench_blob', count(*) from bench_blob;
