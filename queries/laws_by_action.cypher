// name: laws_by_action
// zh: 按行为和时段列出法规：如当年制定的法规、明年计划修订的法规。
// en: Laws by action and period: e.g. enacted in the year under review, revised as planned for next year.
// param: jurisdiction text optional -- only reports of this jurisdiction (重庆市)
// param: action text optional -- enacted, revised, amended, approved, reviewing, inspected, repealed, cleaned or other
// param: period text optional -- past (the year under review) or plan (the coming year)
// param: year integer optional -- the year the action falls in (2025)
MATCH (r:Report)
WHERE $jurisdiction = '' OR r.jurisdiction = $jurisdiction
// each chosen report's actions through the index on Action.report (as one MATCH, the planner started from
// every law and every report mentioning it: 36,583 db hits at 1,000 provincial reports, now 3,181)
CALL (r) {
  MATCH (a:Action {report: r.id})
  WHERE ($action = '' OR a.type = $action) AND ($period = '' OR a.period = $period) AND ($year = 0 OR a.year = $year)
  MATCH (a)-[o:ON]->(l:Law)<-[ml:MENTIONS]-(r)
  RETURN a, o, ml, l
}
RETURN DISTINCT ml.label AS law, l AS law_iri, ml.level AS level, a.type AS act, a.period AS when, a.year AS yr,
       ml.jurisdiction AS law_jurisdiction, o.sentence AS evidence, r.title + coalesce(' (' + r.date + ')', '') AS report, r AS report_iri
ORDER BY report, when, act, law, yr IS NOT NULL, yr, evidence, level, law_jurisdiction IS NOT NULL, law_jurisdiction
