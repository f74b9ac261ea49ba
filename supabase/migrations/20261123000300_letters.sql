-- Cover letters. A letter belongs to an application; every save is a new
-- version (generated, edited, one paragraph regenerated, a coach fix), so the
-- history is the letter. Generations are counted apart: editing is free,
-- writing with the AI counts toward `letters_generated`.
create table public.letter_versions (
  id uuid primary key default gen_random_uuid(),
  application_id uuid not null,
  user_id uuid not null default auth.uid() references auth.users (id) on delete cascade,
  body text not null check (char_length(body) between 1 and 20000),
  origin text not null check (origin in ('generated', 'edited', 'paragraph', 'coach')),
  tone text check (tone in ('formel', 'chaleureux', 'dynamique')),
  provider text check (provider in ('gemini', 'offline')),
  -- Two versions saved in one transaction keep their order.
  created_at timestamptz not null default clock_timestamp(),
  foreign key (application_id, user_id) references public.applications (id, user_id) on delete cascade
);
alter table public.letter_versions enable row level security;
create index letter_versions_application_idx on public.letter_versions (application_id, created_at desc);
create index letter_versions_user_id_idx on public.letter_versions (user_id);

create policy "Letter versions are visible to their owner"
  on public.letter_versions for select to authenticated
  using ((select auth.uid()) = user_id);
create policy "People add versions to their own letters"
  on public.letter_versions for insert to authenticated
  with check ((select auth.uid()) = user_id);
create policy "People delete versions of their own letters"
  on public.letter_versions for delete to authenticated
  using ((select auth.uid()) = user_id);

-- Versions are history: never rewritten.
revoke all on public.letter_versions from anon;
revoke insert, update, truncate on public.letter_versions from authenticated;
grant insert (id, application_id, body, origin, tone, provider) on public.letter_versions to authenticated;

-- One row per letter generation started: what the monthly quota counts. The
-- person may read them (usage) and start one; only the server gives a unit
-- back when the generation failed, so deleting cannot hand out new letters.
create table public.letter_generations (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null default auth.uid() references auth.users (id) on delete cascade,
  application_id uuid,
  created_at timestamptz not null default now(),
  foreign key (application_id, user_id) references public.applications (id, user_id) on delete set null (application_id)
);
alter table public.letter_generations enable row level security;
create index letter_generations_user_created_idx on public.letter_generations (user_id, created_at desc);
create index letter_generations_application_idx on public.letter_generations (application_id);

create policy "Letter generations are visible to their owner"
  on public.letter_generations for select to authenticated
  using ((select auth.uid()) = user_id);
create policy "People start their own letter generations"
  on public.letter_generations for insert to authenticated
  with check ((select auth.uid()) = user_id);

revoke all on public.letter_generations from anon;
revoke insert, update, delete, truncate on public.letter_generations from authenticated;
grant insert (id, application_id) on public.letter_generations to authenticated;

select public.attach_quota('public.letter_generations', 'letters_generated');
