-- Consent per purpose, as an append-only history: each decision is a new row
-- with the date and the version of the text the person was shown. The latest
-- row per purpose is the one that counts; no row means "never asked".
create table public.consents (
  id bigint generated always as identity primary key,
  user_id uuid not null default auth.uid() references auth.users (id) on delete cascade,
  purpose text not null check (purpose in ('ai_processing', 'ai_profile_context')),
  granted boolean not null,
  text_version text not null check (text_version ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'),
  decided_at timestamptz not null default now()
);
alter table public.consents enable row level security;
create index consents_user_purpose_idx on public.consents (user_id, purpose, decided_at desc);

create policy "Consents are visible to their owner"
  on public.consents for select
  to authenticated
  using ((select auth.uid()) = user_id);

create policy "People record their own consent decisions"
  on public.consents for insert
  to authenticated
  with check ((select auth.uid()) = user_id);

-- A decision is never rewritten: a change of mind is a new row.
revoke all on public.consents from anon;
revoke update, delete, truncate on public.consents from authenticated;
revoke insert on public.consents from authenticated;
grant insert (purpose, granted, text_version) on public.consents to authenticated;

-- The current decision of the signed-in person for each purpose.
create view public.my_consents
with (security_invoker = true)
as
  select distinct on (purpose) purpose, granted, text_version, decided_at
  from public.consents
  where user_id = (select auth.uid())
  order by purpose, decided_at desc, id desc;
grant select on public.my_consents to authenticated;
revoke all on public.my_consents from anon;
