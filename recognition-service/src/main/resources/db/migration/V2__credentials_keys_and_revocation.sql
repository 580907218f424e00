-- Open Badges 3.0 credentials: each award is issued once as a signed VC-JWT, with keys kept per programme.

-- The programme's signing keys. Exactly one is active (retired_at is null); retired ones stay so that credentials
-- they signed still verify against the published JWKS. The private JWK never leaves this table.
create table signing_key (
    kid         text primary key,
    programme   text        not null,
    public_jwk  text        not null,
    private_jwk text        not null,
    created_at  timestamptz not null,
    retired_at  timestamptz
);

create unique index signing_key_one_active on signing_key (programme) where retired_at is null;

-- The credential issued for an award, signed once and served as signed, so a key rotation never changes it.
create table issued_credential (
    award_id  uuid primary key references award (id),
    kid       text        not null references signing_key (kid),
    jwt       text        not null,
    issued_at timestamptz not null
);

-- How long a badge stays valid once awarded; null: it does not expire.
alter table badge_definition add column valid_days integer check (valid_days > 0);

-- An award revoked, with why.
alter table award add column revoked_at timestamptz;
alter table award add column revocation_reason text;
alter table award add constraint award_revocation_has_reason check (
    (revoked_at is null and revocation_reason is null) or (revoked_at is not null and revocation_reason is not null));
