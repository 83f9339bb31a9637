// name: figures_by_subject
// zh: 当年的各项数字（实绩），按统计对象列出。
// en: The year's figures (actual results) by what they count.
// param: jurisdiction text optional -- only reports of this jurisdiction (重庆市)
// param: year integer optional -- only the report delivered in this year (2026)
// param: subject_filter text optional -- a word of what is counted (法规, 代表, 增长)
MATCH (r:Report)
WHERE ($jurisdiction = '' OR r.jurisdiction = $jurisdiction) AND ($year = 0 OR r.year = $year)
MATCH (m:Metric)-[:IN_REPORT]->(r)
WHERE m.kind = 'actual' AND m.period = 'past'
WITH r, m, coalesce(m.subject, '') AS subject
WHERE $subject_filter = '' OR subject CONTAINS $subject_filter OR m.text CONTAINS $subject_filter
RETURN DISTINCT subject, m.value AS value, coalesce(m.unit, '') AS unit, m.qualifier AS qualifier, m.year AS yr,
       m.text AS text, r.title + coalesce(' (' + r.date + ')', '') AS report, r AS report_iri
ORDER BY report, subject, value, text, unit, qualifier, yr IS NOT NULL, yr
