"""A local Neo4j Community server assembled from Maven Central: install, start, stop, status.

Everything lives in one ignored folder (``.neo4j/`` at the project root, or ``$RDKG_NEO4J_HOME``):
``pom.xml``, ``m2/`` (Maven's repository), ``lib/`` (the jars), ``conf/neo4j.conf`` (written on every
start), ``data/`` (the store), ``logs/``, ``run/`` and ``password`` (mode 0600).
The server listens on 127.0.0.1 only, with auth on. See docs/neo4j-notes.md for how this was worked out.
"""

from __future__ import annotations

import json
import os
import re
import secrets
import shutil
import signal
import socket
import subprocess
import time
import urllib.error
import urllib.request
from dataclasses import asdict, dataclass
from pathlib import Path

from .errors import KGError
from .neo4j_browser import install_files, post_connect_cmd

NEO4J_VERSION = "5.26.30"
BROWSER_VERSION = "5.24.0"
DEPENDENCY_PLUGIN = "org.apache.maven.plugins:maven-dependency-plugin:3.8.1"
HTTP_PORT = 7474
BOLT_PORT = 7687
USER = "neo4j"
MIN_PASSWORD = 8
MAIN_CLASS = "org.neo4j.server.CommunityEntryPoint"
ADMIN_CLASS = "org.neo4j.cli.AdminTool"

POM = f"""<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>local.rdkg</groupId><artifactId>neo4j-server</artifactId><version>1</version><packaging>pom</packaging>
  <dependencies>
    <dependency><groupId>org.neo4j</groupId><artifactId>neo4j</artifactId><version>{NEO4J_VERSION}</version></dependency>
    <dependency><groupId>org.neo4j.client</groupId><artifactId>neo4j-browser</artifactId><version>{BROWSER_VERSION}</version></dependency>
  </dependencies>
</project>
"""

# The official launcher's defaults; the heap comes from start()'s argument (neo4j.conf's heap settings
# are only applied by the shell script, which we do not use).
JVM_OPTS = [
    "-XX:+UseG1GC", "-XX:+ExitOnOutOfMemoryError", "-XX:-OmitStackTraceInFastThrow",
    "-XX:+UnlockExperimentalVMOptions", "-XX:+TrustFinalNonStaticFields", "-XX:+DisableExplicitGC",
    "-Djdk.nio.maxCachedBufferSize=1024", "-Dio.netty.tryReflectionSetAccessible=true",
    "-Dlog4j2.disable.jmx=true", "-Dfile.encoding=UTF-8",
    *(f"--add-opens=java.base/{p}=ALL-UNNAMED" for p in ("java.nio", "java.io", "sun.nio.ch", "java.lang")),
]

JAVA_HINT = "install Java 17 or 21 (Debian: apt-get install openjdk-17-jre-headless)"
MVN_HINT = "install Maven (Debian: apt-get install maven)"


def default_home() -> Path:
    """``$RDKG_NEO4J_HOME``, else ``.neo4j/`` in the working directory (never inside the package)."""
    env = os.environ.get("RDKG_NEO4J_HOME")
    if env:
        return Path(env).expanduser().resolve()
    return Path.cwd() / ".neo4j"


# ------------------------------------------------------------------ install


def fetch_jars(home: Path, pom: str, what: str, command: str, m2: Path | None, quiet: bool) -> Path:
    """Resolve ``pom``'s runtime dependencies from Maven Central into ``home/lib`` (a fresh folder) with
    Maven's dependency plugin; ``m2`` is the local repository to share (default ``home/m2``)."""
    mvn = shutil.which("mvn")
    if not mvn:
        raise KGError(f"Maven is not installed (no `mvn` on PATH); {MVN_HINT}, then run `{command}` again")
    home.mkdir(parents=True, exist_ok=True)
    (home / "pom.xml").write_text(pom, encoding="utf-8")
    lib = home / "lib"
    if lib.exists():
        shutil.rmtree(lib)
    cmd = [mvn, "-B", "-f", str(home / "pom.xml"), f"{DEPENDENCY_PLUGIN}:copy-dependencies",
           f"-DoutputDirectory={lib}", "-DincludeScope=runtime", f"-Dmaven.repo.local={(m2 or home / 'm2').resolve()}"]
    if quiet:
        cmd.insert(1, "-q")
    res = subprocess.run(cmd, capture_output=True, text=True, cwd=home)
    if res.returncode != 0:
        tail = " | ".join(line for line in (res.stdout + res.stderr).splitlines()[-5:] if line.strip())
        raise KGError(f"Maven could not fetch {what} from Maven Central (exit {res.returncode}): {tail}")
    return lib


def _java() -> str:
    java = shutil.which("java")
    if not java:
        raise KGError(f"Java is not installed (no `java` on PATH); {JAVA_HINT}, then run `kg neo4j install` again")
    return java


def _java_major(java: str) -> int:
    try:
        out = subprocess.run([java, "-version"], capture_output=True, text=True, timeout=60)
    except (OSError, subprocess.TimeoutExpired) as err:
        raise KGError(f"`{java} -version` failed ({err}); {JAVA_HINT}") from None
    m = re.search(r'version "(\d+)(?:\.(\d+))?', out.stderr + out.stdout)
    if not m:
        raise KGError(f"cannot tell the Java version from `{java} -version`; {JAVA_HINT}")
    major = int(m.group(1))
    return int(m.group(2) or 0) if major == 1 else major


def _installed_marker(home: Path) -> Path:
    return home / "lib" / f".installed-{NEO4J_VERSION}-browser-{BROWSER_VERSION}"


def is_installed(home: Path) -> bool:
    return _installed_marker(home).exists()


def install(home: Path | None = None, *, m2: Path | None = None, quiet: bool = True) -> bool:
    """Fetch Neo4j Community and Neo4j Browser from Maven Central into ``home/lib``.

    Returns False when it was already installed (nothing done). ``m2`` is Maven's local repository
    (default ``home/m2``).
    """
    home = (home or default_home()).resolve()
    java = _java()
    major = _java_major(java)
    if major < 17:
        raise KGError(f"Neo4j {NEO4J_VERSION} needs Java 17 or 21, found Java {major} at {java}; {JAVA_HINT}")
    if is_installed(home):
        return False
    lib = fetch_jars(home, POM, f"Neo4j {NEO4J_VERSION}", "kg neo4j install", m2, quiet)
    if not any(lib.glob("neo4j-browser-*.jar")) or not any(lib.glob("neo4j-server-*.jar")):
        raise KGError(f"Maven finished but {lib} lacks the Neo4j server or Browser jars; run `kg neo4j install` again")
    _installed_marker(home).write_text(f"neo4j {NEO4J_VERSION}\nneo4j-browser {BROWSER_VERSION}\n", encoding="utf-8")
    return True


# ------------------------------------------------------------------ password and config


def password_file(home: Path) -> Path:
    return home / "password"


def _stored_password(home: Path) -> str | None:
    f = password_file(home)
    return f.read_text(encoding="utf-8").strip() if f.exists() else None


def _store_password(home: Path, pw: str) -> None:
    f = password_file(home)
    f.unlink(missing_ok=True)
    fd = os.open(f, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        fh.write(pw + "\n")


def _initialised(home: Path) -> bool:
    """The server has started once: its system database exists, so the initial password is fixed."""
    return (home / "data" / "databases" / "system").exists()


def _new_password() -> str:
    """A generated password; never one starting with "-", which AdminTool would read as an option (exit 64)."""
    while True:
        pw = secrets.token_urlsafe(18)
        if not pw.startswith("-"):
            return pw


def password(home: Path | None = None) -> str:
    """The password of the server in ``home``: the stored one (``$NEO4J_PASSWORD`` wins before the first start)."""
    home = (home or default_home()).resolve()
    env = os.environ.get("NEO4J_PASSWORD") or None
    stored = _stored_password(home)
    if env is not None and len(env) < MIN_PASSWORD:
        raise KGError(f"NEO4J_PASSWORD is too short: Neo4j needs at least {MIN_PASSWORD} characters")
    if _initialised(home):
        if stored is None:
            if env is None:
                raise KGError(f"no password is stored in {password_file(home)} for the existing store in {home / 'data'}; "
                              f"set NEO4J_PASSWORD to its password, or delete {home / 'data'} to start afresh")
            return env
        if env is not None and env != stored:
            raise KGError(f"NEO4J_PASSWORD differs from the password this server was set up with "
                          f"(stored in {password_file(home)}); unset NEO4J_PASSWORD, or change the password over Cypher "
                          f"(ALTER CURRENT USER SET PASSWORD FROM ... TO ...) and update that file")
        return stored
    pw = env or stored or _new_password()
    if pw != stored:
        home.mkdir(parents=True, exist_ok=True)
        _store_password(home, pw)
    return pw


def write_conf(home: Path, http_port: int, bolt_port: int, pagecache: str = "256m") -> Path:
    conf = home / "conf" / "neo4j.conf"
    conf.parent.mkdir(parents=True, exist_ok=True)
    conf.write_text(
        "# Written by `kg neo4j start` on every start; edit kg/neo4j_server.py instead.\n"
        "server.default_listen_address=127.0.0.1\n"
        "server.default_advertised_address=127.0.0.1\n"
        f"server.bolt.listen_address=127.0.0.1:{bolt_port}\n"
        f"server.bolt.advertised_address=127.0.0.1:{bolt_port}\n"
        f"server.http.listen_address=127.0.0.1:{http_port}\n"
        f"server.http.advertised_address=127.0.0.1:{http_port}\n"
        "server.https.enabled=false\n"
        "dbms.security.auth_enabled=true\n"
        f"server.memory.pagecache.size={pagecache}\n"
        "server.directories.data=data\n"
        "server.directories.logs=logs\n"
        "server.directories.run=run\n"
        "dbms.usage_report.enabled=false\n"
        # no product analytics from Browser (its usage notice and telemetry calls), and guides or styles
        # fetched only from this machine (the default also allows guides.neo4j.com)
        "client.allow_telemetry=false\n"
        "browser.remote_content_hostname_whitelist=localhost\n"
        # after a login the Browser applies rdkg's style and opens its guide (kg/neo4j_browser.py)
        f"browser.post_connect_cmd={post_connect_cmd(http_port)}\n",
        encoding="utf-8",
    )
    return conf


def _conf_ports(home: Path) -> tuple[int, int]:
    """(http, bolt) from the last written neo4j.conf, else the defaults."""
    http, bolt = HTTP_PORT, BOLT_PORT
    conf = home / "conf" / "neo4j.conf"
    if conf.exists():
        for line in conf.read_text(encoding="utf-8").splitlines():
            key, _, value = line.partition("=")
            if key.strip() == "server.http.listen_address":
                http = int(value.rsplit(":", 1)[1])
            elif key.strip() == "server.bolt.listen_address":
                bolt = int(value.rsplit(":", 1)[1])
    return http, bolt


def _set_initial_password(home: Path, java: str, pw: str) -> None:
    env = {**os.environ, "NEO4J_HOME": str(home), "NEO4J_CONF": str(home / "conf")}
    # The password is briefly visible in the process list here (AdminTool takes it as an argument).
    res = subprocess.run([java, "-cp", str(home / "lib" / "*"), ADMIN_CLASS, "dbms", "set-initial-password", pw],
                         env=env, cwd=home, capture_output=True, text=True, timeout=300)
    if res.returncode != 0:
        tail = " | ".join(line for line in (res.stdout + res.stderr).splitlines()[-3:] if line.strip())
        raise KGError(f"setting the initial Neo4j password failed (exit {res.returncode}): {tail}")
    auth = home / "data" / "dbms" / "auth.ini"
    if auth.exists():
        auth.chmod(0o600)


# ------------------------------------------------------------------ processes and ports


def _pid_file(home: Path) -> Path:
    return home / "run" / "rdkg.pid"


def _alive(pid: int) -> bool:
    try:
        done, _ = os.waitpid(pid, os.WNOHANG)  # reap it if it is our own child (tests)
        if done:
            return False
    except ChildProcessError:
        pass
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        pass
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
        return stat.rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return True


def _our_server(pid: int, home: Path) -> bool:
    """The process is a Neo4j server of this home (guards against a reused pid)."""
    try:
        args = Path(f"/proc/{pid}/cmdline").read_bytes().split(b"\0")
    except OSError:
        return False
    return MAIN_CLASS.encode() in args and f"--home-dir={home}".encode() in args


def server_pid(home: Path) -> int | None:
    """The pid of the server running from ``home``, or None."""
    for f in (_pid_file(home), home / "run" / "neo4j.pid"):
        try:
            pid = int(f.read_text().strip())
        except (OSError, ValueError):
            continue
        if _alive(pid) and _our_server(pid, home):
            return pid
    return None


def port_free(port: int) -> bool:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            s.bind(("127.0.0.1", port))
        except OSError:
            return False
    return True


def free_port() -> int:
    """A port the kernel says is free now (for tests)."""
    return free_ports(1)[0]


def free_ports(n: int) -> list[int]:
    """``n`` different ports the kernel says are free now: the sockets stay bound until all are
    chosen, so two calls cannot hand out the same port."""
    socks = []
    try:
        for _ in range(n):
            s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
            s.bind(("127.0.0.1", 0))
            socks.append(s)
        return [s.getsockname()[1] for s in socks]
    finally:
        for s in socks:
            s.close()


def _port_owner(port: int) -> str:
    """'pid 123 (java)' for the process listening on ``port``, best effort from /proc, or ''."""
    inodes = set()
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        try:
            lines = Path(table).read_text().splitlines()[1:]
        except OSError:
            continue
        for line in lines:
            f = line.split()
            if len(f) > 9 and f[3] == "0A" and int(f[1].rsplit(":", 1)[1], 16) == port:
                inodes.add(f[9])
    if not inodes:
        return ""
    for proc in Path("/proc").iterdir():
        if not proc.name.isdigit():
            continue
        try:
            for fd in (proc / "fd").iterdir():
                link = os.readlink(fd)
                if link.startswith("socket:[") and link[8:-1] in inodes:
                    name = (proc / "comm").read_text().strip()
                    return f"pid {proc.name} ({name})"
        except OSError:
            continue
    return ""


def _http_info(http_port: int, timeout: float = 2.0) -> dict | None:
    """The discovery JSON of ``GET /`` (no auth needed), or None when nothing answers with 200."""
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{http_port}/", timeout=timeout) as r:
            if r.status != 200:
                return None
            return json.loads(r.read().decode("utf-8"))
    except (OSError, ValueError, urllib.error.URLError):
        return None


def _bolt_ok(bolt_port: int, pw: str) -> bool:
    """True when ``RETURN 1`` runs over Bolt; raises KGError when the server rejects the password."""
    from neo4j import GraphDatabase
    from neo4j.exceptions import AuthError, DriverError, Neo4jError

    try:
        with GraphDatabase.driver(f"bolt://127.0.0.1:{bolt_port}", auth=(USER, pw), connection_timeout=3,
                                  connection_acquisition_timeout=5) as driver:
            return driver.execute_query("RETURN 1 AS one").records[0]["one"] == 1
    except AuthError as err:
        raise KGError(f"Neo4j on port {bolt_port} rejected the password (the stored one, or $NEO4J_PASSWORD): "
                      f"{err.message}") from None
    except (DriverError, Neo4jError, OSError):
        return False


def _tail(path: Path, n: int = 15) -> str:
    try:
        lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return ""
    return "\n".join(lines[-n:])


def _failure(home: Path, reason: str) -> KGError:
    parts = [reason]
    for log in (home / "logs" / "neo4j.log", home / "run" / "console.log"):
        tail = _tail(log)
        if tail:
            parts.append(f"--- last lines of {log}:\n{tail}")
    return KGError("\n".join(parts))


# ------------------------------------------------------------------ start, stop, status


@dataclass
class Status:
    running: bool
    ready: bool
    pid: int | None
    http_port: int
    bolt_port: int
    version: str | None
    edition: str | None
    home: str
    store: str
    password_file: str
    installed: bool

    @property
    def bolt_uri(self) -> str:
        return f"bolt://127.0.0.1:{self.bolt_port}"

    @property
    def browser_url(self) -> str:
        return f"http://127.0.0.1:{self.http_port}/browser/"

    def as_dict(self) -> dict:
        return {**asdict(self), "bolt_uri": self.bolt_uri, "browser_url": self.browser_url}


def status(home: Path | None = None) -> Status:
    home = (home or default_home()).resolve()
    pid = server_pid(home)
    http_port, bolt_port = _conf_ports(home)
    info = _http_info(http_port) if pid else None
    return Status(
        running=pid is not None, ready=info is not None, pid=pid, http_port=http_port, bolt_port=bolt_port,
        version=(info or {}).get("neo4j_version") or (NEO4J_VERSION if is_installed(home) else None),
        edition=(info or {}).get("neo4j_edition"), home=str(home), store=str(home / "data"),
        password_file=str(password_file(home)), installed=is_installed(home),
    )


def _check_ports(http_port: int, bolt_port: int) -> None:
    if http_port == bolt_port:
        raise KGError(f"the HTTP and Bolt ports must differ (both are {http_port})")
    for port, what, opt in ((http_port, "HTTP", "--http-port"), (bolt_port, "Bolt", "--bolt-port")):
        if not port_free(port):
            owner = _port_owner(port)
            by = f" by {owner}" if owner else ""
            neo = _http_info(port, timeout=1.0)
            if neo and neo.get("neo4j_version"):
                by += f", a Neo4j {neo['neo4j_version']} server"
            raise KGError(f"port {port} ({what}) on 127.0.0.1 is already taken{by}; stop that program "
                          f"(`kg neo4j stop --home DIR` if it is another of our servers) or choose another port with {opt}")


def wait_ready(home: Path, pid: int, http_port: int, bolt_port: int, pw: str, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    http_ok = False
    while True:
        if not _alive(pid):
            raise _failure(home, f"Neo4j (pid {pid}) exited while starting")
        if not http_ok:
            http_ok = _http_info(http_port, timeout=1.0) is not None
        if http_ok and _bolt_ok(bolt_port, pw):
            return
        if time.monotonic() > deadline:
            raise _failure(home, f"Neo4j (pid {pid}) did not become ready within {timeout:.0f} s; it is still "
                                 f"running: see the logs in {home / 'logs'}, or `kg neo4j stop`")
        time.sleep(0.25)


def start(home: Path | None = None, *, http_port: int = HTTP_PORT, bolt_port: int = BOLT_PORT,
          heap: str = "256m", pagecache: str = "256m", timeout: float = 120.0) -> tuple[Status, bool]:
    """Start the server detached and wait until HTTP and Bolt answer.

    Returns (status, started): started is False when it was already running (then the ports it runs on win).
    """
    home = (home or default_home()).resolve()
    pid = server_pid(home)
    if pid is not None:
        http, bolt = _conf_ports(home)
        wait_ready(home, pid, http, bolt, password(home), timeout)
        return status(home), False
    if not is_installed(home):
        raise KGError(f"Neo4j is not installed in {home}; run `kg neo4j install` first")
    _check_ports(http_port, bolt_port)
    java = _java()
    pw = password(home)
    write_conf(home, http_port, bolt_port, pagecache=pagecache)
    install_files(home, http_port)  # the guide and style from the current saved queries, into the Browser's jar
    for d in ("data", "logs", "run"):
        (home / d).mkdir(exist_ok=True)
    if not _initialised(home):
        _set_initial_password(home, java, pw)
    log = home / "logs" / "neo4j.log"
    if log.exists():  # keep the previous run's log for post-mortems; the tail we show is this run's
        log.replace(home / "logs" / "neo4j.log.1")
    env = {**os.environ, "NEO4J_HOME": str(home), "NEO4J_CONF": str(home / "conf")}
    cmd = [java, f"-Xms{heap}", f"-Xmx{heap}", *JVM_OPTS, "-cp", str(home / "lib" / "*"), MAIN_CLASS,
           f"--home-dir={home}", f"--config-dir={home / 'conf'}"]
    with open(home / "run" / "console.log", "wb") as console:
        proc = subprocess.Popen(cmd, cwd=home, env=env, stdin=subprocess.DEVNULL, stdout=console,
                                stderr=subprocess.STDOUT, start_new_session=True)
    _pid_file(home).write_text(f"{proc.pid}\n")
    try:
        wait_ready(home, proc.pid, http_port, bolt_port, pw, timeout)
    except KGError:
        if _alive(proc.pid):
            raise
        _pid_file(home).unlink(missing_ok=True)
        raise
    return status(home), True


def stop(home: Path | None = None, *, timeout: float = 60.0) -> int | None:
    """SIGTERM the server of ``home`` (SIGKILL after ``timeout`` s). Returns its pid, or None if none ran."""
    home = (home or default_home()).resolve()
    pid = server_pid(home)
    if pid is None:
        _pid_file(home).unlink(missing_ok=True)
        return None
    os.kill(pid, signal.SIGTERM)
    deadline = time.monotonic() + timeout
    while _alive(pid):
        if time.monotonic() > deadline:
            if _our_server(pid, home):
                os.kill(pid, signal.SIGKILL)
            for _ in range(100):
                if not _alive(pid):
                    break
                time.sleep(0.1)
            break
        time.sleep(0.2)
    _pid_file(home).unlink(missing_ok=True)
    return pid
