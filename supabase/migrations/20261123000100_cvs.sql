-- CVs: the structured CV (app/domain/cv/types.ts) Mirror Match, the letters and
-- the Trajectory Builder read. Phoenix Letters fills it from a pasted text or a
-- JSON Resume; the CV product edits the same rows.
create table public.cvs (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null default auth.uid() references auth.users (id) on delete cascade,
  title text not null default 'Mon CV' check (char_length(title) between 1 and 80),
  content jsonb not null check (jsonb_typeof(content) = 'object'),
  source text not null check (source in ('json_resume', 'text', 'editor')),
  -- What the person pasted, kept so they can correct it and parse again.
  original_text text check (char_length(original_text) <= 40000),
  is_primary boolean not null default true,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
alter table public.cvs enable row level security;
create index cvs_user_id_idx on public.cvs (user_id);
create unique index cvs_one_primary_per_person on public.cvs (user_id) where is_primary;

create policy "CVs are visible to their owner"
  on public.cvs for select to authenticated
  using ((select auth.uid()) = user_id);
create policy "People add their own CVs"
  on public.cvs for insert to authenticated
  with check ((select auth.uid()) = user_id);
create policy "People edit their own CVs"
  on public.cvs for update to authenticated
  using ((select auth.uid()) = user_id)
  with check ((select auth.uid()) = user_id);
create policy "People delete their own CVs"
  on public.cvs for delete to authenticated
  using ((select auth.uid()) = user_id);

revoke all on public.cvs from anon;
revoke insert, update, truncate on public.cvs from authenticated;
grant insert (id, title, content, source, original_text, is_primary) on public.cvs to authenticated;
grant update (title, content, source, original_text, is_primary) on public.cvs to authenticated;

create trigger cvs_touch_updated_at
  before update on public.cvs
  for each row execute function public.touch_updated_at();

select public.attach_quota('public.cvs', 'cvs');
