-- Applications (candidatures): one per offer a person applies to. The offer
-- text is kept as pasted; its analysis is recomputed on read (pure and fast),
-- so it always reflects the current analyser and ROME release.
create table public.applications (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null default auth.uid() references auth.users (id) on delete cascade,
  company text check (char_length(company) <= 120),
  job_title text not null check (char_length(job_title) between 1 and 160),
  offer_text text not null check (char_length(offer_text) between 1 and 20000),
  offer_url text check (offer_url ~ '^https?://' and char_length(offer_url) <= 2000),
  status text not null default 'brouillon'
    check (status in ('brouillon', 'envoyee', 'entretien', 'offre', 'refus', 'sans_reponse')),
  sent_on date,
  next_follow_up_on date,
  notes text check (char_length(notes) <= 4000),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  -- Lets child rows reference (id, user_id) so they can only belong to their owner's application.
  unique (id, user_id)
);
alter table public.applications enable row level security;
create index applications_user_updated_idx on public.applications (user_id, updated_at desc);
create index applications_user_follow_up_idx on public.applications (user_id, next_follow_up_on)
  where next_follow_up_on is not null;

create policy "Applications are visible to their owner"
  on public.applications for select to authenticated
  using ((select auth.uid()) = user_id);
create policy "People add their own applications"
  on public.applications for insert to authenticated
  with check ((select auth.uid()) = user_id);
create policy "People edit their own applications"
  on public.applications for update to authenticated
  using ((select auth.uid()) = user_id)
  with check ((select auth.uid()) = user_id);
create policy "People delete their own applications"
  on public.applications for delete to authenticated
  using ((select auth.uid()) = user_id);

revoke all on public.applications from anon;
revoke insert, update, truncate on public.applications from authenticated;
grant insert (id, company, job_title, offer_text, offer_url, status, sent_on, next_follow_up_on, notes)
  on public.applications to authenticated;
grant update (company, job_title, offer_text, offer_url, status, sent_on, next_follow_up_on, notes)
  on public.applications to authenticated;

create trigger applications_touch_updated_at
  before update on public.applications
  for each row execute function public.touch_updated_at();
