-- Trajectory Builder: a person's path from their current occupation to the
-- target one (computed from ROME, stored as chosen) and the plan of steps
-- they edit and tick off.
create table public.trajectories (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null default auth.uid() references auth.users (id) on delete cascade,
  from_code text not null references public.rome_occupations (code),
  to_code text not null references public.rome_occupations (code),
  -- The occupations in order, as computed when the plan was made: [{ "code", "label" }].
  path jsonb not null check (jsonb_typeof(path) = 'array'),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (id, user_id)
);
alter table public.trajectories enable row level security;
create index trajectories_user_created_idx on public.trajectories (user_id, created_at desc);

create policy "Trajectories are visible to their owner"
  on public.trajectories for select to authenticated
  using ((select auth.uid()) = user_id);
create policy "People add their own trajectories"
  on public.trajectories for insert to authenticated
  with check ((select auth.uid()) = user_id);
create policy "People delete their own trajectories"
  on public.trajectories for delete to authenticated
  using ((select auth.uid()) = user_id);

revoke all on public.trajectories from anon;
revoke insert, update, truncate on public.trajectories from authenticated;
grant insert (id, from_code, to_code, path) on public.trajectories to authenticated;

create table public.trajectory_steps (
  id uuid primary key default gen_random_uuid(),
  trajectory_id uuid not null,
  user_id uuid not null default auth.uid() references auth.users (id) on delete cascade,
  position integer not null check (position >= 0),
  title text not null check (char_length(title) between 1 and 160),
  detail text check (char_length(detail) <= 2000),
  kind text not null default 'pratique'
    check (kind in ('bilan', 'formation', 'pratique', 'certification', 'candidature', 'reseau')),
  due_on date,
  done_at timestamptz,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  foreign key (trajectory_id, user_id) references public.trajectories (id, user_id) on delete cascade
);
alter table public.trajectory_steps enable row level security;
create index trajectory_steps_trajectory_idx on public.trajectory_steps (trajectory_id, position);
create index trajectory_steps_user_id_idx on public.trajectory_steps (user_id);

create policy "Trajectory steps are visible to their owner"
  on public.trajectory_steps for select to authenticated
  using ((select auth.uid()) = user_id);
create policy "People add steps to their own trajectories"
  on public.trajectory_steps for insert to authenticated
  with check ((select auth.uid()) = user_id);
create policy "People edit their own trajectory steps"
  on public.trajectory_steps for update to authenticated
  using ((select auth.uid()) = user_id)
  with check ((select auth.uid()) = user_id);
create policy "People delete their own trajectory steps"
  on public.trajectory_steps for delete to authenticated
  using ((select auth.uid()) = user_id);

revoke all on public.trajectory_steps from anon;
revoke insert, update, truncate on public.trajectory_steps from authenticated;
grant insert (id, trajectory_id, position, title, detail, kind, due_on, done_at) on public.trajectory_steps to authenticated;
grant update (position, title, detail, kind, due_on, done_at) on public.trajectory_steps to authenticated;

create trigger trajectory_steps_touch_updated_at
  before update on public.trajectory_steps
  for each row execute function public.touch_updated_at();
