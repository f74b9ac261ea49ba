-- Demo data for the local platform (`npm run dev`): one person in the middle
-- of a career change, from ../shared/samples (Claire, nurse becoming a web
-- developer). Sign in as claire.martin@demo.phoenix.local with the magic link
-- read in the local mailbox.

insert into auth.users (instance_id, id, aud, role, email, email_confirmed_at, raw_app_meta_data,
  raw_user_meta_data, created_at, updated_at)
values (
  '00000000-0000-0000-0000-000000000000',
  'c1a1e000-0000-4000-8000-000000000001',
  'authenticated', 'authenticated',
  'claire.martin@demo.phoenix.local',
  now(),
  '{"provider": "email", "providers": ["email"]}',
  '{"display_name": "Claire Martin"}',
  now(), now()
)
on conflict (id) do nothing;

-- Infirmier / Infirmière en soins généraux (IDE) → Développeur / Développeuse web
update public.profiles
set current_job_title_code = '15545',
    target_job_title_code = '14156'
where id = 'c1a1e000-0000-4000-8000-000000000001';
