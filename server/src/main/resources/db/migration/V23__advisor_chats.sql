-- The advisor's chats. A user's message is committed before any answer is written; the answer
-- is one row per turn (unique chat_id, turn_id, role), written as it streams (STREAMING), then
-- COMPLETE, or INTERRUPTED with the part that was written: a retry of the same turn never makes a
-- second answer. facts_json and citations_json are the facts the answer was built from and where
-- each of its numbers comes from, as the API returns them.
create table advisor_chat (
    id          varchar(36)              not null primary key,
    owner_id    varchar(36)              not null,
    title       varchar(120)             not null,
    created_at  timestamp with time zone not null,
    updated_at  timestamp with time zone not null
);

create index advisor_chat_owner_idx on advisor_chat (owner_id, updated_at);

create table advisor_message (
    id              varchar(36)              not null primary key,
    chat_id         varchar(36)              not null references advisor_chat (id) on delete cascade,
    turn_id         varchar(64)              not null,
    role            varchar(16)              not null,
    status          varchar(16)              not null,
    content         text                     not null,
    mode            varchar(16),
    language        varchar(8),
    facts_json      text,
    citations_json  text,
    sequence        integer                  not null,
    created_at      timestamp with time zone not null,
    updated_at      timestamp with time zone not null,
    unique (chat_id, turn_id, role)
);

create index advisor_message_chat_idx on advisor_message (chat_id, sequence);
