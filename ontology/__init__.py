"""Package data: the OWL ontology (rdkg.ttl), SHACL shapes (shapes.ttl), jieba's user dictionary and
the lexicons under lexicon/. Installed as ``kg.ontology``; read with importlib.resources."""
