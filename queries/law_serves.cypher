// name: law_serves
// zh: 某部法规服务于哪些战略？
// en: What does a given law serve?
// param: law text -- the law's title or a word of it (地方金融条例, 金融)
MATCH (l:Law|Decision)
WHERE any(x IN l.labels WHERE x CONTAINS $law)
MATCH (l)-[s:SERVES]->(i)
WHERE (i:Initiative OR i:Body) AND s.statement IS NOT NULL AND s.evidence IS NOT NULL
MATCH (r:Report {id: s.report})-[ml:MENTIONS]->(l)
MATCH (r)-[mi:MENTIONS]->(i)
RETURN DISTINCT ml.label AS title, l AS title_iri, mi.label AS initiative, i AS initiative_iri, s.sentence AS evidence, r.title + coalesce(' (' + r.date + ')', '') AS report, r AS report_iri
ORDER BY title, initiative, report, evidence
