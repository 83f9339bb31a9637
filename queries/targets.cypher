// name: targets
// zh: 明年的目标数字有哪些？
// en: What are the targets for next year?
// param: jurisdiction text optional -- only reports of this jurisdiction (重庆市)
// param: year integer optional -- only the report delivered in this year (2026)
// param: subject_filter text optional -- a word of what is counted (增长, 法规案)
MATCH (r:Report)
WHERE ($jurisdiction = '' OR r.jurisdiction = $jurisdiction) AND ($year = 0 OR r.year = $year)
MATCH (m:Metric)-[:IN_REPORT]->(r)
WHERE m.kind = 'target'
WITH r, m, coalesce(m.subject, '') AS subject
WHERE $subject_filter = '' OR subject CONTAINS $subject_filter OR m.text CONTAINS $subject_filter
RETURN DISTINCT subject, m.value AS value, m.upper AS upper, coalesce(m.unit, '') AS unit, m.qualifier AS qualifier,
       m.year AS yr, m.text AS text, r.title + coalesce(' (' + r.date + ')', '') AS report, r AS report_iri
ORDER BY report, subject, value, text, upper IS NOT NULL, upper, unit, qualifier, yr IS NOT NULL, yr
