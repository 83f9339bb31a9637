// name: across_reports
// zh: 同一部法规或同一个战略在多份报告中出现的情况。
// en: The same law or initiative across several reports: which reports name it.
// param: q text optional -- only names with this word (金融, 条例)
// param: min_reports integer optional -- in at least this many reports (default 2)
MATCH (x:Law|Initiative|Decision)
WHERE ($q = '' OR any(n IN x.labels WHERE n CONTAINS $q))
  AND size(x.reports) >= CASE WHEN $min_reports = 0 THEN 2 ELSE $min_reports END
MATCH (r:Report)-[:MENTIONS]->(x)
WITH x, r.title + coalesce(' (' + r.date + ')', '') AS title
ORDER BY title
WITH x, collect(DISTINCT title) AS titles
RETURN CASE WHEN x:Law THEN 'law' WHEN x:Initiative THEN 'initiative' ELSE 'decision' END AS kind,
       reduce(least = head(x.labels), n IN x.labels | CASE WHEN n < least THEN n ELSE least END) AS name, x AS name_iri,
       size(x.reports) AS reports, reduce(s = head(titles), t IN tail(titles) | s + ' | ' + t) AS titles
ORDER BY reports DESC, kind, name, titles
