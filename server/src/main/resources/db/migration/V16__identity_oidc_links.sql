-- Sign-in with an OpenID Connect provider (Google, or any provider configured under sage.identity.oidc):
-- which provider account signs in to which Sage account. The provider's subject (its stable id of the person)
-- is personal data, so it is kept only as a blind index, HMAC-SHA256 with the email index's key over
-- "<provider>:<subject>": enough to find the link, never readable back.
create table identity_oidc_link (
    provider       varchar(64)              not null,
    subject_index  varchar(64)              not null,
    user_id        varchar(36)              not null references identity_user (id) on delete cascade,
    created_at     timestamp with time zone not null,
    primary key (provider, subject_index)
);

create index identity_oidc_link_user_idx on identity_oidc_link (user_id);
