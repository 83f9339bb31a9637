// name: plan_vs_delivery
// zh: 计划与落实：上一份报告计划的立法，下一份报告是否完成？
// en: Plan versus delivery: laws planned in one report for a year, and what a later report says was done that year.
// param: jurisdiction text optional -- only reports of this jurisdiction (重庆市)
MATCH (r1:Report)
WHERE $jurisdiction = '' OR r1.jurisdiction = $jurisdiction
// each chosen report's plans through the index on Action.report (as one MATCH, the planner started from
// every plan and every report that mentions its law: 200,000 rows at 1,000 reports for 30 reports' plans)
CALL (r1) {
  MATCH (p:Action {report: r1.id})
  WHERE p.period = 'plan' AND p.year IS NOT NULL
  MATCH (p)-[:ON]->(l)<-[ml:MENTIONS]-(r1)
  RETURN p, l, ml
}
// the actions a later report says were done that year (a list, so that none is one row with no action)
WITH ml, l, p, r1, [(d:Action)-[:ON]->(l) WHERE d.period = 'past' AND d.year = p.year AND d.report <> r1.id | d] AS ds
UNWIND CASE WHEN size(ds) = 0 THEN [null] ELSE ds END AS d
OPTIONAL MATCH (r2:Report {id: d.report})
RETURN DISTINCT ml.label AS law, l AS law_iri, p.year AS yr, p.type AS planned,
       r1.title + coalesce(' (' + r1.date + ')', '') AS planned_in, r1 AS planned_in_iri,
       CASE WHEN d IS NULL THEN 'not reported' ELSE d.type END AS done,
       CASE WHEN r2 IS NULL THEN null ELSE r2.title + coalesce(' (' + r2.date + ')', '') END AS done_in, r2 AS done_in_iri
ORDER BY yr, law, planned, planned_in, done, done_in IS NOT NULL, done_in
