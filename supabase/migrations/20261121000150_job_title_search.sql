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
-- « dev web » finds « Développeur / Développeuse web ». Ranked: exact title;
-- titles where every query word is a whole word (« rh » → « … RH … » before
-- « Rhumatologue »); titles starting with the query; main titles before
-- synonyms; rarely used ones last; then shorter titles. Queries under 2
-- characters find nothing.
--
-- The longest query word goes to the trigram GIN index
-- rome_job_titles_search_trgm_idx through LIKE patterns anchored at a word
-- start (pg_trgm indexes word-start trigrams, so even a 2-letter word is
-- selective); every word is then checked on the rows it returns. Occupation
-- labels are joined after the limit, on 10 rows rather than thousands.
-- plan_cache_mode = force_custom_plan: a generic plan cannot see the patterns
-- and would scan the whole table.
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
  word_start_patterns text[];
  whole_word_patterns text[];
begin
  if needle is null or length(needle) < 2 then
    return;
  end if;
  words := string_to_array(needle, ' ');
  select w into leading_word from unnest(words) as w order by length(w) desc, w limit 1;
  -- Words hold only [a-z0-9]: nothing in them is a LIKE wildcard.
  select array_agg('% ' || w || '%'), array_agg('% ' || w || ' %')
    into word_start_patterns, whole_word_patterns
    from unnest(words) as w;

  return query
    select best.code, best.label, best.occupation_code, o.label
    from (
      select
        t.code, t.label, t.occupation_code,
        t.search_text = needle as is_exact,
        (' ' || t.search_text || ' ') like all (whole_word_patterns) as has_whole_words,
        t.search_text like needle || '%' as starts_with_query,
        t.is_main, t.rarely_used
      from public.rome_job_titles t
      where (t.search_text like leading_word || '%' or t.search_text like '% ' || leading_word || '%')
        -- One word: the index condition above already says it all (folded away in the custom plan).
        and (cardinality(words) = 1 or (' ' || t.search_text) like all (word_start_patterns))
      order by is_exact desc, has_whole_words desc, starts_with_query desc,
        t.is_main desc, t.rarely_used asc, length(t.label) asc, t.label asc, t.code asc
      limit least(greatest(coalesce(max_results, 10), 1), 50)
    ) as best
    join public.rome_occupations o on o.code = best.occupation_code
    order by best.is_exact desc, best.has_whole_words desc, best.starts_with_query desc,
      best.is_main desc, best.rarely_used asc, length(best.label) asc, best.label asc, best.code asc;
end;
$$;

comment on function public.search_job_titles(text, integer) is
  'Autocomplete over ROME job titles: accent- and case-insensitive word-prefix search, best matches first.';

revoke execute on function public.search_job_titles(text, integer) from public;
grant execute on function public.search_job_titles(text, integer) to anon, authenticated, service_role;
