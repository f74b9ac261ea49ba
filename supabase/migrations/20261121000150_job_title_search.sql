-- Job title autocomplete over ROME (public.rome_job_titles).

-- The searchable form of a text: lower-case ASCII letters and digits, single
-- spaces between words. Same rules as normalizeForSearch() in
-- scripts/rome/normalize.ts, which computes rome_job_titles.search_text;
-- tests/integration/rome.test.ts checks both agree on every job title.
--
-- extensions.unaccent(text) is only STABLE (it looks its dictionary up through
-- search_path); the two-argument form with an explicit dictionary does not, so
-- this wrapper is safe to declare IMMUTABLE. unaccent runs before lower() so
-- that accented capitals are folded by unaccent's rules, not by the locale.
create function public.normalize_for_search(value text)
returns text
language sql
immutable
strict
parallel safe
set search_path = ''
as $$
  select pg_catalog.btrim(
    pg_catalog.regexp_replace(
      pg_catalog.lower(extensions.unaccent('extensions.unaccent'::regdictionary, value)),
      '[^a-z0-9]+', ' ', 'g'
    )
  )
$$;

comment on function public.normalize_for_search(text) is
  'Lower-case, accent-free, punctuation-free form used to search ROME job titles (see scripts/rome/normalize.ts).';

-- Job titles whose words start with the query's words, in any order:
-- « dev web » finds « Développeur / Développeuse web ». Ranked: exact title,
-- titles starting with the query, main titles before synonyms, rarely used
-- ones last, then shorter titles. Queries under 2 characters find nothing.
--
-- The most selective word (the longest) goes to the trigram GIN index
-- rome_job_titles_search_trgm_idx through LIKE patterns anchored at a word
-- start (pg_trgm indexes word-start trigrams, so even a 2-letter word is
-- selective); the other words are checked on the few rows it returns.
-- plan_cache_mode = force_custom_plan: a generic plan cannot know the pattern
-- and would fall back to a sequential scan.
create function public.search_job_titles(query text, max_results integer default 10)
returns table (code text, label text, occupation_code text, occupation_label text)
language plpgsql
stable
security invoker
parallel safe
set search_path = ''
set plan_cache_mode = force_custom_plan
as $$
declare
  needle text := public.normalize_for_search(coalesce(query, ''));
  words text[];
  leading_word text;
begin
  if needle is null or length(needle) < 2 then
    return;
  end if;
  words := string_to_array(needle, ' ');
  select w into leading_word from unnest(words) as w order by length(w) desc, w limit 1;

  return query
    select t.code, t.label, t.occupation_code, o.label
    from public.rome_job_titles t
    join public.rome_occupations o on o.code = t.occupation_code
    where (t.search_text like leading_word || '%' or t.search_text like '% ' || leading_word || '%')
      and not exists (
        select 1 from unnest(words) as w
        where not (t.search_text like w || '%' or t.search_text like '% ' || w || '%')
      )
    order by
      t.search_text = needle desc,
      t.search_text like needle || '%' desc,
      t.is_main desc,
      t.rarely_used asc,
      length(t.label) asc,
      t.label asc,
      t.code asc
    limit least(greatest(coalesce(max_results, 10), 1), 50);
end;
$$;

comment on function public.search_job_titles(text, integer) is
  'Autocomplete over ROME job titles: accent- and case-insensitive word-prefix search, best matches first.';

revoke execute on function public.search_job_titles(text, integer) from public;
grant execute on function public.search_job_titles(text, integer) to anon, authenticated, service_role;
