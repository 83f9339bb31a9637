"""The one Store contract, in both backends (a real Neo4j server, tests/neo4j_fixture.py): the same report
references, typed results, the registry, and removal or reloads that leave no trace byte for byte."""

from __future__ import annotations

import re

import pytest

from kg import neo4j_server as n4
from kg.errors import KGError
from kg.stores import open_store, spec_for
from kg.stores.base import LoadResult, QueryResult, ReportRef, Stats, Store, StoreError
from kg.stores.neo4j import Neo4jStore
from kg.stores.rdf import RDFStore

from . import neo4j_fixture
from .conftest import DATA, SAMPLE

SICHUAN = DATA / "heldout-sichuan-2024-rd-standing-committee.txt"
GUANGZHOU = DATA / "heldout-guangzhou-2023-rd-standing-committee.txt"


@pytest.fixture(scope="module")
def abc(sample_extraction, extracted):
    return sample_extraction, extracted(SICHUAN), extracted(GUANGZHOU)


@pytest.fixture(scope="module")
def neo(neo4j_server):
    home, st = neo4j_fixture.running(neo4j_server)
    with open_store(st.bolt_uri, user="neo4j", password=n4.password(home)) as s:
        yield s


def _empty(store: Store) -> Store:
    for r in store.reports():
        store.remove(r.id)
    return store


@pytest.fixture(params=["rdf", "neo4j"])
def store(request, tmp_path):
    if request.param == "rdf":
        with open_store(f"rdf:{tmp_path / 'store'}") as s:
            yield s
    else:
        yield _empty(request.getfixturevalue("neo"))


def _export(store: Store) -> bytes:
    return store.export("nq" if isinstance(store, RDFStore) else "jsonl")  # type: ignore[attr-defined]


def test_both_backends_keep_the_contract(store, abc):
    a, b, _ = abc
    assert isinstance(store, Store)
    first = store.load(a)
    assert isinstance(first, LoadResult) and first.report == a.report.id and not first.replaced
    assert first.iri.endswith(a.report.id)
    assert store.load(a).replaced
    store.load(b)
    refs = store.reports()
    assert all(isinstance(r, ReportRef) for r in refs) and {r.id for r in refs} == {a.report.id, b.report.id}
    info = store.stats()
    assert isinstance(info, Stats) and info.reports == 2 and info.entities["Law"] > 0 and info.size > 0
    rows = store.query("laws_serving_strategies", strategy="西部金融中心")
    assert isinstance(rows, QueryResult) and rows.columns and len(rows) > 0


def test_the_same_report_references_everywhere(store, abc):
    a, b, _ = abc
    store.load(a)
    store.load(b)
    by_id = store.find_report(a.report.id)
    assert store.find_report(by_id.iri) == by_id  # the IRI
    assert store.find_report("重庆市-2026") == by_id  # a unique part of the id (the help's own example)
    assert store.find_report("重庆市人民代表大会常务委员会") == by_id  # a unique part of the title
    with pytest.raises(StoreError, match=r"matches 2 reports.*give one id"):
        store.find_report("standing_committee")
    with pytest.raises(StoreError, match="no such report"):
        store.find_report("北京市-1999")
    assert store.remove("四川省-2024").id == b.report.id
    assert [r.id for r in store.reports()] == [a.report.id]


def test_removing_a_report_leaves_no_trace(store, abc, tmp_path):
    """A, B, C loaded, B removed: byte for byte the export of a store loaded C, A."""
    a, b, c = abc
    for ext in (a, b, c):
        store.load(ext)
    store.remove(b.report.id)
    after_removal = _export(store)
    if isinstance(store, RDFStore):
        other = open_store(f"rdf:{tmp_path / 'other'}")
    else:
        other = _empty(store)
    for ext in (c, a):
        other.load(ext)
    assert _export(other) == after_removal
    assert b"\xe5\x9b\x9b\xe5\xb7\x9d\xe7\x9c\x81-2024" not in after_removal  # 四川省-2024: nothing of B is left


def test_a_reload_that_drops_a_name_forgets_it(store, abc, tmp_path):
    """Reloading a report whose body lost an alias: the catalogue (RDF) and the labels (Neo4j) forget it."""
    a, _, _ = abc
    changed = a.model_copy(deep=True)
    body = next(x for x in changed.bodies if x.name != x.canonical)
    body.name = body.canonical
    store.load(a)
    store.load(changed)
    reloaded = _export(store)
    other = open_store(f"rdf:{tmp_path / 'other'}") if isinstance(store, RDFStore) else _empty(store)
    other.load(changed)
    assert _export(other) == reloaded


def test_clear_empties_either_store(store, abc):
    a, b, _ = abc
    store.load(a)
    store.load(b)
    store.clear()
    assert store.reports() == [] and store.stats().size == 0
    assert not store.load(a).replaced and [r.id for r in store.reports()] == [a.report.id]


def test_registry_opens_each_kind_and_refuses_the_rest(tmp_path, monkeypatch):
    with open_store(tmp_path / "plain") as s:
        assert isinstance(s, RDFStore) and s.location == str(tmp_path / "plain")
    with open_store("memory:") as s:
        assert isinstance(s, RDFStore) and s.location == "memory:"
    monkeypatch.setenv("RDKG_STORE", f"rdf:{tmp_path / 'env'}")
    with open_store() as s:
        assert s.location == str(tmp_path / "env")
    with pytest.raises(StoreError, match=r"unknown kind of store 'http'.*sparql\+http://x"):
        open_store("http://x/sparql")
    with pytest.raises(StoreError, match="bad Neo4j URI .*notaport"):
        open_store("bolt://127.0.0.1:notaport", password="x")
    with pytest.raises(StoreError, match="no store here"):
        open_store(tmp_path / "none", create=False)
    # the CLI's options as a spec: --store wins, --backend neo4j is the older spelling of a Neo4j spec
    monkeypatch.delenv("RDKG_STORE")
    assert spec_for(None, None, None) == "rdf:.rdkg"
    assert spec_for("bolt://h:1", "neo4j", None) == "bolt://h:1"
    assert spec_for(".rdkg", "neo4j", "bolt://h:2") == "bolt://h:2"
    assert spec_for(".rdkg", "neo4j", None) == "neo4j"  # an RDF folder ($RDKG_STORE) is no Neo4j server
    with pytest.raises(StoreError, match="--uri names a Neo4j server"):
        spec_for(None, None, "bolt://h:1")
    try:
        import kg.stores.sparql  # noqa: F401 - another module's; its absence must be one line
    except ModuleNotFoundError:
        with pytest.raises(StoreError, match="has no kg.stores.sparql"):
            open_store("sparql+http://127.0.0.1:1/sparql")


def test_each_scheme_names_a_package_its_module_imports():
    """The package SCHEMES names for a store (the one an error asks to install) is one its module uses."""
    import ast
    import importlib.util
    from pathlib import Path

    from kg.stores import SCHEMES

    for scheme, (module, _cls, dependency) in SCHEMES.items():
        tree = ast.parse(Path(importlib.util.find_spec(module).origin).read_text(encoding="utf-8"))
        imported = {a.name.split(".")[0] for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names}
        imported |= {n.module.split(".")[0] for n in ast.walk(tree) if isinstance(n, ast.ImportFrom) and n.module and not n.level}
        assert dependency in imported, (scheme, dependency, sorted(imported))


def test_a_commit_with_unknown_outcome_says_so(neo, abc, monkeypatch):
    """The connection breaking during the commit: the report may be in, and the error says how to tell."""
    from neo4j.exceptions import IncompleteCommit

    a, _, _ = abc
    _empty(neo)

    def commit_then_lose_the_answer(self, tx):
        tx.commit()
        raise IncompleteCommit("connection lost while committing")

    monkeypatch.setattr(Neo4jStore, "_commit", commit_then_lose_the_answer)
    with pytest.raises(KGError) as err:
        neo.load(a)
    msg = str(err.value)
    assert "may have been committed" in msg and "kg stats" in msg and "nothing was changed" not in msg
    assert "\n" not in msg
    monkeypatch.undo()
    assert [r.id for r in neo.reports()] == [a.report.id]  # it was


@pytest.mark.parametrize("broken", ["load", "remove"])
def test_any_error_during_the_commit_leaves_the_outcome_open(neo, abc, monkeypatch, broken):
    """Not only IncompleteCommit: a session that expires (or any error) once the commit is sent may come after
    the server committed, so the line says it may have been committed, and how to tell, not "nothing was changed"."""
    from neo4j.exceptions import SessionExpired

    a, _, _ = abc
    _empty(neo)
    if broken == "remove":
        neo.load(a)

    def commit_then_expire(self, tx):
        tx.commit()
        raise SessionExpired("the session expired")

    monkeypatch.setattr(Neo4jStore, "_commit", commit_then_expire)
    with pytest.raises(KGError) as err:
        neo.load(a) if broken == "load" else neo.remove(a.report.id)
    msg = str(err.value)
    assert "may have been committed" in msg and "kg stats" in msg and "nothing was changed" not in msg, msg
    assert "\n" not in msg
    monkeypatch.undo()
    assert [r.id for r in neo.reports()] == ([a.report.id] if broken == "load" else [])  # it was


def test_a_commit_the_server_refuses_changed_nothing(neo, neo4j_server, abc, monkeypatch):
    """The transaction ended by the server (terminated from another session) before the commit: the server
    refuses the commit, the store holds what it held, and the line says so."""
    from neo4j import GraphDatabase

    a, b, _ = abc
    _empty(neo)
    neo.load(a)
    before = _export(neo)
    home, _st = neo4j_fixture.running(neo4j_server)
    real = Neo4jStore._commit
    ended = []

    def terminated_then_commit(self, tx):
        with GraphDatabase.driver(neo.uri, auth=("neo4j", n4.password(home))) as driver:
            ids = [r["id"] for r in driver.execute_query(
                "SHOW TRANSACTIONS YIELD transactionId AS id, currentQuery AS q WHERE NOT q CONTAINS 'SHOW TRANSACTIONS' "
                "RETURN id").records]
            driver.execute_query("TERMINATE TRANSACTIONS $ids", ids=ids)
        ended.extend(ids)
        real(self, tx)

    monkeypatch.setattr(Neo4jStore, "_commit", terminated_then_commit)
    with pytest.raises(KGError) as err:
        neo.load(b)
    msg = str(err.value)
    assert ended and "nothing was changed" in msg and "refused the commit" in msg and "\n" not in msg, msg
    monkeypatch.undo()
    assert _export(neo) == before


def test_readme_snippet_runs(tmp_path, monkeypatch):
    """The README's "Use from Python" example, as written there, against a store in a temporary folder."""
    from pathlib import Path

    readme = (Path(__file__).parent.parent / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Use from Python", 1)[1]
    code = re.search(r"```python\n(.*?)```", section, re.S).group(1)
    assert len(code.strip().splitlines()) <= 6
    monkeypatch.chdir(tmp_path)
    (tmp_path / "samples").mkdir()
    (tmp_path / "samples" / SAMPLE.name).write_bytes(SAMPLE.read_bytes())
    printed = []
    monkeypatch.setattr("builtins.print", lambda *a, **k: printed.append(a))
    exec(compile(code, "README.md", "exec"), {})  # noqa: S102 - the documented snippet itself
    assert printed and any("重庆市地方金融条例" in str(a) for a in printed)
