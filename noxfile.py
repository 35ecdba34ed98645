"""Developer and CI sessions: generate, check, lint, type-check, test, benchmark, demo.

`nox -t ci` runs what CI runs. Every tool is pinned here, so a session gives the same
result on any machine.
"""

from __future__ import annotations

from pathlib import Path

import nox

nox.options.default_venv_backend = "venv"
nox.options.reuse_existing_virtualenvs = True
nox.options.error_on_missing_interpreters = True

PYTHON = "3.11"
GENERATOR = ["openapi-python-client==0.29.1", "ruff==0.17.6", "pyyaml==6.0.3"]
LINT = ["ruff==0.17.6"]
TYPECHECK = ["mypy==2.4.1"]
#: The langgraph-sdk this client follows: tests/test_surface.py compares with it, the
#: benchmarks race it, the docs' extension types name its classes.
SDK = "langgraph-sdk==0.4.14"
# The supported window of servers: the oldest langgraph-api, one in the middle, the newest.
# Each runs from its own environment (`server-<version>`), with the versions its release
# installs cleanly with pinned, and our package beside it (the graphs in tests/app import it).
SERVERS = {
    "0.16.7": [
        "langgraph-api==0.16.7",
        "langgraph-cli[inmem]==0.4.40",
        "langgraph-runtime-inmem==0.36.7",
        "langgraph==1.2.24",
        "langgraph-checkpoint==4.3.2",
        SDK,
        "langchain-core==1.8.3",
    ],
    "0.10.3": [
        "langgraph-api==0.10.3",
        "langgraph-cli[inmem]==0.4.40",
        "langgraph-runtime-inmem==0.30.3",
        "langgraph==1.2.24",
        "langgraph-checkpoint==4.3.2",
        SDK,
        "langchain-core==1.8.3",
    ],
    "0.4.48": [
        "langgraph-api==0.4.48",
        "langgraph-cli[inmem]==0.4.8",
        "langgraph-runtime-inmem==0.14.1",
        "langgraph==1.2.24",
        "langgraph-checkpoint==4.3.2",
        SDK,
        "langchain-core==1.8.3",
    ],
}
NEWEST = "0.16.7"
SERVER = SERVERS[NEWEST]
TEST = [
    "pytest==9.2.0",
    "pytest-asyncio==1.5.0",
    "pytest-timeout==2.4.0",
    "hypothesis==6.170.15",
    "pyyaml==6.0.3",
    SDK,  # the compatibility anchor: surface, SSE and extension tests
    "cryptography==50.0.2",  # a certificate for the aiohttp transport's TLS tests
    "opentelemetry-sdk==1.45.2",  # the in-memory span exporter of the tracing tests
]
CODE = ["wrapper", "tests", "benchmarks", "generator", "docs", "demo.py", "noxfile.py"]


@nox.session(python=PYTHON)
def generate(session: nox.Session) -> None:
    """Regenerate generated/ from openapi.yaml and templates/; any warning fails."""
    session.install(*GENERATOR)
    session.run("python", "generator/generate.py")


@nox.session(python=PYTHON, tags=["ci"])
def check_generated(session: nox.Session) -> None:
    """Regenerate into a temporary folder and fail on any difference from generated/."""
    session.install(*GENERATOR)
    session.run("python", "generator/generate.py", "--check")


@nox.session(python=PYTHON)
def spec_diff(session: nox.Session) -> None:
    """Compare openapi.yaml with a live server: `nox -s spec_diff -- http://127.0.0.1:8123`."""
    session.install("pyyaml==6.0.3", "httpx==0.28.1")
    session.run("python", "generator/spec_diff.py", *session.posargs)


@nox.session(python=PYTHON, tags=["ci"])
def lint(session: nox.Session) -> None:
    """ruff check and ruff format --check on the handwritten code."""
    session.install(*LINT)
    session.run("ruff", "check", *CODE)
    session.run("ruff", "format", "--check", *CODE)


@nox.session(python=PYTHON, tags=["ci"])
def typecheck(session: nox.Session) -> None:
    """mypy --strict on both packages."""
    session.install(*TYPECHECK, "-e", ".[websocket]")
    session.run("mypy", "--strict", "-p", "langgraph_api_client", "-p", "langgraph_client")
    # The typing surface as a caller sees it: narrowing stream parts, the overloads, the
    # request models' constructors.
    session.run("mypy", "--strict", "tests/typing")


def _env_bin(session_name: str, program: str) -> str:
    """`program` in the environment of the session `session_name` (nox's `.nox` folder)."""
    folder = session_name.replace(".", "-").lower()
    return str(Path(__file__).parent / ".nox" / folder / "bin" / program)


@nox.session(python=PYTHON, default=False)
def test_env(session: nox.Session) -> None:
    """The one test environment: pytest, our client (with aiohttp) and its test tools."""
    session.install(*TEST, "-e", ".[aiohttp,otel,langchain,websocket]")


def _server_env(api: str) -> dict[str, str]:
    """What the test conftest reads to start the pinned server `api`."""
    return {
        "LANGGRAPH_CLI_NO_ANALYTICS": "1",
        "LANGGRAPH_SERVER_CLI": _env_bin(f"server-{api}", "langgraph"),
        "LANGGRAPH_SERVER_API": api,
    }


def _server_sessions(api: str) -> None:
    """`server-<api>`: the pinned server's environment; `tests[-<api>]`: pytest against it.

    The newest server gets the whole suite (`tests`); an older one only the tests marked
    `real_server` (conftest marks every test that uses a server), since the rest does not
    depend on the server. `nox -s tests-0.4.48 -- tests/test_x.py -x` narrows a run.
    """

    @nox.session(python=PYTHON, name=f"server-{api}", default=False)
    def server(session: nox.Session) -> None:
        session.install(*SERVERS[api], "-e", ".")

    newest = api == NEWEST
    name = "tests" if newest else f"tests-{api}"

    @nox.session(
        name=name, venv_backend="none", tags=["ci"], requires=["test_env", f"server-{api}"]
    )
    def tests(session: nox.Session) -> None:
        marker = [] if newest else ["-m", "real_server"]
        session.run(
            _env_bin("test_env", "pytest"),
            *marker,
            *(session.posargs or ["-q"]),
            env=_server_env(api),
            external=True,
        )

    server.__doc__ = f"langgraph-api {api} and its pinned dependencies, with our package."
    what = "The test suite" if newest else "The real-server tests"
    tests.__doc__ = f"{what} against langgraph-api {api}."


for _api in SERVERS:
    _server_sessions(_api)

#: The oldest websockets the package allows (langgraph-sdk 0.4.14's floor): before 17 its sync
#: socket and its redirects take other paths in `_websocket.py`, which no other env runs.
OLDEST_WEBSOCKETS = "websockets==14.2"
WEBSOCKET_TESTS = [
    "tests/test_security.py",
    "tests/test_thread_stream_reconnect.py",
    "tests/test_client_thread_stream.py",
]


@nox.session(python=PYTHON, tags=["ci"], requires=[f"server-{NEWEST}"])
def tests_websockets14(session: nox.Session) -> None:
    """The websocket tests with the oldest websockets allowed, against the newest server."""
    session.install(*TEST, "-e", ".[aiohttp,otel,langchain,websocket]", OLDEST_WEBSOCKETS)
    session.run(
        "pytest",
        *(session.posargs or ["-q", "-k", "websocket", *WEBSOCKET_TESTS]),
        env=_server_env(NEWEST),
    )


@nox.session(python=PYTHON)
def demo(session: nox.Session) -> None:
    """Start the embedded in-memory server and walk through the API with the client."""
    session.install(*SERVER, "-e", ".")
    session.run("python", "demo.py", env={"LANGGRAPH_CLI_NO_ANALYTICS": "1"})


BENCH = [SDK, "httpx-aiohttp==0.2.0", "uvloop==0.23.0"]


@nox.session(python=PYTHON)
def bench(session: nox.Session) -> None:
    """Our client against langgraph-sdk and the httpx floor; rewrites docs/performance.md.

    Built from our own dependency list (the async path's sniffio included), with langgraph-sdk
    and the stub server's uvloop beside it. `nox -s bench -- --quick` is a smoke run that
    leaves the docs alone.
    """
    session.install(".[aiohttp]", *BENCH)
    args = list(session.posargs)
    if "--quick" not in args:
        args += ["--write-docs", "docs/performance.md"]
    session.run("python", "-m", "benchmarks.bench", *args)


BUILD = ["build==1.6.1"]
DOCS = ["pdoc==16.0.0"]


@nox.session(python=PYTHON, tags=["ci"])
def build(session: nox.Session) -> None:
    """The sdist and the wheel in dist/, each checked to hold both packages and py.typed."""
    import shutil
    import tarfile
    import zipfile
    from pathlib import Path

    session.install(*BUILD)
    shutil.rmtree("dist", ignore_errors=True)
    session.run("python", "-m", "build", "--outdir", "dist")
    (wheel,) = Path("dist").glob("*.whl")
    (sdist,) = Path("dist").glob("*.tar.gz")
    wheel_names = set(zipfile.ZipFile(wheel).namelist())
    with tarfile.open(sdist) as tar:
        sdist_names = {name.split("/", 1)[1] for name in tar.getnames() if "/" in name}
    for package, folder in (("langgraph_client", "wrapper"), ("langgraph_api_client", "generated")):
        for name in ("__init__.py", "py.typed"):
            if f"{package}/{name}" not in wheel_names:
                session.error(f"{wheel.name} lacks {package}/{name}")
            if f"{folder}/{package}/{name}" not in sdist_names:
                session.error(f"{sdist.name} lacks {folder}/{package}/{name}")
    session.log(f"built {sdist.name} and {wheel.name}")


@nox.session(python=PYTHON, tags=["ci"])
def breaking(session: nox.Session) -> None:
    """openapi.yaml against the previous release: fail on a change that breaks a pinned caller.

    `nox -s breaking -- --old a.yaml --new b.yaml` compares two files instead.
    """
    session.install("pyyaml==6.0.3")
    session.run("python", "generator/breaking.py", *session.posargs)


@nox.session(python=PYTHON, tags=["ci"])
def docs(session: nox.Session) -> None:
    """The API reference of both packages, as HTML in site/api; any warning fails."""
    # langgraph-sdk: the extension types name its classes in their annotations.
    session.install(*DOCS, SDK, ".")
    session.run("python", "docs/build_reference.py", *session.posargs)
