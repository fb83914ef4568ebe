-- Issue 14: a confirmation link goes to the offer's contact person by e-mail, and a reminder follows after 7 days
-- when hours are still pending on the placement.
alter table confirmation_link add column emailed_to varchar(254);
-- when the reminder for this link was claimed (one node sends it: a conditional update of this column)
alter table confirmation_link add column reminded_at timestamp;
-- the link this one replaced as a reminder; a reminder is not reminded again
alter table confirmation_link add column reminder_of bigint references confirmation_link (id);
create index ix_confirmation_link_reminder on confirmation_link (reminded_at, created_at);
