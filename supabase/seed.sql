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

-- Claire has agreed to AI processing (with her profile summary) and has asked
-- Iris one question before. A new account is asked for its consent instead.
insert into public.consents (user_id, purpose, granted, text_version, decided_at)
select 'c1a1e000-0000-4000-8000-000000000001', purpose, true, '2026-11-22', now() - interval '1 day'
from (values ('ai_processing'), ('ai_profile_context')) as purposes (purpose)
where not exists (select 1 from public.consents where user_id = 'c1a1e000-0000-4000-8000-000000000001');

insert into public.iris_conversations (id, user_id, area, title, created_at, updated_at)
values ('c1a1e000-0000-4000-8000-00000000a001', 'c1a1e000-0000-4000-8000-000000000001', 'letters',
  'Valoriser mes années d’infirmière', now() - interval '1 day', now() - interval '1 day')
on conflict (id) do nothing;

insert into public.iris_messages (id, conversation_id, user_id, role, content, status, actions, provider, created_at)
values
  ('c1a1e000-0000-4000-8000-00000000b001', 'c1a1e000-0000-4000-8000-00000000a001', 'c1a1e000-0000-4000-8000-000000000001',
   'user', 'Comment valoriser mes années d’infirmière dans une lettre pour un poste de développeuse ?', 'complete', '[]', null,
   now() - interval '1 day'),
  ('c1a1e000-0000-4000-8000-00000000b002', 'c1a1e000-0000-4000-8000-00000000a001', 'c1a1e000-0000-4000-8000-000000000001',
   'assistant', E'Annoncez votre reconversion dès la première phrase, comme un choix mûri : « Infirmière depuis vingt ans, je deviens développeuse web. »\n\nTraduisez ensuite chaque compétence dans le vocabulaire du développement :\n- la traçabilité des soins devient la **rigueur** et la documentation ;\n- la gestion des urgences devient la **priorisation** sous contrainte ;\n- le travail avec les médecins et les familles devient la **communication** avec des utilisateurs variés.\n\nTerminez en nommant votre formation en cours et en proposant un échange.',
   'complete', '[{"label": "Ouvrir Phoenix Letters", "href": "/letters"}]', 'offline', now() - interval '1 day' + interval '5 seconds')
on conflict (id) do nothing;
