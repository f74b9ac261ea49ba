-- One Stripe customer per person, linked both ways: this row here, and
-- `metadata.user_id` on the Stripe customer. Written by the app with the
-- service role when it first sends the person to Checkout.
create table public.billing_customers (
  user_id uuid primary key references auth.users (id) on delete cascade,
  stripe_customer_id text not null unique,
  created_at timestamptz not null default now()
);
alter table public.billing_customers enable row level security;
create policy "A billing customer is visible to its owner"
  on public.billing_customers for select to authenticated
  using ((select auth.uid()) = user_id);
revoke all on public.billing_customers from anon;
revoke insert, update, delete, truncate on public.billing_customers from authenticated;

-- Stripe events already handled: the webhook is idempotent on the event id.
create table public.stripe_events (
  id text primary key,
  type text not null,
  received_at timestamptz not null default now()
);
alter table public.stripe_events enable row level security;
revoke all on public.stripe_events from anon, authenticated;

-- Entreprise enquiries from the contact form, mailed to the sales address.
create table public.sales_inquiries (
  id uuid primary key default gen_random_uuid(),
  organisation text not null check (char_length(organisation) between 2 and 160),
  contact_name text not null check (char_length(contact_name) between 2 and 120),
  email text not null check (char_length(email) <= 254),
  seats integer check (seats between 1 and 100000),
  message text not null check (char_length(message) between 10 and 4000),
  created_at timestamptz not null default now()
);
alter table public.sales_inquiries enable row level security;
revoke all on public.sales_inquiries from anon, authenticated;
