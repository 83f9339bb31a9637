// name: evidence
// zh: 某个法规、战略或机关的每条陈述的出处：原句、字符位置、报告。
// en: The evidence for every statement about a law, initiative or body: the sentence, its offsets, the report.
// param: about text -- the name or a word of it (地方金融条例, 西部金融中心, 市监委)
// param: jurisdiction text optional -- only reports of this jurisdiction (重庆市)
CALL () {
  MATCH (x:Law|Decision|Initiative|Body)
  WHERE any(n IN x.labels WHERE n CONTAINS $about)
  // the named entities' own statements (as one MATCH, the planner started from every statement of every
  // entity the chosen reports mention: 127,000 db hits at 1,000 provincial reports, now 10,000)
  CALL (x) {
    MATCH (x)-[s:SERVES|REPORTED_TO|INSPECTED|PART_OF|BROADER]-(o)
    WHERE s.statement IS NOT NULL AND s.evidence IS NOT NULL
    RETURN s, o
  }
  MATCH (r:Report {id: s.report})
  WHERE $jurisdiction = '' OR r.jurisdiction = $jurisdiction
  MATCH (r)-[mx:MENTIONS]->(x)
  MATCH (r)-[mo:MENTIONS]->(o)
  // the RDF predicate's local name; "inverse …" where the entity is the statement's object
  WITH r, x, o, mx, mo, s, {SERVES: 'serves', REPORTED_TO: 'reportedTo', INSPECTED: 'inspectedLaw',
       PART_OF: 'subOrganizationOf', BROADER: 'broader'}[type(s)] AS p, startNode(s) = x AS forward
  RETURN mx.label AS name, x AS name_iri, CASE WHEN forward THEN p ELSE 'inverse ' + p END AS statement,
         mo.label AS other, o AS other_iri, s.sentence AS sentence, s.start AS start, s.end AS end, r AS r
  UNION
  MATCH (x:Law|Decision)
  WHERE any(n IN x.labels WHERE n CONTAINS $about)
  MATCH (a:Action)-[o:ON]->(x)
  MATCH (r:Report {id: a.report})
  WHERE $jurisdiction = '' OR r.jurisdiction = $jurisdiction
  MATCH (r)-[mx:MENTIONS]->(x)
  RETURN mx.label AS name, x AS name_iri, a.type + ' (' + a.period + ')' AS statement, '' AS other, null AS other_iri,
         o.sentence AS sentence, o.start AS start, o.end AS end, r AS r
}
RETURN DISTINCT name, name_iri, statement, other, other_iri, sentence, start, end,
       r.title + coalesce(' (' + r.date + ')', '') AS report, r AS report_iri, r.source AS file
ORDER BY name, report, start, statement, other, sentence, end, file IS NOT NULL, file
