// name: reports
// zh: 库中有哪些报告？
// en: Which reports are loaded?
MATCH (r:Report)
RETURN r.title AS title, r.jurisdiction AS jurisdiction, r.date AS date, r.genre AS genre,
       r.session AS session, $base + r.id AS id
ORDER BY jurisdiction IS NOT NULL, jurisdiction, date IS NOT NULL, date, id
