-- Plans and their limits: the one source of truth read by the pricing page,
-- the account page and the quota checks. A null limit means unlimited.
create table public.plans (
  id text primary key check (id ~ '^[a-z]+$'),
  name text not null,
  monthly_price_cents integer check (monthly_price_cents >= 0),
  position smallint not null unique
);
alter table public.plans enable row level security;
create policy "Plans are public" on public.plans for select to anon, authenticated using (true);

create table public.plan_limits (
  plan_id text not null references public.plans (id) on delete cascade,
  capability text not null check (capability ~ '^[a-z_]+$'),
  period text not null check (period in ('day', 'month', 'total')),
  limit_value integer check (limit_value >= 0),
  primary key (plan_id, capability)
);
alter table public.plan_limits enable row level security;
create policy "Plan limits are public" on public.plan_limits for select to anon, authenticated using (true);

revoke insert, update, delete, truncate on public.plans, public.plan_limits from anon, authenticated;

insert into public.plans (id, name, monthly_price_cents, position) values
  ('gratuit', 'Gratuit', 0, 1),
  ('premium', 'Premium', 999, 2),
  ('entreprise', 'Entreprise', null, 3);

-- Months and days are counted in Europe/Paris time (see public.quota_period_start).
insert into public.plan_limits (plan_id, capability, period, limit_value) values
  ('gratuit', 'letters_generated', 'month', 3),
  ('premium', 'letters_generated', 'month', 50),
  ('entreprise', 'letters_generated', 'month', null),
  ('gratuit', 'iris_conversations', 'day', 5),
  ('premium', 'iris_conversations', 'day', null),
  ('entreprise', 'iris_conversations', 'day', null),
  ('gratuit', 'journal_entries', 'month', 30),
  ('premium', 'journal_entries', 'month', null),
  ('entreprise', 'journal_entries', 'month', null),
  ('gratuit', 'ai_coachings', 'month', 3),
  ('premium', 'ai_coachings', 'month', null),
  ('entreprise', 'ai_coachings', 'month', null),
  ('gratuit', 'cvs', 'total', 1),
  ('premium', 'cvs', 'total', null),
  ('entreprise', 'cvs', 'total', null),
  ('gratuit', 'premium_templates', 'total', 0),
  ('premium', 'premium_templates', 'total', null),
  ('entreprise', 'premium_templates', 'total', null);
