-- Budget amendments (docs/finances.md, "Budget amendments"): once a project is under way its budget changes only by an
-- amendment, as its contractual dates do. A budget amendment carries no dates: it carries the budget as it stood when
-- requested and the one proposed, each as the canonical JSON of a plan document's budget; an approval writes the
-- proposed one. Either kind of amendment holds what it changes, and nothing of the other kind.
alter table amendment
    alter column previous_due_date drop not null,
    alter column proposed_due_month drop not null,
    alter column proposed_due_date drop not null,
    add column previous_budget text,
    add column proposed_budget text;

alter table amendment drop constraint amendment_item_type;
alter table amendment add constraint amendment_item_type check (item_type in ('DELIVERABLE', 'MILESTONE', 'BUDGET'));
alter table amendment add constraint amendment_proposal check (
    case when item_type = 'BUDGET'
        then item_code = 'budget' and previous_budget is not null and proposed_budget is not null and previous_due_date is null
             and proposed_due_month is null and proposed_fixed_date is null and proposed_due_date is null
        else previous_budget is null and proposed_budget is null and previous_due_date is not null
             and proposed_due_month is not null and proposed_due_date is not null
    end);

-- What was requested is on the record from the start (the funder reads it): only the decision is written later.
create or replace function amendment_kept() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' or old.status <> 'REQUESTED' then
        raise exception 'amendment % of project % is on the record: it is neither deleted nor changed once decided',
            old.number, old.project_id;
    end if;
    if (new.project_id, new.number, new.item_type, new.item_code, new.reason, new.previous_due_date,
        new.proposed_due_month, new.proposed_fixed_date, new.proposed_due_date, new.previous_budget,
        new.proposed_budget, new.requested_at, new.requested_by)
       is distinct from
       (old.project_id, old.number, old.item_type, old.item_code, old.reason, old.previous_due_date,
        old.proposed_due_month, old.proposed_fixed_date, old.proposed_due_date, old.previous_budget,
        old.proposed_budget, old.requested_at, old.requested_by) then
        raise exception 'amendment % of project % is on the record as requested: only its decision is written',
            old.number, old.project_id;
    end if;
    return new;
end $$;
