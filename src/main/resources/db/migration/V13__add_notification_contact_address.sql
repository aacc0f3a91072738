-- A partner's contact address (Participation.contact_email) is told of its organisation's deadlines even
-- when nobody behind it has signed in: such a notice is a mail only, to an address instead of a person.
alter table notification alter column person_id drop not null;
alter table notification add column recipient_email varchar(255);
alter table notification add constraint notification_has_recipient
    check (person_id is not null or recipient_email is not null);
