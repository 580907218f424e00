-- Every ingestion transaction adds to today's counts. One row per (day, outcome) made that row's lock a queue that
-- every ingestion waited in until the previous one committed (issue 9's profile: 254 of 400 sampled listening
-- sessions waited on it at 100 mentions/s). Counts are now spread over shards and summed when read.
alter table mention_tally add column shard smallint not null default 0;
alter table mention_tally drop constraint mention_tally_pkey;
alter table mention_tally add primary key (day, outcome, shard);
