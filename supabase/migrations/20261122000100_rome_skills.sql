-- ROME 4.0 skills per occupation (savoir-faire, savoir-être professionnels,
-- savoirs) and each occupation's « définition » and « accès au métier » texts,
-- for the offline AI engine and the Trajectory Builder. Same rules as the
-- other ROME tables (20261121000100_rome_reference.sql): public read, written
-- only by the loader (scripts/rome/load.ts) with the owner's connection.

create table public.rome_skills (
  code text primary key,
  label text not null,
  kind text not null check (kind in ('savoir_faire', 'savoir_etre', 'savoir')),
  -- Savoir-faire and savoir-être: 'Technique', 'Technique expert' or 'Transverse'
  -- (transferable); savoirs: e.g. 'Certifications et habilitations'.
  category text not null,
  -- Savoirs only, e.g. 'Logiciels, progiciels'.
  subcategory text,
  -- The macro-compétence a savoir-faire details (itself a row here), the
  -- closest grouping to the fiche's « enjeux » the open data has.
  macro_skill_code text references public.rome_skills (code)
);
alter table public.rome_skills enable row level security;
create policy "ROME skills are public" on public.rome_skills for select to anon, authenticated using (true);
create index rome_skills_macro_skill_code_idx on public.rome_skills (macro_skill_code);

create table public.rome_occupation_skills (
  occupation_code text not null references public.rome_occupations (code),
  skill_code text not null references public.rome_skills (code),
  -- ROME's « cœur de métier » (coeur_metier = 'Principale').
  is_core boolean not null default false,
  -- Skills ROME flags as emerging in the occupation (coeur_metier = 'Émergente').
  is_emerging boolean not null default false,
  primary key (occupation_code, skill_code),
  check (not (is_core and is_emerging))
);
alter table public.rome_occupation_skills enable row level security;
create policy "ROME occupation skills are public" on public.rome_occupation_skills for select to anon, authenticated using (true);
create index rome_occupation_skills_skill_code_idx on public.rome_occupation_skills (skill_code);

-- One sentence per line, in the fiche's order; null when the release has none.
create table public.rome_occupation_texts (
  occupation_code text primary key references public.rome_occupations (code),
  definition text,
  access text
);
alter table public.rome_occupation_texts enable row level security;
create policy "ROME occupation texts are public" on public.rome_occupation_texts for select to anon, authenticated using (true);

-- Databases loaded before these tables existed have the release recorded with
-- empty skill tables; the loader compares this number with its own and loads
-- what is missing. Rows written by an older loader are format 1.
alter table public.rome_releases add column data_format smallint not null default 1;

revoke insert, update, delete, truncate on public.rome_skills, public.rome_occupation_skills, public.rome_occupation_texts from anon, authenticated, service_role;
