// name: reports
// zh: 库中有哪些报告？
// en: Which reports are loaded?
MATCH (r:Report)
RETURN r.title AS title, r AS title_iri, r.jurisdiction AS jurisdiction, r.date AS date, r.genre AS genre,
       r.session AS session
ORDER BY jurisdiction IS NOT NULL, jurisdiction, date IS NOT NULL, date, title_iri.id
