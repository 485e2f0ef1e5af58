-- What a user set of their advisor profile, over what the advisor infers from their questions
-- (the inference itself is not stored: it is read again from the questions, so that deleting a
-- chat takes what it said out of the profile). A null column is inferred; assets is the
-- comma-separated symbols the user chose to follow.
create table advisor_profile (
    owner_id    varchar(36)              not null primary key,
    experience  varchar(16),
    tolerance   varchar(16),
    assets      text,
    updated_at  timestamp with time zone not null
);
