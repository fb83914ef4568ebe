-- The limit per address made exact under a parallel burst: each attempt of an address takes one of the hour's numbered
-- places (1 .. the limit), and the unique key lets two attempts that take the same place at the same moment be one.
-- Attempts live at most an hour; those counted so far are dropped rather than numbered.
delete from participation_attempt;
alter table participation_attempt add column slot integer not null;
create unique index ux_participation_attempt_slot on participation_attempt (address_hash, slot);
