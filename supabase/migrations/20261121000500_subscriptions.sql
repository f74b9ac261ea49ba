-- Subscription state per person. Written only by the Stripe webhook (service
-- role); the person may read their own row.
create table public.subscriptions (
  user_id uuid primary key references auth.users (id) on delete cascade,
  plan_id text not null default 'gratuit' references public.plans (id),
  status text not null default 'none'
    check (status in ('none', 'incomplete', 'incomplete_expired', 'trialing', 'active', 'past_due', 'canceled', 'unpaid', 'paused')),
  stripe_customer_id text unique,
  stripe_subscription_id text unique,
  current_period_end timestamptz,
  cancel_at_period_end boolean not null default false,
  updated_at timestamptz not null default now()
);
alter table public.subscriptions enable row level security;
create policy "A subscription is visible to its owner"
  on public.subscriptions for select to authenticated
  using ((select auth.uid()) = user_id);
revoke all on public.subscriptions from anon;
revoke insert, update, delete, truncate on public.subscriptions from authenticated;

-- The plan that decides a person's limits. Stripe keeps a subscription
-- `past_due` while it retries the payment: premium stays for that grace
-- period. Anything else, or no row at all, is gratuit — never unlimited.
create function public.effective_plan(person uuid)
returns text
language sql
stable
security definer
set search_path = ''
as $$
  select coalesce(
    (select s.plan_id from public.subscriptions s
      where s.user_id = person and s.status in ('active', 'trialing', 'past_due')),
    'gratuit'
  )
$$;
revoke execute on function public.effective_plan(uuid) from public, anon;
grant execute on function public.effective_plan(uuid) to authenticated, service_role;
