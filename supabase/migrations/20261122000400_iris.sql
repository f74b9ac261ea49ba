-- Iris conversations and messages. The person reads, renames and deletes their
-- own; the `iris` Edge Function writes them on the person's behalf (same RLS).
-- Starting a conversation counts toward the daily Iris quota.
create table public.iris_conversations (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null default auth.uid() references auth.users (id) on delete cascade,
  area text not null check (area in ('portal', 'letters', 'cv', 'rise')),
  title text not null check (char_length(title) between 1 and 80),
  -- Deleting a conversation erases its messages and title at once but keeps
  -- this row (no content) until the account goes: the daily quota counts
  -- conversations started, and a deletion must not hand out new ones.
  deleted_at timestamptz,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
alter table public.iris_conversations enable row level security;
create index iris_conversations_user_created_idx on public.iris_conversations (user_id, created_at desc);

create policy "Iris conversations are visible to their owner"
  on public.iris_conversations for select to authenticated
  using ((select auth.uid()) = user_id);
create policy "People start their own Iris conversations"
  on public.iris_conversations for insert to authenticated
  with check ((select auth.uid()) = user_id and deleted_at is null);
create policy "People rename or delete their own Iris conversations"
  on public.iris_conversations for update to authenticated
  using ((select auth.uid()) = user_id and deleted_at is null)
  with check ((select auth.uid()) = user_id);

revoke all on public.iris_conversations from anon;
revoke insert, update, delete, truncate on public.iris_conversations from authenticated;
grant insert (id, area, title) on public.iris_conversations to authenticated;
grant update (title, deleted_at, updated_at) on public.iris_conversations to authenticated;

create trigger iris_conversations_touch_updated_at
  before update on public.iris_conversations
  for each row execute function public.touch_updated_at();

create table public.iris_messages (
  id uuid primary key default gen_random_uuid(),
  conversation_id uuid not null references public.iris_conversations (id) on delete cascade,
  user_id uuid not null default auth.uid() references auth.users (id) on delete cascade,
  role text not null check (role in ('user', 'assistant')),
  content text not null default '' check (char_length(content) <= 20000),
  status text not null default 'complete'
    check (status in ('streaming', 'complete', 'stopped', 'interrupted', 'blocked', 'failed')),
  -- Suggested screens, [{ "label", "href" }], only paths of the product (checked by the gateway).
  actions jsonb not null default '[]' check (jsonb_typeof(actions) = 'array'),
  reply_to uuid references public.iris_messages (id) on delete cascade,
  provider text check (provider in ('gemini', 'offline')),
  -- The question and its answer are written in one transaction: now() would give them the same time.
  created_at timestamptz not null default clock_timestamp(),
  updated_at timestamptz not null default now()
);
alter table public.iris_messages enable row level security;
create index iris_messages_conversation_idx on public.iris_messages (conversation_id, created_at);
create index iris_messages_user_id_idx on public.iris_messages (user_id);
create index iris_messages_reply_to_idx on public.iris_messages (reply_to);

create policy "Iris messages are visible to their owner"
  on public.iris_messages for select to authenticated
  using ((select auth.uid()) = user_id);
create policy "Iris messages are added to the owner's live conversations"
  on public.iris_messages for insert to authenticated
  with check (
    (select auth.uid()) = user_id
    and exists (
      select 1 from public.iris_conversations c
      where c.id = conversation_id and c.user_id = (select auth.uid()) and c.deleted_at is null
    )
  );
create policy "Iris messages are updated by their owner"
  on public.iris_messages for update to authenticated
  using ((select auth.uid()) = user_id)
  with check ((select auth.uid()) = user_id);
create policy "Iris messages are deleted by their owner"
  on public.iris_messages for delete to authenticated
  using ((select auth.uid()) = user_id);

revoke all on public.iris_messages from anon;
revoke insert, update, truncate on public.iris_messages from authenticated;
grant insert (id, conversation_id, role, content, status, actions, reply_to, provider) on public.iris_messages to authenticated;
grant update (content, status, actions, provider, updated_at) on public.iris_messages to authenticated;

create trigger iris_messages_touch_updated_at
  before update on public.iris_messages
  for each row execute function public.touch_updated_at();

-- Deleting a conversation: messages go, the title is wiped, the row stays for the quota.
create function public.delete_iris_conversation(target uuid)
returns boolean
language plpgsql
security invoker
set search_path = ''
as $$
begin
  delete from public.iris_messages where conversation_id = target;
  update public.iris_conversations
    set deleted_at = now(), title = 'Conversation supprimée'
    where id = target and deleted_at is null;
  return found;
end;
$$;
revoke execute on function public.delete_iris_conversation(uuid) from public, anon;
grant execute on function public.delete_iris_conversation(uuid) to authenticated;

select public.attach_quota('public.iris_conversations', 'iris_conversations');
