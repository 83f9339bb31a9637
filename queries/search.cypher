// name: search
// zh: 按关键词搜索名称（法规、决定、战略、机关）。
// en: Keyword search over names of laws, decisions, initiatives and bodies.
// param: q text -- a word to look for (金融, 法院, 双城)
MATCH (x:Law|Decision|Initiative|Body)
WHERE any(n IN x.labels WHERE n CONTAINS $q)
// a law's or body's name is its canonical title (the least, if reports differ); others' the least of their names
WITH x, CASE WHEN x:Law OR x:Body THEN COLLECT { MATCH (:Report)-[m:MENTIONS]->(x) RETURN DISTINCT m.label }
             ELSE x.labels END AS names
RETURN CASE WHEN x:Law THEN 'law' WHEN x:Decision THEN 'decision' WHEN x:Initiative THEN 'initiative' ELSE 'body' END AS kind,
       reduce(least = head(names), n IN names | CASE WHEN n < least THEN n ELSE least END) AS name,
       x AS name_iri, size(x.reports) AS reports
ORDER BY kind, name, name_iri.id
