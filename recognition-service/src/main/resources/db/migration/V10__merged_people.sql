-- advocate-service may find that two profiles are one person and merge them (reversibly). A merged-away (absorbed)
-- profile's facts count for the profile it was merged into, badges are held once by the person whichever of their
-- ids earned them, and what still arrives for the absorbed id counts for the survivor until the merge is undone.
create table merged_person (
    absorbed_id uuid primary key,
    survivor_id uuid        not null,
    merge_id    uuid        not null unique,
    merged_at   timestamptz not null
);

create index merged_person_survivor on merged_person (survivor_id);

-- The absorbed profile a fact was moved from by a merge, so an unmerge gives it back; null for a fact of the profile.
alter table advocate_fact add column merged_from uuid;
