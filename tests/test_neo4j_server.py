"""`kg neo4j install|start|stop|status`: a real Neo4j Community server on free ports in a temporary home.

Under CI=true a test that cannot get the server fails; locally it skips only when java or mvn is missing.
"""

from __future__ import annotations

import stat
import urllib.request
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kg import neo4j_server as n4
from kg.cli import app
from kg.errors import KGError

from . import neo4j_fixture

runner = CliRunner()


def _driver(st, pw):
    from neo4j import GraphDatabase

    return GraphDatabase.driver(st.bolt_uri, auth=("neo4j", pw))


def test_status_reports_running(neo4j_server):
    home, st = neo4j_fixture.running(neo4j_server)
    now = n4.status(home)
    assert now.running and now.ready and now.pid == st.pid
    assert (now.http_port, now.bolt_port) == (st.http_port, st.bolt_port)
    assert now.version == n4.NEO4J_VERSION and now.edition == "community"
    assert now.store == str(home / "data")
    res = runner.invoke(app, ["neo4j", "status", "--home", str(home)])
    assert res.exit_code == 0, res.output
    assert f"running (pid {st.pid})" in res.stdout and f"bolt://127.0.0.1:{st.bolt_port}" in res.stdout
    assert n4.password(home) not in res.stdout


def test_loopback_only_with_auth(neo4j_server):
    home, st = neo4j_fixture.running(neo4j_server)
    conf = (home / "conf" / "neo4j.conf").read_text()
    assert "dbms.security.auth_enabled=true" in conf
    assert f"server.bolt.listen_address=127.0.0.1:{st.bolt_port}" in conf
    assert f"server.http.listen_address=127.0.0.1:{st.http_port}" in conf
    assert "server.default_listen_address=127.0.0.1" in conf


def test_driver_connects_with_the_stored_password(neo4j_server):
    home, st = neo4j_fixture.running(neo4j_server)
    pwfile = home / "password"
    assert stat.S_IMODE(pwfile.stat().st_mode) == 0o600
    pw = pwfile.read_text().strip()
    assert len(pw) >= 8
    with _driver(st, pw) as driver:
        assert driver.execute_query("RETURN 1 AS one").records[0]["one"] == 1
    assert stat.S_IMODE((home / "data" / "dbms" / "auth.ini").stat().st_mode) == 0o600


def test_wrong_password_is_rejected(neo4j_server):
    from neo4j.exceptions import AuthError

    _, st = neo4j_fixture.running(neo4j_server)
    with _driver(st, "not-the-password") as driver, pytest.raises(AuthError):
        driver.verify_connectivity()


def test_neo4j_password_differing_from_the_stored_one_is_an_error(neo4j_server, monkeypatch):
    home, _ = neo4j_fixture.running(neo4j_server)
    monkeypatch.setenv("NEO4J_PASSWORD", "something-else")
    with pytest.raises(KGError, match="differs"):
        n4.password(home)


def test_browser_is_served(neo4j_server):
    _, st = neo4j_fixture.running(neo4j_server)
    with urllib.request.urlopen(st.browser_url, timeout=10) as r:
        assert r.status == 200
        assert "Neo4j Browser" in r.read().decode("utf-8", "replace")


def test_start_twice_is_idempotent(neo4j_server):
    home, st = neo4j_fixture.running(neo4j_server)
    again, started = n4.start(home, http_port=st.http_port, bolt_port=st.bolt_port)
    assert not started and again.pid == st.pid and again.ready
    res = runner.invoke(app, ["neo4j", "start", "--home", str(home)])
    assert res.exit_code == 0, res.output
    assert "already running" in res.stdout and f"pid {st.pid}" in res.stdout
    assert n4.install(home) is False  # install is idempotent too


def test_a_taken_port_gives_a_clear_message(neo4j_server, tmp_path):
    home, st = neo4j_fixture.running(neo4j_server)
    other = tmp_path / "other"
    other.mkdir()
    (other / "lib").symlink_to(home / "lib")  # a second, installed home
    with pytest.raises(KGError) as err:
        n4.start(other, http_port=st.http_port, bolt_port=n4.free_port())
    msg = str(err.value)
    assert f"port {st.http_port} (HTTP)" in msg and "already taken" in msg and "--http-port" in msg
    assert "Neo4j 5.26.30" in msg
    res = runner.invoke(app, ["neo4j", "start", "--home", str(other), "--http-port", str(n4.free_port()),
                              "--bolt-port", str(st.bolt_port)])
    assert res.exit_code == 1
    assert f"port {st.bolt_port} (Bolt)" in res.output and "--bolt-port" in res.output
    assert n4.server_pid(other) is None and not (other / "data").exists()


def test_missing_java_or_maven_is_one_clear_line(tmp_path, monkeypatch):
    empty = tmp_path / "bin"
    empty.mkdir()
    monkeypatch.setenv("PATH", str(empty))
    with pytest.raises(KGError, match=r"Java is not installed .*openjdk-17-jre-headless") as err:
        n4.install(tmp_path / "home")
    assert "\n" not in str(err.value)
    java = empty / "java"
    java.write_text('#!/bin/sh\necho \'openjdk version "17.0.15" 2025-04-15\' >&2\n')
    java.chmod(0o755)
    res = runner.invoke(app, ["neo4j", "install", "--home", str(tmp_path / "home")])
    assert res.exit_code == 1
    assert "Maven is not installed" in res.output and "apt-get install maven" in res.output
    assert len(res.output.strip().splitlines()) == 1


def test_every_neo4j_command_has_help_with_an_example():
    for cmd in ("install", "start", "stop", "status"):
        res = runner.invoke(app, ["neo4j", cmd, "--help"])
        assert res.exit_code == 0
        assert "Example:" in res.stdout


def test_a_failed_start_shows_the_log_tail(neo4j_server, tmp_path):
    home, _ = neo4j_fixture.running(neo4j_server)
    other = tmp_path / "broken"
    other.mkdir()
    (other / "lib").symlink_to(home / "lib")
    with pytest.raises(KGError) as err:
        n4.start(other, http_port=n4.free_port(), bolt_port=n4.free_port(), heap="1x", timeout=30)
    msg = str(err.value)
    assert "exited while starting" in msg and "last lines of" in msg and "heap" in msg.lower()
    assert n4.server_pid(other) is None


@pytest.mark.stops_neo4j  # conftest.py runs it last: the session's server is gone after it
def test_stop_stops_it(neo4j_server):
    home, st = neo4j_fixture.running(neo4j_server)
    assert n4.stop(home) == st.pid
    now = n4.status(home)
    assert not now.running and now.pid is None
    assert n4.port_free(st.http_port) and n4.port_free(st.bolt_port)
    res = runner.invoke(app, ["neo4j", "stop", "--home", str(home)])
    assert res.exit_code == 0 and "not running" in res.stdout
    assert not _running(st.pid), f"pid {st.pid} still runs after kg neo4j stop"


def _running(pid: int) -> bool:
    """Whether the process runs (a zombie waiting for its parent to reap it has stopped)."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (FileNotFoundError, IndexError):
        return False
    return state not in ("Z", "X")

