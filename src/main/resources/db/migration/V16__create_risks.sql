-- A project's risk register: what might go wrong, how likely and how bad, what is done about it, which
-- partner owns it. Risks are numbered 1, 2, 3… per project (shown as R1, R2…).
create sequence risk_seq start with 1 increment by 50;

create table risk (
    id             bigint        primary key,
    project_id     bigint        not null references project (id),
    number         integer       not null,
    description    varchar(2000) not null,
    likelihood     varchar(16)   not null,
    impact         varchar(16)   not null,
    mitigation     varchar(4000),
    owner_id       bigint        references participation (id),
    status         varchar(16)   not null,
    identified_on  date          not null,
    closed_on      date,
    version        bigint        not null default 0,
    -- Its index serves every query: the register by number, one risk by number, the risks of a
    -- reporting period (a register holds tens of risks, filtered by date within the project).
    constraint risk_number_unique unique (project_id, number),
    constraint risk_number check (number >= 1),
    constraint risk_levels check (likelihood in ('LOW', 'MEDIUM', 'HIGH') and impact in ('LOW', 'MEDIUM', 'HIGH')),
    constraint risk_status check (status in ('OPEN', 'MITIGATED', 'CLOSED')),
    -- closed on a day, not before it was identified, exactly when its status is CLOSED
    constraint risk_closed_on check (case when status = 'CLOSED'
                                          then closed_on is not null and closed_on >= identified_on
                                          else closed_on is null end)
);
-- Removing a partner looks for the risks it owns.
create index risk_owner on risk (owner_id);
