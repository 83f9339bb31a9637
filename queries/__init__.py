"""Package data: the saved questions, NAME.rq (SPARQL) and NAME.cypher (its Cypher twin). Installed as
``kg.queries``; read with importlib.resources."""
