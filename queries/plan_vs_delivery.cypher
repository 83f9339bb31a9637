// name: plan_vs_delivery
// zh: 计划与落实：上一份报告计划的立法，下一份报告是否完成？
// en: Plan versus delivery: laws planned in one report for a year, and what a later report says was done that year.
// param: jurisdiction text optional -- only reports of this jurisdiction (重庆市)
MATCH (r1:Report)
WHERE $jurisdiction = '' OR r1.jurisdiction = $jurisdiction
MATCH (p:Action)-[:IN_REPORT]->(r1)
WHERE p.period = 'plan' AND p.year IS NOT NULL
MATCH (p)-[:ON]->(l)<-[ml:MENTIONS]-(r1)
OPTIONAL MATCH (d:Action)-[:ON]->(l)
WHERE d.period = 'past' AND d.year = p.year AND d.report <> r1.id
OPTIONAL MATCH (r2:Report {id: d.report})
RETURN DISTINCT ml.label AS law, p.year AS yr, p.type AS planned, r1.title + coalesce(' (' + r1.date + ')', '') AS planned_in,
       coalesce(d.type, 'not reported') AS done, r2.title + coalesce(' (' + r2.date + ')', '') AS done_in
ORDER BY yr, law, planned, planned_in, done, done_in IS NOT NULL, done_in
