// name: bodies_reported
// zh: 哪些机关向人大常委会报告了工作？报告了什么？
// en: Which bodies reported to the standing committee, and on what?
// param: jurisdiction text optional -- only reports of this jurisdiction (重庆市)
// param: body text optional -- the body's name or a word of it (监委, 法院)
MATCH (r:Report)
WHERE $jurisdiction = '' OR r.jurisdiction = $jurisdiction
MATCH (b)-[s:REPORTED_TO]->(c)
WHERE s.report = r.id AND s.statement IS NOT NULL AND s.evidence IS NOT NULL
MATCH (r)-[mb:MENTIONS]->(b)
WHERE $body = '' OR mb.label CONTAINS $body
MATCH (r)-[mc:MENTIONS]->(c)
RETURN DISTINCT mb.label AS reporter, b AS reporter_iri, mc.label AS to, c AS to_iri, coalesce(s.about, '') AS topic, s.sentence AS evidence,
       r.title + coalesce(' (' + r.date + ')', '') AS report, r AS report_iri
ORDER BY report, reporter, topic, to, evidence
