// name: initiatives_under
// zh: 某个总体战略之下有哪些具体战略和举措？
// en: Which initiatives sit under a broader one?
// param: broader text optional -- the broader initiative's name or a word of it
MATCH (b:Initiative)
WHERE $broader = '' OR any(x IN b.labels WHERE x CONTAINS $broader)
MATCH (n)-[s:BROADER]->(b)
WHERE s.statement IS NOT NULL
MATCH (r:Report {id: s.report})-[mb:MENTIONS]->(b)
MATCH (r)-[mn:MENTIONS]->(n)
RETURN DISTINCT mb.label AS broad, b AS broad_iri, mn.label AS narrow, n AS narrow_iri, s.sentence AS evidence, r.title + coalesce(' (' + r.date + ')', '') AS report, r AS report_iri
ORDER BY broad, narrow, report, evidence IS NOT NULL, evidence
