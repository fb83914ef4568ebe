-- The public offer finder (issue 17): an organisation's consent to be listed publicly, an offer's weekdays, its short
-- descriptions per language of the finder, and its approval for the finder against the decree's checklist (who,
-- when, every criterion). Audited like the rest of both (Envers): the audit tables get the same columns.
alter table organisation add column public_listing boolean default false not null;
alter table organisation add column public_listing_by varchar(100);
alter table organisation add column public_listing_at timestamp;
alter table organisation_aud add column public_listing boolean;
alter table organisation_aud add column public_listing_by varchar(100);
alter table organisation_aud add column public_listing_at timestamp;

-- "mon,wed": the codes in week order
alter table offer add column weekdays varchar(27);
alter table offer add column summary_nl varchar(300);
alter table offer add column summary_en varchar(300);
alter table offer add column summary_fr varchar(300);
alter table offer add column summary_ar varchar(300);
alter table offer add column summary_uk varchar(300);
alter table offer add column summary_tr varchar(300);
alter table offer add column summary_fa varchar(300);
alter table offer add column approved_by varchar(100);
alter table offer add column approved_at timestamp;
alter table offer add column approval_dutch_setting boolean;
alter table offer add column approval_new_contacts boolean;
alter table offer add column approval_group_or_duo boolean;
alter table offer add column approval_hours integer;

alter table offer_aud add column weekdays varchar(27);
alter table offer_aud add column summary_nl varchar(300);
alter table offer_aud add column summary_en varchar(300);
alter table offer_aud add column summary_fr varchar(300);
alter table offer_aud add column summary_ar varchar(300);
alter table offer_aud add column summary_uk varchar(300);
alter table offer_aud add column summary_tr varchar(300);
alter table offer_aud add column summary_fa varchar(300);
alter table offer_aud add column approved_by varchar(100);
alter table offer_aud add column approved_at timestamp;
alter table offer_aud add column approval_dutch_setting boolean;
alter table offer_aud add column approval_new_contacts boolean;
alter table offer_aud add column approval_group_or_duo boolean;
alter table offer_aud add column approval_hours integer;

-- The finder reads only approved offers: the approved ones per municipality (the municipality and "near" filters)
-- in the finder's order, the folded title. Unapproved rows carry null and sort together at one end.
create index ix_offer_approved on offer (approved_at, municipality_nis, title_search);
create index ix_offer_public_municipality on offer (municipality_nis, approved_at);
