-- The advisor's market briefs, written every sage.advisor.brief.interval over the tracked assets,
-- one row per language. slot is the start of the interval the brief was written for: unique with
-- the language, so that when several nodes run the schedule the first insert of a slot wins and
-- the others fail and write nothing. facts_json and citations_json are the facts the brief was
-- written from and where each of its numbers comes from, as the API returns them; symbols lists
-- the assets it covers as ",BTC-USD,SPY," so that a brief of one asset is found with like.
create table advisor_brief (
    id              varchar(36)              not null primary key,
    slot            timestamp with time zone not null,
    written_at      timestamp with time zone not null,
    language        varchar(8)               not null,
    headline        varchar(500)             not null,
    text            text                     not null,
    facts_json      text                     not null,
    citations_json  text                     not null,
    symbols         varchar(1000)            not null,
    unique (slot, language)
);

create index advisor_brief_newest_idx on advisor_brief (written_at desc);
