-- The language of each mention, whether its sentiment was scored, and the languages a query version applies to.
alter table mention
    add column language            text    not null default 'und',
    add column sentiment_supported boolean not null default true;

alter table listening_query_version add column languages text;
