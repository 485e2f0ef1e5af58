-- An administrator's lock, kept apart from the lock after failed sign-ins (locked_until): it
-- has no end, survives a password reset and is lifted only by an administrator. locked_by is
-- the administrator's account id.
alter table identity_user add column locked_at timestamp with time zone;
alter table identity_user add column locked_by varchar(36);

-- Sessions signed in at or before this instant end at their next request, on every node:
-- force sign-out, a lock, a role change and a password reset move it forward.
alter table identity_user add column sessions_valid_after timestamp with time zone;
