-- A sign-in ticket is bound to the browser it was issued to (docs/adr/0021, "Login CSRF"): the OIDC module sets a
-- random binding in a cookie beside the ticket, and the exchange needs both. Only the binding's SHA-256 is kept.
-- Tickets live 60 seconds: one of a sign-in under way during the upgrade is dropped, and that person signs in again.
delete from oidc_ticket;
alter table oidc_ticket add column binding_hash varchar(64) not null;
