-- Parameter sweeps run as jobs: one row each, the job (with every combination's figures once done)
-- as the JSON the API answers with.
create table trading_sweep (
    id          varchar(36)              primary key,
    status      varchar(12)              not null,
    created_at  timestamp with time zone not null,
    job_json    text                     not null
);

create index trading_sweep_created_idx on trading_sweep (created_at desc);
