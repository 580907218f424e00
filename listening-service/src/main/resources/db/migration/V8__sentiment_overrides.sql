-- A programme's say on phrases the lexicon gets wrong for it: 0 neutralises, any other valence re-weights.
create table sentiment_override (
    id         uuid primary key,
    programme  text             not null,
    phrase     text             not null,
    valence    double precision not null check (valence between -4 and 4),
    updated_at timestamptz      not null,
    updated_by text             not null,
    unique (programme, phrase)
);
