"""Local SPARQL 1.1 servers for ``kg load --store sparql+…`` and the tests: Apache Jena Fuseki and Virtuoso.

Each lives in its own folder under ``.triplestores/`` at the project root (or ``$RDKG_TRIPLESTORES_HOME``):

* ``fuseki/``: ``pom.xml``, ``lib/`` (``org.apache.jena:jena-fuseki-main`` and its jars, assembled from
  Maven Central with Maven, as Neo4j is), ``modules/`` (rdkg's bearer-token module, ``kg/java/``, compiled
  there against those jars by the Java runtime's own compiler, or ``javac``), ``tdb2/`` (the dataset ``/rdkg``, TDB2 on disk), ``run/``.
  It runs on Java 17 with ``--localhost``: only this machine can reach it.
* ``virtuoso/``: ``virtuoso.ini`` (written on every start), ``db/`` (the database), ``run/``. The program
  is Debian's ``virtuoso-opensource`` package (``virtuoso-t``), run as a user process on free ports
  bound to 127.0.0.1, with the SQL user ``SPARQL`` granted SPARQL_UPDATE so that the protocol endpoints
  (``/sparql`` and the Graph Store Protocol's ``/sparql-graph-crud``) can write. ``password`` (mode
  0600) holds the ``dba`` password, used only by ``isql-vt`` for that grant.

``fuseki_app`` and ``virtuoso_app`` are typer sub-apps (install, start, stop, status) for the CLI.
"""

from __future__ import annotations

import json
import os
import secrets
import shutil
import signal
import subprocess
import time
import urllib.error
import urllib.request
from dataclasses import asdict, dataclass
from importlib.resources import as_file, files
from pathlib import Path

import typer

from .errors import KGError
from .neo4j_server import (
    JAVA_HINT,
    _alive,
    _java,
    _java_major,
    _tail,
    fetch_jars,
    free_ports,
    port_free,
)

FUSEKI_VERSION = "5.6.0"
LOG4J_VERSION = "2.25.2"  # Fuseki logs through SLF4J to Log4j 2, which jena-fuseki-main leaves optional
FUSEKI_MAIN = "org.apache.jena.fuseki.main.cmds.FusekiMainCmd"
BEARER_MODULE = "rdkg.fuseki.RdkgBearerModule"  # kg/java/RdkgBearerModule.java
JDK_HINT = "install a JDK 17 (Debian: apt-get install openjdk-17-jdk-headless)"
FUSEKI_PORT = 3030
DATASET = "rdkg"
VIRTUOSO_PORT = 8890
VIRTUOSO_SQL_PORT = 1111
VIRTUOSO_HINT = "install it (Debian: apt-get install virtuoso-opensource, or `make setup` as root)"

FUSEKI_POM = f"""<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>local.rdkg</groupId><artifactId>fuseki-server</artifactId><version>1</version><packaging>pom</packaging>
  <dependencies>
    <dependency><groupId>org.apache.jena</groupId><artifactId>jena-fuseki-main</artifactId><version>{FUSEKI_VERSION}</version></dependency>
    <dependency><groupId>org.apache.logging.log4j</groupId><artifactId>log4j-core</artifactId><version>{LOG4J_VERSION}</version></dependency>
    <dependency><groupId>org.apache.logging.log4j</groupId><artifactId>log4j-slf4j2-impl</artifactId><version>{LOG4J_VERSION}</version></dependency>
  </dependencies>
</project>
"""


def default_home() -> Path:
    """``$RDKG_TRIPLESTORES_HOME``, else ``.triplestores/`` in the working directory."""
    env = os.environ.get("RDKG_TRIPLESTORES_HOME")
    if env:
        return Path(env).expanduser().resolve()
    return Path.cwd() / ".triplestores"


@dataclass
class Status:
    server: str
    installed: bool
    running: bool
    ready: bool
    pid: int | None
    port: int | None
    endpoint: str | None
    home: str

    def as_dict(self) -> dict:
        return asdict(self)


# ------------------------------------------------------------------ processes


def _pid_file(home: Path) -> Path:
    return home / "run" / "server.pid"


def _read_run(home: Path) -> dict:
    try:
        return json.loads((home / "run" / "server.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


def _our_process(pid: int, marker: str) -> bool:
    """The process's command line has ``marker`` (guards against a reused pid)."""
    try:
        return marker.encode() in Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return False


def _server_pid(home: Path, marker: str) -> int | None:
    try:
        pid = int(_pid_file(home).read_text().strip())
    except (OSError, ValueError):
        return None
    return pid if _alive(pid) and _our_process(pid, marker) else None


def _spawn(home: Path, cmd: list[str], info: dict) -> int:
    (home / "run").mkdir(parents=True, exist_ok=True)
    log = home / "run" / "console.log"
    if log.exists():
        log.replace(home / "run" / "console.log.1")
    with open(log, "wb") as console:
        proc = subprocess.Popen(cmd, cwd=home, stdin=subprocess.DEVNULL, stdout=console, stderr=subprocess.STDOUT,
                                start_new_session=True)
    _pid_file(home).write_text(f"{proc.pid}\n")
    (home / "run" / "server.json").write_text(json.dumps({**info, "pid": proc.pid}), encoding="utf-8")
    return proc.pid


def _answers(url: str, timeout: float = 2.0) -> bool:
    """The endpoint answers ``ASK {}`` (or asks for credentials: a server started with a password file)."""
    req = urllib.request.Request(url + "?query=ASK%7B%7D", headers={"Accept": "application/sparql-results+json"})
    try:
        with urllib.request.urlopen(req, timeout=timeout) as resp:
            return resp.status == 200
    except urllib.error.HTTPError as err:
        return err.code == 401
    except (urllib.error.URLError, OSError, ValueError):
        return False


def _wait(home: Path, pid: int, name: str, url: str, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while not _answers(url):
        if not _alive(pid):
            raise KGError(f"{name} (pid {pid}) exited while starting:\n{_tail(home / 'run' / 'console.log')}")
        if time.monotonic() > deadline:
            raise KGError(f"{name} (pid {pid}) did not answer at {url} within {timeout:.0f} s; see "
                          f"{home / 'run' / 'console.log'}, or stop it")
        time.sleep(0.25)


def _stop(home: Path, marker: str, timeout: float = 60.0) -> int | None:
    pid = _server_pid(home, marker)
    if pid is None:
        _pid_file(home).unlink(missing_ok=True)
        return None
    os.kill(pid, signal.SIGTERM)
    deadline = time.monotonic() + timeout
    while _alive(pid):
        if time.monotonic() > deadline:
            if _our_process(pid, marker):
                os.kill(pid, signal.SIGKILL)
            time.sleep(0.5)
            break
        time.sleep(0.2)
    _pid_file(home).unlink(missing_ok=True)
    return pid


def _check_port(port: int, opt: str) -> None:
    if not port_free(port):
        raise KGError(f"port {port} on 127.0.0.1 is already taken; stop that program or choose another port with {opt}")


# ------------------------------------------------------------------ Fuseki


def fuseki_home(home: Path | None = None) -> Path:
    return (home or default_home() / "fuseki").resolve()


def _fuseki_marker(home: Path) -> Path:
    return home / "lib" / f".installed-{FUSEKI_VERSION}-log4j-{LOG4J_VERSION}"


def fuseki_install(home: Path | None = None, *, m2: Path | None = None, quiet: bool = True) -> bool:
    """Fetch Fuseki (jena-fuseki-main) from Maven Central into ``home/lib``; False if it was there already."""
    home = fuseki_home(home)
    java = _java()
    major = _java_major(java)
    if major < 17:
        raise KGError(f"Fuseki {FUSEKI_VERSION} needs Java 17 or later, found Java {major} at {java}; {JAVA_HINT}")
    if _fuseki_marker(home).exists():
        if not _module_service(home).exists() and _compiler():
            _bearer_module(home)  # an install from before the module had it
        return False
    lib = fetch_jars(home, FUSEKI_POM, f"Fuseki {FUSEKI_VERSION}", "kg fuseki install", m2, quiet)
    if not any(lib.glob("jena-fuseki-main-*.jar")):
        raise KGError(f"Maven finished but {lib} lacks jena-fuseki-main; run `kg fuseki install` again")
    _fuseki_marker(home).write_text(f"jena-fuseki-main {FUSEKI_VERSION}\n", encoding="utf-8")
    if _compiler():  # the bearer-token module; a Java without a compiler still runs Fuseki
        _bearer_module(home)
    return True


def _module_service(home: Path) -> Path:
    """The ServiceLoader file that lists the compiled bearer module (there once it is compiled)."""
    return home / "modules" / "META-INF" / "services" / "org.apache.jena.fuseki.main.sys.FusekiAutoModule"


def _compiler() -> list[str] | None:
    """The command that compiles Java here: the compiler inside the runtime that runs Fuseki (``java -m
    jdk.compiler/…``: Debian's openjdk-17-jre-headless, which its ``maven`` package brings, has the module
    but no ``javac`` program), else ``javac`` on PATH; None when there is neither."""
    java = shutil.which("java")
    if java:
        try:
            res = subprocess.run([java, "--list-modules"], capture_output=True, text=True, timeout=60)
        except (OSError, subprocess.TimeoutExpired):
            res = None
        if res is not None and res.returncode == 0 and any(
                line.split("@")[0] == "jdk.compiler" for line in res.stdout.splitlines()):
            return [java, "-m", "jdk.compiler/com.sun.tools.javac.Main"]
    javac = shutil.which("javac")
    return [javac] if javac else None


def _bearer_module(home: Path) -> Path:
    """rdkg's Fuseki module (kg/java/RdkgBearerModule.java) compiled into ``home/modules`` against
    Fuseki's jars (by the Java runtime's own compiler, or javac: ``_compiler``), listed for Java's
    ServiceLoader; compiled once, the folder is returned."""
    out, service = home / "modules", _module_service(home)
    if service.exists():
        return out
    compiler = _compiler()
    if not compiler:
        raise KGError(f"Fuseki's bearer-token module needs a Java compiler (the Java on PATH has no jdk.compiler "
                      f"module and there is no `javac`); {JDK_HINT}, then run `kg fuseki install` again")
    # the jars named one by one: a `lib/*` wildcard is expanded by the javac program's launcher only
    classpath = os.pathsep.join(str(jar) for jar in sorted((home / "lib").glob("*.jar")))
    source = files("kg") / "java" / "RdkgBearerModule.java"
    with as_file(source) as src:
        res = subprocess.run([*compiler, "--release", "17", "-nowarn", "-cp", classpath, "-d", str(out), str(src)],
                             capture_output=True, text=True)
    if res.returncode != 0:
        raise KGError("Java could not compile Fuseki's bearer-token module: "
                      f"{' | '.join((res.stderr or res.stdout).splitlines()[-3:])}")
    service.parent.mkdir(parents=True, exist_ok=True)
    service.write_text(BEARER_MODULE + "\n", encoding="utf-8")
    return out


def fuseki_status(home: Path | None = None) -> Status:
    home = fuseki_home(home)
    pid = _server_pid(home, FUSEKI_MAIN)
    port = _read_run(home).get("port") if pid else None
    endpoint = f"http://127.0.0.1:{port}/{DATASET}" if port else None
    return Status("fuseki", _fuseki_marker(home).exists(), pid is not None,
                  bool(endpoint and _answers(endpoint + "/query")), pid, port, endpoint, str(home))


def fuseki_start(home: Path | None = None, *, port: int = FUSEKI_PORT, memory: bool = False, heap: str = "512m",
                 timeout: float = 120.0, passwd: Path | None = None,
                 token_file: Path | None = None) -> tuple[Status, bool]:
    """Start Fuseki with the dataset ``/rdkg`` (TDB2 in ``home/tdb2``, or in memory) on 127.0.0.1:``port``.
    ``passwd``: a password file (``user: password`` lines); every request must then carry HTTP Basic
    credentials of a user in it (Fuseki main's ``--passwd`` and ``--auth=basic``). ``token_file``: a file
    whose first line is a token; every request must then carry ``Authorization: Bearer`` that token
    (rdkg's module installs Fuseki main's ``AuthBearerFilter``: 401 without a token, 403 with another)."""
    home = fuseki_home(home)
    if token_file is not None:
        token_file = Path(token_file).resolve()
        if not token_file.is_file() or not token_file.read_text(encoding="utf-8").split("\n")[0].strip():
            raise KGError(f"{token_file}: no token in it; write the token on its first line")
    pid = _server_pid(home, FUSEKI_MAIN)
    if pid is not None:
        st = fuseki_status(home)
        _wait(home, pid, "Fuseki", f"{st.endpoint}/query", timeout)
        return fuseki_status(home), False
    if not _fuseki_marker(home).exists():
        raise KGError(f"Fuseki is not installed in {home}; run `kg fuseki install` first")
    _check_port(port, "--port")
    if not memory:
        (home / "tdb2").mkdir(parents=True, exist_ok=True)
    store = ["--mem"] if memory else ["--tdb2", f"--loc={home / 'tdb2'}"]
    classpath, bearer = str(home / "lib" / "*"), []
    if token_file is not None:
        classpath = str(_bearer_module(home)) + os.pathsep + classpath
        bearer = [f"-Drdkg.bearer.file={token_file}"]  # a file, so the token is not in the process list
    cmd = [_java(), f"-Xmx{heap}", *bearer, "-cp", classpath, FUSEKI_MAIN, "--localhost", f"--port={port}",
           "--update", *(["--passwd=" + str(Path(passwd).resolve()), "--auth=basic"] if passwd else []),
           *store, f"/{DATASET}"]
    pid = _spawn(home, cmd, {"port": port})
    _wait(home, pid, "Fuseki", f"http://127.0.0.1:{port}/{DATASET}/query", timeout)
    return fuseki_status(home), True


def fuseki_stop(home: Path | None = None) -> int | None:
    return _stop(fuseki_home(home), FUSEKI_MAIN)


# ------------------------------------------------------------------ Virtuoso


def virtuoso_home(home: Path | None = None) -> Path:
    return (home or default_home() / "virtuoso").resolve()


def _virtuoso_bin() -> tuple[str | None, str | None]:
    return shutil.which("virtuoso-t"), shutil.which("isql-vt") or shutil.which("isql-v")


def virtuoso_install(home: Path | None = None) -> bool:
    """Virtuoso comes from the system's package; this checks it is there and makes the home folder."""
    server, isql = _virtuoso_bin()
    if not server or not isql:
        raise KGError(f"Virtuoso is not installed (no `virtuoso-t` and `isql-vt` on PATH); {VIRTUOSO_HINT}")
    virtuoso_home(home).mkdir(parents=True, exist_ok=True)
    return False


def _virtuoso_password(home: Path) -> str:
    f = home / "password"
    if f.exists():
        return f.read_text(encoding="utf-8").strip()
    pw = secrets.token_hex(16)
    home.mkdir(parents=True, exist_ok=True)
    f.touch(mode=0o600)
    f.write_text(pw + "\n", encoding="utf-8")
    return pw


def _virtuoso_ini(home: Path, port: int, sql_port: int, buffers: int) -> Path:
    db = home / "db"
    db.mkdir(parents=True, exist_ok=True)
    vad = "/usr/share/virtuoso-opensource-7/vad"
    ini = f"""[Database]
DatabaseFile = {db}/virtuoso.db
ErrorLogFile = {db}/virtuoso.log
LockFile = {db}/virtuoso.lck
TransactionFile = {db}/virtuoso.trx
xa_persistent_file = {db}/virtuoso.pxa
ErrorLogLevel = 7
FileExtend = 200
MaxCheckpointRemap = 2000
Striping = 0
TempStorage = TempDatabase

[TempDatabase]
DatabaseFile = {db}/virtuoso-temp.db
TransactionFile = {db}/virtuoso-temp.trx
MaxCheckpointRemap = 2000
Striping = 0

[Parameters]
ServerPort = 127.0.0.1:{sql_port}
DisableUnixSocket = 1
DisableTcpSocket = 0
MaxClientConnections = 10
CheckpointInterval = 60
CaseMode = 2
AllowOSCalls = 0
DirsAllowed = ., {vad}
VADInstallDir = {vad}/
NumberOfBuffers = {buffers}
MaxDirtyBuffers = {buffers * 3 // 4}
MaxQueryMem = 256M
ThreadsPerQuery = 2
MaxQueryCostEstimationTime = 400
MaxQueryExecutionTime = 60

[HTTPServer]
ServerPort = 127.0.0.1:{port}
ServerRoot = /var/lib/virtuoso-opensource-7/vsp
MaxClientConnections = 10
ServerThreads = 10
MaxKeepAlives = 10
KeepAliveTimeout = 10
Charset = UTF-8
EnabledGzipContent = 0

[SPARQL]
ResultSetMaxRows = 1000000
MaxQueryExecutionTime = 60
DefaultQuery = ASK {{}}
"""
    path = home / "virtuoso.ini"
    path.write_text(ini, encoding="utf-8")
    return path


def _isql(home: Path, sql_port: int, sql: str, pw: str | None = None) -> None:
    _server, isql = _virtuoso_bin()
    pw = pw or _virtuoso_password(home)
    res = subprocess.run([isql, f"127.0.0.1:{sql_port}", "dba", pw], input=sql, capture_output=True, text=True,
                         timeout=120)
    out = res.stdout + res.stderr
    if res.returncode != 0 or "*** Error" in out:
        raise KGError(f"Virtuoso's isql failed on {sql.strip()[:60]!r}: {out.strip()[-300:]}")


def virtuoso_status(home: Path | None = None) -> Status:
    home = virtuoso_home(home)
    marker = str(home / "virtuoso.ini")
    pid = _server_pid(home, marker)
    port = _read_run(home).get("port") if pid else None
    endpoint = f"http://127.0.0.1:{port}/sparql" if port else None
    return Status("virtuoso", all(_virtuoso_bin()), pid is not None, bool(endpoint and _answers(endpoint)),
                  pid, port, endpoint, str(home))


def virtuoso_start(home: Path | None = None, *, port: int = VIRTUOSO_PORT, sql_port: int = VIRTUOSO_SQL_PORT,
                   buffers: int = 20000, timeout: float = 120.0) -> tuple[Status, bool]:
    """Start Virtuoso on 127.0.0.1 (HTTP ``port``, SQL ``sql_port``) with its database in ``home/db``."""
    home = virtuoso_home(home)
    marker = str(home / "virtuoso.ini")
    pid = _server_pid(home, marker)
    if pid is not None:
        st = virtuoso_status(home)
        _wait(home, pid, "Virtuoso", st.endpoint or "", timeout)
        return virtuoso_status(home), False
    server, _isql_bin = _virtuoso_bin()
    if not server:
        raise KGError(f"Virtuoso is not installed (no `virtuoso-t` on PATH); {VIRTUOSO_HINT}")
    _check_port(port, "--port")
    _check_port(sql_port, "--sql-port")
    fresh = not (home / "db" / "virtuoso.db").exists()
    ini = _virtuoso_ini(home, port, sql_port, buffers)
    pw = _virtuoso_password(home)
    cmd = [server, "+foreground", "+configfile", str(ini)]
    pid = _spawn(home, cmd, {"port": port, "sql_port": sql_port})
    _wait(home, pid, "Virtuoso", f"http://127.0.0.1:{port}/sparql", timeout)
    if fresh:
        try:
            # a new database has the well-known dba password: replace it at once; the protocol endpoints
            # run as the SQL user SPARQL: let it update (the server listens on 127.0.0.1 only). Both persist.
            _isql(home, sql_port, f"USER_SET_PASSWORD ('dba', '{pw}');\n", pw="dba")
            _isql(home, sql_port, 'GRANT SPARQL_UPDATE TO "SPARQL";\nDB.DBA.RDF_DEFAULT_USER_PERMS_SET (\'nobody\', 7);\n')
        except KGError:
            _stop(home, marker)
            shutil.rmtree(home / "db", ignore_errors=True)  # half set up: the next start begins afresh
            raise
    return virtuoso_status(home), True


def virtuoso_stop(home: Path | None = None) -> int | None:
    """Checkpoint (writes through the Graph Store Protocol are not in the transaction log), then SIGTERM."""
    home = virtuoso_home(home)
    marker = str(home / "virtuoso.ini")
    sql_port = _read_run(home).get("sql_port")
    if _server_pid(home, marker) is not None and sql_port:
        try:
            _isql(home, sql_port, "checkpoint;\n")
        except (KGError, OSError, subprocess.TimeoutExpired):
            pass  # stopped all the same; what was not checkpointed is lost, as after a crash
    return _stop(home, marker)


# ------------------------------------------------------------------ generic helpers for tests and benchmarks


def start_all_on_free_ports(root: Path, memory: bool = True) -> dict[str, Status]:
    """Fuseki and Virtuoso under ``root`` on free ports (for tests and benchmarks)."""
    f_port, v_port, v_sql = free_ports(3)
    fuseki_install(root / "fuseki")
    f, _ = fuseki_start(root / "fuseki", port=f_port, memory=memory)
    virtuoso_install(root / "virtuoso")
    v, _ = virtuoso_start(root / "virtuoso", port=v_port, sql_port=v_sql)
    return {"fuseki": f, "virtuoso": v}


# ------------------------------------------------------------------ the CLI's sub-apps

fuseki_app = typer.Typer(help="A local Apache Jena Fuseki (from Maven Central) for `kg load --store sparql+…`.",
                         no_args_is_help=True)
virtuoso_app = typer.Typer(help="A local Virtuoso (Debian's virtuoso-opensource) for `kg load --store sparql+…`.",
                           no_args_is_help=True)
HomeOpt = typer.Option(None, "--home", help="the server's folder (default .triplestores/NAME)")
TokenFileOpt = typer.Option(None, "--token-file", help="every request must carry Authorization: Bearer the "
                            "token on this file's first line (clients set RDKG_SPARQL_TOKEN)")


def _say(st: Status, as_json: bool) -> None:
    if as_json:
        typer.echo(json.dumps(st.as_dict()))
    elif st.running:
        typer.echo(f"{st.server} running (pid {st.pid}); endpoint {st.endpoint}; home {st.home}")
    else:
        typer.echo(f"{st.server} not running ({'installed' if st.installed else 'not installed'}); home {st.home}")


def _guard(fn, *args, **kwargs):  # noqa: ANN001, ANN002, ANN003, ANN202 - one-line errors for the CLI
    try:
        return fn(*args, **kwargs)
    except KGError as err:
        typer.echo(f"error: {err}", err=True)
        raise typer.Exit(1) from None


@fuseki_app.command("install")
def _fuseki_install_cmd(home: Path | None = HomeOpt) -> None:
    """Assemble Fuseki and its jars from Maven Central (needs Java 17 and Maven)."""
    done = _guard(fuseki_install, home, quiet=False)
    typer.echo(f"Fuseki {FUSEKI_VERSION} {'installed' if done else 'already installed'} in {fuseki_home(home)}")


@fuseki_app.command("start")
def _fuseki_start_cmd(home: Path | None = HomeOpt, port: int = typer.Option(FUSEKI_PORT, "--port"),
                      memory: bool = typer.Option(False, "--memory", help="an in-memory dataset instead of TDB2"),
                      token_file: Path | None = TokenFileOpt,
                      as_json: bool = typer.Option(False, "--json")) -> None:
    """Start Fuseki on 127.0.0.1 with the dataset /rdkg.

    Example: kg fuseki start --port 3030 --token-file ~/.rdkg-token
    """
    st, _started = _guard(fuseki_start, home, port=port, memory=memory, token_file=token_file)
    _say(st, as_json)


@fuseki_app.command("stop")
def _fuseki_stop_cmd(home: Path | None = HomeOpt) -> None:
    pid = fuseki_stop(home)
    typer.echo(f"Fuseki (pid {pid}) stopped" if pid else "Fuseki was not running")


@fuseki_app.command("status")
def _fuseki_status_cmd(home: Path | None = HomeOpt, as_json: bool = typer.Option(False, "--json")) -> None:
    _say(fuseki_status(home), as_json)


@virtuoso_app.command("install")
def _virtuoso_install_cmd(home: Path | None = HomeOpt) -> None:
    """Check that Virtuoso is installed (it comes from the system's package manager)."""
    _guard(virtuoso_install, home)
    typer.echo(f"Virtuoso found: {_virtuoso_bin()[0]}; home {virtuoso_home(home)}")


@virtuoso_app.command("start")
def _virtuoso_start_cmd(home: Path | None = HomeOpt, port: int = typer.Option(VIRTUOSO_PORT, "--port"),
                        sql_port: int = typer.Option(VIRTUOSO_SQL_PORT, "--sql-port"),
                        as_json: bool = typer.Option(False, "--json")) -> None:
    """Start Virtuoso on 127.0.0.1 with its database in the home folder."""
    st, _started = _guard(virtuoso_start, home, port=port, sql_port=sql_port)
    _say(st, as_json)


@virtuoso_app.command("stop")
def _virtuoso_stop_cmd(home: Path | None = HomeOpt) -> None:
    pid = virtuoso_stop(home)
    typer.echo(f"Virtuoso (pid {pid}) stopped" if pid else "Virtuoso was not running")


@virtuoso_app.command("status")
def _virtuoso_status_cmd(home: Path | None = HomeOpt, as_json: bool = typer.Option(False, "--json")) -> None:
    _say(virtuoso_status(home), as_json)
