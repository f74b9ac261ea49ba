-- Fixed-window counters for rate limits. State lives here, not in a server's
-- memory, so every app instance and Edge Function shares the same limits.
create table public.rate_limits (
  bucket text not null,
  window_start timestamptz not null,
  hits integer not null default 0,
  primary key (bucket, window_start)
);
alter table public.rate_limits enable row level security;
-- No policy: only the service role (which bypasses RLS) reads or writes it.
revoke all on public.rate_limits from anon, authenticated;

create index rate_limits_window_start_idx on public.rate_limits (window_start);

-- Counts one hit in `bucket` for the current window and says whether it is
-- still within `max_hits`. Concurrent calls serialise on the row.
create function public.rate_limit_hit(bucket text, window_seconds integer, max_hits integer)
returns boolean
language plpgsql
security invoker
set search_path = ''
as $$
declare
  current_window timestamptz := to_timestamp(floor(extract(epoch from now()) / window_seconds) * window_seconds);
  total integer;
begin
  insert into public.rate_limits as r (bucket, window_start, hits)
  values (rate_limit_hit.bucket, current_window, 1)
  on conflict on constraint rate_limits_pkey do update set hits = r.hits + 1
  returning r.hits into total;

  -- Old windows are useless; trim them now and then.
  if random() < 0.01 then
    delete from public.rate_limits where window_start < now() - interval '1 day';
  end if;

  return total <= max_hits;
end;
$$;
revoke execute on function public.rate_limit_hit(text, integer, integer) from public, anon, authenticated;
grant execute on function public.rate_limit_hit(text, integer, integer) to service_role;
