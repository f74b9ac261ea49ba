-- Premium tools of Phoenix Letters (full Mirror Match, Smart Coach, full
-- Trajectory Builder): a capability with no counter, allowed or not by plan.
-- Gratuit sees a useful preview.
insert into public.plan_limits (plan_id, capability, period, limit_value) values
  ('gratuit', 'letters_premium_tools', 'total', 0),
  ('premium', 'letters_premium_tools', 'total', null),
  ('entreprise', 'letters_premium_tools', 'total', null);

-- Whether the signed-in person's plan includes a capability (limit null or above zero).
create function public.my_plan_includes(wanted_capability text)
returns boolean
language sql
stable
security definer
set search_path = ''
as $$
  select auth.uid() is not null
    and coalesce((select q.limit_value from public.quota_limit(public.effective_plan(auth.uid()), wanted_capability) q), 1) > 0
$$;
revoke execute on function public.my_plan_includes(text) from public, anon;
grant execute on function public.my_plan_includes(text) to authenticated;
