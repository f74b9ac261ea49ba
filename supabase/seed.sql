-- Demo data for the local platform (`npm run dev`): one person in the middle
-- of a career change, from samples/ (Claire, nurse becoming a web
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

-- Her CV (imported from her JSON Resume), one application she has sent to
-- Santéo (the follow-up is due), and the letter she sent with it.
insert into public.cvs (id, user_id, title, content, source, original_text, is_primary)
values ('c1a1e000-0000-4000-8000-00000000c101', 'c1a1e000-0000-4000-8000-000000000001', 'Mon CV',
  $seed${"name":"Claire Martin","headline":"Développeuse web front-end en reconversion, ex-infirmière","summary":"Infirmière diplômée d'État pendant 9 ans, je me suis reconvertie dans le développement web après un bootcamp de 6 mois. J'allie la rigueur et l'écoute du soin à la construction d'interfaces React accessibles.","email":"claire.martin@example.org","phone":"+33 6 12 34 56 78","city":"Lyon","experiences":[{"position":"Infirmière en service de médecine interne","organization":"Hospices Civils de Lyon — Hôpital Édouard-Herriot","startDate":"2015-09","endDate":"2024-08","summary":"Prise en charge de 12 patients par poste en équipe pluridisciplinaire.","highlights":["Coordination des transmissions écrites et orales entre équipes de jour et de nuit","Référente du logiciel de dossier de soins informatisé pour le service (formation de 20 collègues)","Gestion des situations d'urgence et priorisation des soins","Tutorat de 15 étudiants infirmiers"]},{"position":"Développeuse — application de planning de tournées infirmières","organization":"Projet personnel","startDate":"2025-01","summary":"Application web React + TypeScript pour organiser les tournées d'un cabinet libéral.","highlights":["Interface React, TypeScript, hooks, React Router","Tests avec Jest et Testing Library","Déploiement continu avec GitHub Actions"]}],"education":[{"title":"Développeur Web et Web Mobile (titre RNCP niveau 5)","institution":"Le Wagon Lyon","area":"Bootcamp","startDate":"2024-09","endDate":"2025-03"},{"title":"Diplôme d'État d'infirmier","institution":"IFSI Lyon Sud","area":"Soins infirmiers","startDate":"2012-09","endDate":"2015-07"}],"skills":[{"name":"Développement front-end","keywords":["React","TypeScript","JavaScript","HTML5","CSS3","Git","Figma"]},{"name":"Qualité","keywords":["Tests unitaires","Jest","Accessibilité"]},{"name":"Savoir-être","keywords":["Rigueur","Écoute","Travail en équipe","Gestion du stress"]}],"languages":[{"language":"Français","fluency":"Langue maternelle"},{"language":"Anglais","fluency":"B2"}],"certifications":["Titre professionnel Développeur Web et Web Mobile"],"interests":[],"source":"json_resume"}$seed$::jsonb, 'json_resume', $seed${
  "basics": {
    "name": "Claire Martin",
    "label": "Développeuse web front-end en reconversion, ex-infirmière",
    "email": "claire.martin@example.org",
    "phone": "+33 6 12 34 56 78",
    "url": "https://github.com/claire-martin-dev",
    "summary": "Infirmière diplômée d'État pendant 9 ans, je me suis reconvertie dans le développement web après un bootcamp de 6 mois. J'allie la rigueur et l'écoute du soin à la construction d'interfaces React accessibles.",
    "location": { "city": "Lyon", "postalCode": "69007", "countryCode": "FR" }
  },
  "work": [
    {
      "name": "Hospices Civils de Lyon — Hôpital Édouard-Herriot",
      "position": "Infirmière en service de médecine interne",
      "startDate": "2015-09",
      "endDate": "2024-08",
      "summary": "Prise en charge de 12 patients par poste en équipe pluridisciplinaire.",
      "highlights": [
        "Coordination des transmissions écrites et orales entre équipes de jour et de nuit",
        "Référente du logiciel de dossier de soins informatisé pour le service (formation de 20 collègues)",
        "Gestion des situations d'urgence et priorisation des soins",
        "Tutorat de 15 étudiants infirmiers"
      ]
    },
    {
      "name": "Projet personnel",
      "position": "Développeuse — application de planning de tournées infirmières",
      "startDate": "2025-01",
      "summary": "Application web React + TypeScript pour organiser les tournées d'un cabinet libéral.",
      "highlights": [
        "Interface React, TypeScript, hooks, React Router",
        "Tests avec Jest et Testing Library",
        "Déploiement continu avec GitHub Actions"
      ]
    }
  ],
  "education": [
    { "institution": "Le Wagon Lyon", "area": "Développeur Web et Web Mobile (titre RNCP niveau 5)", "studyType": "Bootcamp", "startDate": "2024-09", "endDate": "2025-03" },
    { "institution": "IFSI Lyon Sud", "area": "Soins infirmiers", "studyType": "Diplôme d'État d'infirmier", "startDate": "2012-09", "endDate": "2015-07" }
  ],
  "skills": [
    { "name": "Développement front-end", "keywords": ["React", "TypeScript", "JavaScript", "HTML5", "CSS3", "Git", "Figma"] },
    { "name": "Qualité", "keywords": ["Tests unitaires", "Jest", "Accessibilité"] },
    { "name": "Savoir-être", "keywords": ["Rigueur", "Écoute", "Travail en équipe", "Gestion du stress"] }
  ],
  "languages": [ { "language": "Français", "fluency": "Langue maternelle" }, { "language": "Anglais", "fluency": "B2" } ],
  "certificates": [ { "name": "Titre professionnel Développeur Web et Web Mobile", "date": "2025-03", "issuer": "Ministère du Travail" } ]
}$seed$, true)
on conflict (id) do nothing;

insert into public.applications (id, user_id, company, job_title, offer_text, status, sent_on, next_follow_up_on, created_at, updated_at)
values ('c1a1e000-0000-4000-8000-00000000c201', 'c1a1e000-0000-4000-8000-000000000001', 'Santéo',
  'Développeuse front-end React junior', $seed$Développeur·se Front-End React Junior (H/F) — CDI — Lyon 7e (hybride 2 j/semaine)

Qui sommes-nous ?
Santéo est une jeune entreprise lyonnaise de 45 personnes qui conçoit des outils numériques pour les
centres de soins infirmiers et les EHPAD : planning des tournées, dossier de soins, transmissions.

Vos missions
- Développer de nouvelles fonctionnalités de notre application web en React et TypeScript
- Intégrer des maquettes Figma en respectant les règles d'accessibilité (RGAA)
- Écrire des tests unitaires (Jest / Testing Library) et participer aux revues de code
- Travailler en méthode agile (Scrum) avec les product owners et les soignants utilisateurs
- Contribuer à l'amélioration continue de notre design system

Profil recherché
- Formation Bac+2 à Bac+5 en développement web, ou reconversion réussie (bootcamp, titre RNCP Développeur Web et Web Mobile)
- Première expérience (stage, alternance ou projets personnels) avec React, JavaScript ES6+ et TypeScript
- Maîtrise de HTML5, CSS3, Git
- Une connaissance du milieu médical ou médico-social est un vrai plus
- Qualités : rigueur, écoute, sens du service, goût du travail en équipe

Informations
Salaire : 34 000 € à 38 000 € brut annuel selon profil. Tickets restaurant, mutuelle prise en charge à 70 %.
Poste à pourvoir dès que possible. Processus : échange RH, test technique à la maison, entretien avec l'équipe.$seed$, 'envoyee',
  current_date - 12, current_date - 2, now() - interval '13 days', now() - interval '12 days')
on conflict (id) do nothing;

insert into public.letter_versions (id, application_id, user_id, body, origin, tone, provider, created_at)
values ('c1a1e000-0000-4000-8000-00000000c301', 'c1a1e000-0000-4000-8000-00000000c201',
  'c1a1e000-0000-4000-8000-000000000001', $seed$Madame, Monsieur,

Infirmière diplômée d’État pendant neuf ans aux Hospices Civils de Lyon, je suis aujourd’hui développeuse front-end : j’ai suivi le titre RNCP Développeur Web et Web Mobile au Wagon Lyon et je candidate au poste de développeuse front-end React junior chez Santéo.

Vos outils, je les ai utilisés de l’autre côté de l’écran. Référente du dossier de soins informatisé de mon service, j’ai formé vingt collègues et fait remonter leurs besoins à l’équipe informatique. Je sais ce qu’une transmission mal pensée coûte à une équipe de nuit : c’est ce regard d’utilisatrice que j’apporterai à vos revues de code et à vos ateliers avec les soignants.

Depuis janvier, je développe une application de planning de tournées pour un cabinet infirmier, en React et TypeScript, testée avec Jest et Testing Library et déployée avec GitHub Actions. La rigueur des protocoles de soin se retrouve dans mes tests ; la gestion des priorités aux urgences, dans la façon dont je découpe un ticket.

Je n’ai pas encore travaillé en méthode Scrum au sein d’une équipe produit : c’est ce que je viens apprendre chez vous, avec l’envie d’être utile vite.

Je serais heureuse d’en parler lors d’un échange ou de réaliser votre test technique.

Je vous prie d’agréer, Madame, Monsieur, mes salutations distinguées.

Claire Martin$seed$, 'edited', 'chaleureux', null, now() - interval '12 days')
on conflict (id) do nothing;
