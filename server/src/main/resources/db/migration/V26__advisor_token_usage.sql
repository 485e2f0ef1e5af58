-- The tokens a language model spent on each answer, per user: what the monthly budget of the user's
-- tier is counted against (sage.advisor.model.monthly-tokens.*). estimated is true when the model's
-- server reported nothing and the count was estimated from the text.
create table advisor_token_usage (
    id                 varchar(36)              not null primary key,
    owner_id           varchar(36)              not null,
    message_id         varchar(36)              not null,
    model              varchar(120)             not null,
    prompt_tokens      integer                  not null,
    completion_tokens  integer                  not null,
    estimated          boolean                  not null,
    used_at            timestamp with time zone not null
);

create index advisor_token_usage_owner_idx on advisor_token_usage (owner_id, used_at);
