-- Extensions live in their own schema, as on Supabase.
create extension if not exists unaccent with schema extensions;
create extension if not exists pg_trgm with schema extensions;
