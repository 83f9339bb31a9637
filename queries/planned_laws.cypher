// name: planned_laws
// zh: 明年计划制定、修订、修改、审议或废止哪些法规？
// en: Which laws are planned for next year (to be enacted, revised, amended, reviewed, approved or repealed)?
// param: jurisdiction text optional -- only reports of this jurisdiction (重庆市)
MATCH (r:Report)
WHERE $jurisdiction = '' OR r.jurisdiction = $jurisdiction
MATCH (a:Action)-[:IN_REPORT]->(r)
WHERE a.period = 'plan' AND a.type IN ['enacted', 'revised', 'amended', 'reviewing', 'approved', 'repealed']
MATCH (a)-[o:ON]->(l:Law)<-[ml:MENTIONS]-(r)
RETURN DISTINCT ml.label AS law, l AS law_iri, a.type AS act, a.year AS yr, o.sentence AS evidence, r.title + coalesce(' (' + r.date + ')', '') AS report, r AS report_iri
ORDER BY report, act, law, yr IS NOT NULL, yr, evidence
