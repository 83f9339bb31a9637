// name: body_subbodies
// zh: 某个机关及其下属机构。
// en: A body and its sub-bodies (at any depth).
// param: body text -- the body's name or a word of it (人民代表大会常务委员会, 重庆市人民代表大会)
MATCH (p:Body)
WHERE p.canonical CONTAINS $body
MATCH (s:Body)-[:PART_OF*1..]->(p)
RETURN DISTINCT p.canonical AS parent, p AS parent_iri, s.canonical AS sub, s AS sub_iri, s.kind AS kind
ORDER BY parent, sub, kind
