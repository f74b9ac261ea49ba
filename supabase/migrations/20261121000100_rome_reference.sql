-- ROME 4.0 (France Travail, Licence Ouverte) reference tables. Public read,
-- no write for anyone but the loader (scripts/rome/load.ts, run with the
-- database owner's connection, locally and on a hosted project alike).

create table public.rome_occupations (
  code text primary key check (code ~ '^[A-N][0-9]{4}$'),
  label text not null,
  domain_code text not null generated always as (left(code, 3)) stored
);
alter table public.rome_occupations enable row level security;
create policy "ROME occupations are public" on public.rome_occupations for select to anon, authenticated using (true);

create table public.rome_job_titles (
  code text primary key,
  label text not null,
  short_label text not null,
  occupation_code text not null references public.rome_occupations (code),
  is_main boolean not null default false,
  rarely_used boolean not null default false,
  -- Lower-case, accent-free form the autocomplete searches (see scripts/rome/normalize.ts).
  search_text text not null
);
alter table public.rome_job_titles enable row level security;
create policy "ROME job titles are public" on public.rome_job_titles for select to anon, authenticated using (true);
create index rome_job_titles_occupation_code_idx on public.rome_job_titles (occupation_code);
create index rome_job_titles_search_trgm_idx on public.rome_job_titles using gin (search_text extensions.gin_trgm_ops);

create table public.rome_mobilities (
  from_code text not null references public.rome_occupations (code),
  to_code text not null references public.rome_occupations (code),
  rank smallint not null,
  primary key (from_code, to_code)
);
alter table public.rome_mobilities enable row level security;
create policy "ROME mobilities are public" on public.rome_mobilities for select to anon, authenticated using (true);
create index rome_mobilities_to_code_idx on public.rome_mobilities (to_code);

-- Which ROME export is loaded, so the loader can skip work already done.
create table public.rome_releases (
  version text primary key,
  loaded_at timestamptz not null default now()
);
alter table public.rome_releases enable row level security;
create policy "ROME releases are public" on public.rome_releases for select to anon, authenticated using (true);

revoke insert, update, delete, truncate on public.rome_occupations, public.rome_job_titles, public.rome_mobilities, public.rome_releases from anon, authenticated, service_role;
