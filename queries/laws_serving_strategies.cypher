// name: laws_serving_strategies
// zh: 哪些法规（和决定）服务于哪些战略？可按战略名称或关键词筛选。
// en: Which laws (and decisions) serve which strategy? All of them, or one strategy by name or keyword.
// param: strategy text optional -- the strategy's name or a word of it (西部金融中心, 金融)
MATCH (i:Initiative)
WHERE $strategy = '' OR any(x IN i.labels WHERE x CONTAINS $strategy)
MATCH (l)-[s:SERVES]->(i)
WHERE s.statement IS NOT NULL AND s.evidence IS NOT NULL
MATCH (r:Report {id: s.report})-[mi:MENTIONS]->(i)
MATCH (r)-[ml:MENTIONS]->(l)
RETURN DISTINCT ml.label AS law, l AS law_iri, mi.label AS initiative, i AS initiative_iri, s.sentence AS evidence, r.title + coalesce(' (' + r.date + ')', '') AS report, r AS report_iri
ORDER BY initiative, law, report, evidence
