-- PostgreSQL only (Flyway location db/vendor/{vendor}): audit_log is append-only for everyone.
-- REVOKE alone is weak: the application usually connects as the table's owner, and an owner
-- can grant itself the privileges back. The trigger refuses UPDATE, DELETE and TRUNCATE for
-- every role, the owner and superusers included; only the owner can switch it off
-- (ALTER TABLE ... DISABLE TRIGGER), which leaves the hash chain to tell.
-- Repeatable and idempotent: Flyway runs it again only when this file changes.

revoke update, delete, truncate on audit_log from public;
revoke update, delete, truncate on audit_log from current_user;

create or replace function audit_log_refuse_change() returns trigger
language plpgsql as $$
begin
    raise exception 'audit_log is append-only: % refused', tg_op
        using errcode = 'insufficient_privilege';
end
$$;

drop trigger if exists audit_log_append_only on audit_log;
create trigger audit_log_append_only
    before update or delete on audit_log
    for each row execute function audit_log_refuse_change();

drop trigger if exists audit_log_no_truncate on audit_log;
create trigger audit_log_no_truncate
    before truncate on audit_log
    for each statement execute function audit_log_refuse_change();
