-- One row per call to an AI provider: who, what for, which model, tokens,
-- latency and the estimated energy and carbon (factors in
-- supabase/functions/_shared/ai/green.ts, explained on /green-ai). Never the
-- content. Written by the AI gateway with the service role only, so no one can
-- forge their own figures; kept (without the person) when an account is deleted.
create table public.ai_usage (
  id bigint generated always as identity primary key,
  user_id uuid references auth.users (id) on delete set null,
  feature text not null check (feature ~ '^[a-z_]+$'),
  provider text not null check (provider in ('gemini', 'offline')),
  model text not null,
  input_tokens integer not null default 0 check (input_tokens >= 0),
  output_tokens integer not null default 0 check (output_tokens >= 0),
  latency_ms integer not null check (latency_ms >= 0),
  energy_wh double precision not null check (energy_wh >= 0),
  carbon_g double precision not null check (carbon_g >= 0),
  outcome text not null check (outcome in ('ok', 'failed', 'stopped', 'blocked')),
  created_at timestamptz not null default now()
);
alter table public.ai_usage enable row level security;
create index ai_usage_user_id_idx on public.ai_usage (user_id);
create index ai_usage_created_at_idx on public.ai_usage (created_at);

create policy "AI usage is visible to the person it belongs to"
  on public.ai_usage for select
  to authenticated
  using ((select auth.uid()) = user_id);

revoke all on public.ai_usage from anon;
revoke insert, update, delete, truncate on public.ai_usage from authenticated;

-- The public Green AI figures: totals and averages per feature and provider,
-- never a person's rows.
create function public.green_ai_summary()
returns table (
  feature text,
  provider text,
  calls bigint,
  input_tokens bigint,
  output_tokens bigint,
  avg_latency_ms double precision,
  energy_wh double precision,
  carbon_g double precision,
  first_call timestamptz,
  last_call timestamptz
)
language sql
stable
security definer
set search_path = ''
as $$
  select u.feature, u.provider, count(*), sum(u.input_tokens), sum(u.output_tokens),
    avg(u.latency_ms)::double precision, sum(u.energy_wh), sum(u.carbon_g), min(u.created_at), max(u.created_at)
  from public.ai_usage u
  where u.outcome <> 'blocked'
  group by u.feature, u.provider
  order by count(*) desc
$$;
revoke execute on function public.green_ai_summary() from public;
grant execute on function public.green_ai_summary() to anon, authenticated, service_role;
