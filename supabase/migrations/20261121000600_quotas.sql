-- Quotas enforced by the database. A product table attaches one with
--   select public.attach_quota('public.letters', 'letters_generated');
-- Each insert then counts the person's rows in the current period (Europe/Paris)
-- under a per-person, per-capability lock, and refuses beyond the limit of
-- their effective plan with SQLSTATE PQ001 (the app turns it into a French
-- message with an upgrade link). The refused insert writes nothing.

create function public.quota_period_start(period text, at timestamptz default now())
returns timestamptz
language sql
immutable
set search_path = ''
as $$
  select case period
    when 'day' then date_trunc('day', at at time zone 'Europe/Paris') at time zone 'Europe/Paris'
    when 'month' then date_trunc('month', at at time zone 'Europe/Paris') at time zone 'Europe/Paris'
    else '-infinity'::timestamptz
  end
$$;

-- The limit that applies: the plan's own, else gratuit's, else nothing allowed.
create function public.quota_limit(plan text, wanted_capability text, out period text, out limit_value integer)
language plpgsql
stable
set search_path = ''
as $$
begin
  select l.period, l.limit_value into period, limit_value
  from public.plan_limits l where l.plan_id = plan and l.capability = wanted_capability;
  if found then return; end if;
  select l.period, l.limit_value into period, limit_value
  from public.plan_limits l where l.plan_id = 'gratuit' and l.capability = wanted_capability;
  if found then return; end if;
  period := 'total';
  limit_value := 0;
end;
$$;

-- Which tables count toward which capability, for the usage meters.
create table public.quota_attachments (
  table_name regclass primary key,
  capability text not null,
  owner_column text not null default 'user_id',
  created_column text not null default 'created_at'
);
alter table public.quota_attachments enable row level security;
create policy "Quota attachments are public" on public.quota_attachments for select to anon, authenticated using (true);
revoke insert, update, delete, truncate on public.quota_attachments from anon, authenticated;

create function public.enforce_quota()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
declare
  capability text := tg_argv[0];
  owner_column text := tg_argv[1];
  created_column text := tg_argv[2];
  owner uuid := (to_jsonb(new) ->> owner_column)::uuid;
  plan text;
  quota record;
  used bigint;
begin
  if owner is null then
    raise exception 'quota: % has no owner in column %', tg_table_name, owner_column;
  end if;
  plan := public.effective_plan(owner);
  select * into quota from public.quota_limit(plan, capability);
  if quota.limit_value is null then
    return new;
  end if;
  -- Serialise this person's inserts for this capability; the count below then
  -- sees every row committed before us (READ COMMITTED takes a new snapshot).
  perform pg_advisory_xact_lock(hashtextextended(owner::text || '/' || capability, 0));
  execute format('select count(*) from %I.%I where %I = $1 and %I >= $2',
    tg_table_schema, tg_table_name, owner_column, created_column)
    into used using owner, public.quota_period_start(quota.period);
  if used >= quota.limit_value then
    raise exception using
      errcode = 'PQ001',
      message = 'quota_exceeded',
      detail = json_build_object('capability', capability, 'plan', plan, 'period', quota.period,
        'limit', quota.limit_value, 'used', used)::text;
  end if;
  return new;
end;
$$;
revoke execute on function public.enforce_quota() from public, anon, authenticated;

create function public.attach_quota(target regclass, capability text, owner_column text default 'user_id',
  created_column text default 'created_at')
returns void
language plpgsql
set search_path = ''
as $$
declare
  relation record;
begin
  select n.nspname as schema_name, c.relname as table_name into relation
  from pg_class c join pg_namespace n on n.oid = c.relnamespace where c.oid = target;
  execute format(
    'create trigger enforce_quota_%s before insert on %I.%I for each row execute function public.enforce_quota(%L, %L, %L)',
    capability, relation.schema_name, relation.table_name, capability, owner_column, created_column);
  insert into public.quota_attachments (table_name, capability, owner_column, created_column)
  values (target, capability, owner_column, created_column);
end;
$$;
revoke execute on function public.attach_quota(regclass, text, text, text) from public, anon, authenticated, service_role;

-- The signed-in person's usage of every attached capability, for the meters.
create function public.my_quota_usage()
returns table (capability text, period text, used bigint, limit_value integer, plan text)
language plpgsql
stable
security definer
set search_path = ''
as $$
#variable_conflict use_column
declare
  me uuid := auth.uid();
  attachment record;
  quota record;
  counted bigint;
begin
  if me is null then
    return;
  end if;
  plan := public.effective_plan(me);
  for attachment in select * from public.quota_attachments order by capability loop
    select * into quota from public.quota_limit(plan, attachment.capability);
    execute format('select count(*) from %s where %I = $1 and %I >= $2',
      attachment.table_name, attachment.owner_column, attachment.created_column)
      into counted using me, public.quota_period_start(quota.period);
    capability := attachment.capability;
    period := quota.period;
    used := counted;
    limit_value := quota.limit_value;
    return next;
  end loop;
end;
$$;
revoke execute on function public.my_quota_usage() from public, anon;
grant execute on function public.my_quota_usage() to authenticated;
