-- Disclosure text: what an advocate attaches to content they produce while rewarded. A reward carries it, and each grant
-- keeps the text in force when it was offered, so a later edit of the reward never changes what was disclosed.
alter table reward add column disclosure text;
alter table reward_grant add column disclosure text;

update reward set disclosure = 'I received ' || name || ' from this brand''s advocacy programme. I was not paid, and my'
    || ' opinions are my own.' where disclosure is null;
update reward_grant g set disclosure = r.disclosure from reward r where g.reward_id = r.id and g.disclosure is null;

alter table reward alter column disclosure set not null;
alter table reward_grant alter column disclosure set not null;
