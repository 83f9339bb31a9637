"""Live data: `kg load` and `kg remove` on the store a running `kg serve` reads are seen by the next
request, from every worker, and loads and a running server work together without a restart."""

from __future__ import annotations

import subprocess
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from tests.ci import unavailable
from tests.test_server import FRESH, KG, REPORTS, Server, get, rows

COUNT = "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?g a rdkg:Report } }"


def kg(*args: str) -> None:
    done = subprocess.run([str(KG), *args], capture_output=True, text=True, timeout=300)
    if done.returncode != 0:
        pytest.fail(f"kg {' '.join(args)} failed: {done.stderr[-2000:]}")


def loaded_store(factory: pytest.TempPathFactory, name: str) -> Path:
    """A store in a new temporary folder holding the first report, loaded by the real `kg load`."""
    if not KG.exists():
        unavailable(f"{KG} is missing; run `pip install -e .` in the venv")
    store = factory.mktemp(name) / "store"
    kg("load", "--store", str(store), str(REPORTS[0]))
    return store


@pytest.fixture(scope="module")
def live(tmp_path_factory):
    s = Server(loaded_store(tmp_path_factory, "live"), ["--workers", "3"]).start()
    yield s
    s.stop()


def counts(server: Server, n: int = 12) -> set[int]:
    """What n concurrent requests (so every worker takes some) say the number of reports is."""
    with ThreadPoolExecutor(n) as ex:
        # each from a worker (no-cache): the answers kept are tested in test_serve_cache.py
        answers = list(ex.map(lambda _: get(server, "/sparql", {"query": COUNT}, headers=FRESH), range(n)))
    assert all(a.status == 200 for a in answers), [a.text for a in answers if a.status != 200]
    return {int(rows(a)[0]["n"]) for a in answers}


def test_load_and_remove_are_seen_by_every_worker(live):
    assert counts(live) == {1}
    for _ in range(3):  # several rounds: files compacted away under the readers must not break them
        kg("load", "--store", str(live.store), str(REPORTS[1]))
        assert counts(live) == {2}
        kg("remove", "--store", str(live.store), "河北")
        assert counts(live) == {1}
    # the saved queries see it too
    a = get(live, "/queries/reports")
    assert a.status == 200 and len(rows(a)) == 1


def test_the_commit_watch_sees_every_change_of_the_folder(tmp_path):
    """CommitWatch (the store's generation without a listing per request) against a plain listing: a
    file made in the same clock tick as the last listing, a log that grows, a file removed."""
    import os
    import time

    from kg.stores.rdf import CommitWatch, store_generation

    (tmp_path / "000001.log").write_bytes(b"x")
    (tmp_path / "CURRENT").write_text("MANIFEST-000001\n")
    (tmp_path / "MANIFEST-000001").write_bytes(b"m")
    watch = CommitWatch(str(tmp_path))
    seen = [watch()]
    (tmp_path / "000002.log").write_bytes(b"yy")  # right after the listing: the listing is not trusted
    seen.append(watch())
    time.sleep(0.3)  # past CommitWatch.RECENT_NS: the next listing is trusted, then files are looked up by name
    seen.append(watch())
    seen.append(watch())
    with open(tmp_path / "000002.log", "ab") as f:
        f.write(b"a commit")
    seen.append(watch())
    os.remove(tmp_path / "000001.log")
    seen.append(watch())
    assert seen[-1] == store_generation(str(tmp_path))
    assert [seen[i] != seen[i - 1] for i in range(1, len(seen))] == [True, False, False, True, True]


def test_the_pool_looks_at_the_store_again_after_every_change_of_its_folder(tmp_path):
    """FolderChanges (inotify: the pool computes the store's generation again only after its folder
    changed): a file made, appended to, renamed and removed each shows once; nothing, nothing."""
    import os
    import sys

    from kg.serve.pool import FolderChanges

    changes = FolderChanges.open(str(tmp_path))
    if not sys.platform.startswith("linux"):
        assert changes is None  # the pool computes the generation on every request there
        return
    assert changes is not None
    try:
        seen = [changes.changed()]
        (tmp_path / "000001.log").write_bytes(b"x")
        seen += [changes.changed(), changes.changed()]
        with open(tmp_path / "000001.log", "ab") as f:
            f.write(b"a commit")
        seen.append(changes.changed())
        os.rename(tmp_path / "000001.log", tmp_path / "000002.log")
        seen.append(changes.changed())
        os.remove(tmp_path / "000002.log")
        seen += [changes.changed(), changes.changed()]
        assert seen == [False, True, False, True, True, True, False]
    finally:
        changes.close()
    assert FolderChanges.open(str(tmp_path / "missing")) is None
