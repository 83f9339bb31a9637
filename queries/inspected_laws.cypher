// name: inspected_laws
// zh: 哪些法律法规开展了执法检查？由谁检查，何时？
// en: Which laws were inspected (执法检查), by which body, and when?
// param: jurisdiction text optional -- only reports of this jurisdiction (重庆市)
// param: period text optional -- past (done in the year under review) or plan (planned)
MATCH (r:Report)
WHERE $jurisdiction = '' OR r.jurisdiction = $jurisdiction
MATCH (a:Action)-[:IN_REPORT]->(r)
WHERE a.type = 'inspected' AND ($period = '' OR a.period = $period)
MATCH (a)-[o:ON]->(l)<-[ml:MENTIONS]-(r)
OPTIONAL MATCH (a)-[:BY]->(b:Body)<-[mb:MENTIONS]-(r)
RETURN DISTINCT ml.label AS law, l AS law_iri, mb.label AS body, b AS body_iri, a.period AS when, a.year AS yr, o.sentence AS evidence,
       r.title + coalesce(' (' + r.date + ')', '') AS report, r AS report_iri
ORDER BY report, when, law, body IS NOT NULL, body, yr IS NOT NULL, yr, evidence
