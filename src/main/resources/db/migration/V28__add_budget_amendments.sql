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
        then previous_budget is not null and proposed_budget is not null and previous_due_date is null
             and proposed_due_month is null and proposed_fixed_date is null and proposed_due_date is null
        else previous_budget is null and proposed_budget is null and previous_due_date is not null
             and proposed_due_month is not null and proposed_due_date is not null
    end);
