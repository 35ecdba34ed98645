"""Regenerate generated/langgraph_api_client from openapi.yaml: the one entry point.

    python generator/generate.py            # rewrite generated/ in place
    python generator/generate.py --check    # regenerate elsewhere, fail on any difference

openapi-python-client (pinned in noxfile.py) renders the package with our templates in
templates/ and the settings in generator/config.yaml; any generator warning fails the run.
The post-hooks in config.yaml format the output with the ruff of this interpreter, so the
result does not depend on what else is on the machine. Then this script adds `py.typed` and
generated/README.md, and renders the files the generator's file list has no place for:
`literals.py` from templates/literals.py.jinja (the spec's string enums as Literal aliases),
`sdk_literals.py` from templates/sdk_literals.py.jinja (the same under langgraph-sdk's names,
the `x-sdk-name` of each enum), `stream_parts.py` from templates/stream_parts.py.jinja (the
schemas marked `x-typed-dict`, as TypedDicts: the generator never sees them),
`protocol_events.py` from templates/protocol_events.py.jinja (the event class of each
protocol method: the schemas whose `x-base` is `ProtocolEvent`, by their `method` const), and
`resources.py` from templates/resources.py.jinja (the resource methods of the operations
marked `x-sdk-method`: see sdk_methods.py). The output is rebuilt from scratch every time:
two runs give the same bytes.
"""

from __future__ import annotations

import argparse
import difflib
import filecmp
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

import sdk_methods
import yaml

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "openapi.yaml"
CONFIG = ROOT / "generator" / "config.yaml"
TEMPLATES = ROOT / "templates"
OUTPUT = ROOT / "generated"
PACKAGE = "langgraph_api_client"
VERSION_FIELD = "x-langgraph-api-version"
SINCE_FIELD = "x-since"
LIST_ENCODING_FIELD = "x-list-encoding"
SDK_NAME_FIELD = "x-sdk-name"
TYPED_DICT_FIELD = "x-typed-dict"
BASE_FIELD = "x-base"
METHODS = ("get", "put", "post", "delete", "patch", "options", "head", "trace")

README = """\
# {package}

Generated code: do not edit. Every file below this folder is written by
`python generator/generate.py` (or `nox -s generate`) from `openapi.yaml`,
the Jinja templates in `templates/` and the settings in `generator/config.yaml`,
with openapi-python-client {generator_version} and ruff {ruff_version}.
It describes LangGraph API {api_version}.

To change it, change the spec or a template and regenerate; `nox -s check_generated`
fails when this folder differs from what the generator produces.
"""


def api_version(spec: Path) -> str:
    """The LangGraph API version the spec describes.

    `info.x-langgraph-api-version` if the spec has it, else `info.version`.
    """
    info = yaml.safe_load(spec.read_text(encoding="utf-8")).get("info", {})
    version = info.get(VERSION_FIELD, info.get("version"))
    if not version:
        raise SystemExit(f"{spec.name}: info.version is missing")
    return str(version)


#: The `x-` extensions of an operation the endpoint template reads, by the name of the
#: mapping (operation id -> value) it finds them in: see `templates_with_extensions`.
OPERATION_EXTENSIONS = {
    "SINCE": SINCE_FIELD,  # the first langgraph-api release serving it: "0.5.41"
    "RETRY_SAFE": "x-retry-safe",  # a POST that only reads, safe to send again: true
    "RESUMABLE": "x-resumable",  # an event stream: true, or the body field that asks for it
    "PAGINATION": "x-pagination",  # the paging headers: {next: X-Pagination-Next, total: ...}
}


def templates_with_extensions(spec: Path, work: Path) -> Path:
    """Our templates, plus `operation_extensions.jinja` made from the spec's operations.

    The generator hands an endpoint template no `x-` extension of its operation, so each
    one the templates use is passed on as a mapping from operation id to value, one per
    entry of `OPERATION_EXTENSIONS` (`SINCE` from `x-since`, ...), for
    endpoint_module.py.jinja; and `LIST_ENCODING` maps `<operation id>.<parameter>` to the
    `x-list-encoding` of a query parameter (how a list given for it is sent).
    `request_models.jinja` lists the request-only schemas (`REQUEST_ONLY`) for model.py.jinja.
    """
    doc = yaml.safe_load(spec.read_text(encoding="utf-8"))
    operations = [
        operation
        for item in doc.get("paths", {}).values()
        for method, operation in item.items()
        if method in METHODS
    ]
    encodings = {
        f"{operation['operationId']}.{parameter['name']}": parameter[LIST_ENCODING_FIELD]
        for operation in operations
        for parameter in operation.get("parameters", [])
        if LIST_ENCODING_FIELD in parameter
    }
    lines = [f"{{% set LIST_ENCODING = {json.dumps(encodings, sort_keys=True)} %}}\n"]
    for name, field in OPERATION_EXTENSIONS.items():
        found = {
            operation["operationId"]: operation[field]
            for operation in operations
            if field in operation
        }
        if name == "SINCE":
            found = {key: str(value) for key, value in found.items()}
        lines.append(f"{{% set {name} = {json.dumps(found, sort_keys=True)} %}}\n")
    locations = json.dumps(content_locations(doc, operations), sort_keys=True)
    lines.append(f"{{% set CONTENT_LOCATION = {locations} %}}\n")
    templates = work / "templates"
    shutil.copytree(TEMPLATES, templates)
    (templates / "operation_extensions.jinja").write_text("".join(lines), encoding="utf-8")
    names = ", ".join(f'"{name}"' for name in request_only_schemas(doc))
    (templates / "request_models.jinja").write_text(
        f"{{% set REQUEST_ONLY = [{names}] %}}\n", encoding="utf-8"
    )
    return templates


def content_locations(doc: dict[str, Any], operations: list[dict[str, Any]]) -> dict[str, str]:
    """The shape of the `Content-Location` each operation's 2xx answers carry, by operation
    id: the `x-path` of the header the spec declares there (`/threads/{thread_id}/runs/{run_id}`),
    for endpoint_module.py.jinja's `CONTENT_LOCATION`. Two shapes for one operation fail."""
    found: dict[str, str] = {}
    for operation in operations:
        for status, response in operation.get("responses", {}).items():
            header = response.get("headers", {}).get("Content-Location")
            if not str(status).startswith("2") or header is None:
                continue
            ref = header.get("$ref")
            if isinstance(ref, str):
                header = doc["components"]["headers"][ref.rsplit("/", 1)[-1]]
            shape = header.get("x-path")
            if shape is None:
                continue
            operation_id = operation["operationId"]
            if found.setdefault(operation_id, shape) != shape:
                raise SystemExit(f"openapi.yaml: {operation_id}: two Content-Location shapes")
    return found


def request_only_schemas(doc: dict[str, Any]) -> list[str]:
    """The titles of the schemas only request bodies and parameters use (no answer holds
    them), for model.py.jinja: their constructors take the declared fields and no others."""
    schemas = doc.get("components", {}).get("schemas", {})

    def reached(node: Any, found: set[str]) -> set[str]:
        if isinstance(node, dict):
            ref = node.get("$ref")
            if isinstance(ref, str):
                target: Any = doc
                for part in ref.removeprefix("#/").split("/"):
                    target = target[part]
                name = ref.rsplit("/", 1)[-1]
                is_schema = ref.startswith("#/components/schemas/")
                if not is_schema or name not in found:
                    found.update({name} if is_schema else set())
                    reached(target, found)
            for key, value in node.items():
                if key != "$ref":
                    reached(value, found)
        elif isinstance(node, list):
            for value in node:
                reached(value, found)
        return found

    sent: set[str] = set()
    read: set[str] = set()
    for item in doc.get("paths", {}).values():
        for method, operation in item.items():
            if method in METHODS:
                reached([operation.get("requestBody"), operation.get("parameters")], sent)
                reached(operation.get("responses"), read)
    return sorted(schemas[name].get("title", name) for name in sent - read)


def string_enums(spec: Path) -> list[dict[str, object]]:
    """The spec's top-level string enums, in spec order: name (the title), description, values
    and sdk_names (langgraph-sdk's names for it, from `x-sdk-name`: one or a list)."""
    schemas = yaml.safe_load(spec.read_text(encoding="utf-8"))["components"]["schemas"]
    enums = []
    for key, schema in schemas.items():
        values = schema.get("enum")
        if schema.get("type") != "string" or not values:
            continue
        if not all(isinstance(value, str) for value in values):
            raise SystemExit(f"{spec.name}: enum {key} holds a value that is not a string")
        description = " ".join(str(schema.get("description", key)).split())
        name = schema.get("title", key)
        sdk_names = schema.get(SDK_NAME_FIELD, [])
        sdk_names = [sdk_names] if isinstance(sdk_names, str) else sdk_names
        enums.append(
            {"name": name, "description": description, "values": values, "sdk_names": sdk_names}
        )
    return enums


#: The annotation of each JSON Schema `type` a typed dict's field may have (`array` aside).
JSON_TYPES = {
    "string": "str",
    "integer": "int",
    "number": "float",
    "boolean": "bool",
    "null": "None",
    "object": "dict[str, Any]",
}


def typed_dicts(doc: dict[str, Any]) -> list[dict[str, Any]]:
    """The schemas marked `x-typed-dict`, in spec order, for stream_parts.py.jinja: each a
    name, doc and either `union` (the names a `oneOf` lists) or `bases` (what `allOf` names,
    else TypedDict) and `fields` (name, annotation, whether it is `required`, doc). A `$ref`
    to a schema not so marked is annotated as that schema is."""
    schemas = doc["components"]["schemas"]

    def target(node: dict[str, Any]) -> str:
        return str(node["$ref"]).rsplit("/", 1)[-1]

    def annotation(node: dict[str, Any]) -> str:
        if "$ref" in node:
            name = target(node)
            return name if schemas[name].get(TYPED_DICT_FIELD) else annotation(schemas[name])
        if "const" in node:
            return f"Literal[{json.dumps(node['const'])}]"
        if "oneOf" in node:
            return " | ".join(annotation(option) for option in node["oneOf"])
        kinds = node.get("type")
        if kinds is None:
            return "Any"
        return " | ".join(
            f"list[{annotation(node.get('items', {}))}]" if kind == "array" else JSON_TYPES[kind]
            for kind in ([kinds] if isinstance(kinds, str) else kinds)
        )

    def docstring(node: dict[str, Any]) -> str:
        """The description, one paragraph, with Markdown's `code` as reStructuredText's."""
        text = " ".join(str(node.get("description", "")).split())
        return re.sub(r"`([^`]+)`", r"``\1``", text)

    found: list[dict[str, Any]] = []
    for name, schema in schemas.items():
        if not schema.get(TYPED_DICT_FIELD):
            continue
        item: dict[str, Any] = {"name": name, "doc": docstring(schema), "union": None}
        if "oneOf" in schema:
            item["union"] = [target(option) for option in schema["oneOf"]]
        else:
            required = set(schema.get("required", []))
            item["bases"] = [target(base) for base in schema.get("allOf", [])] or ["TypedDict"]
            item["fields"] = [
                {
                    "name": key,
                    "type": annotation(field),
                    "required": key in required,
                    "doc": docstring(field),
                }
                for key, field in schema.get("properties", {}).items()
            ]
        found.append(item)
    return found


def protocol_events(doc: dict[str, Any]) -> list[dict[str, str]]:
    """The schemas that narrow `ProtocolEvent` (`x-base`), in spec order, for
    protocol_events.py.jinja: each its class `name` and the `method` its `method` const names."""
    found = []
    for key, schema in doc["components"]["schemas"].items():
        if (schema.get(BASE_FIELD) or {}).get("class") != "ProtocolEvent":
            continue
        method = schema.get("properties", {}).get("method", {}).get("const")
        if not isinstance(method, str):
            raise SystemExit(f"openapi.yaml: {key} narrows ProtocolEvent without a `method` const")
        found.append({"method": method, "name": schema.get("title", key)})
    return found


def without_typed_dicts(spec: Path, work: Path) -> Path:
    """A copy of the spec without the schemas marked `x-typed-dict` (TypedDicts, not models),
    for openapi-python-client, which builds a model of every schema."""
    doc = yaml.safe_load(spec.read_text(encoding="utf-8"))
    schemas = doc["components"]["schemas"]
    doc["components"]["schemas"] = {
        name: schema for name, schema in schemas.items() if not schema.get(TYPED_DICT_FIELD)
    }
    copy = work / spec.name
    copy.write_text(yaml.safe_dump(doc, sort_keys=False, allow_unicode=True), encoding="utf-8")
    return copy


def render_extra(template: str, package_dir: Path, **context: Any) -> None:
    """Render `templates/<template>` into the package (as its name without `.jinja`): a file
    the generator's file list has no place for. Unused imports are dropped, then formatted."""
    import jinja2  # installed with openapi-python-client

    environment = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES),
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        undefined=jinja2.StrictUndefined,
    )
    target = package_dir / template.removesuffix(".jinja")
    target.write_text(environment.get_template(template).render(**context), encoding="utf-8")
    settings = ["--no-cache", "--isolated", "--target-version", "py311", "--line-length", "100"]
    ruff = [sys.executable, "-m", "ruff"]
    fix = ["check", "--fix-only", "--select", "I,F401", "--exit-zero", "--quiet"]
    subprocess.run([*ruff, *fix, str(target), *settings], check=True)
    subprocess.run([*ruff, "format", "--quiet", str(target), *settings], check=True)


def tool_version(module: str) -> str:
    out = subprocess.run(
        [sys.executable, "-m", module, "--version"], capture_output=True, text=True, check=True
    )
    return out.stdout.split()[-1]


def render(spec: Path, destination: Path) -> None:
    """Write the generated tree (package and README) into `destination`, which must not exist."""
    config = yaml.safe_load(CONFIG.read_text(encoding="utf-8"))
    version = api_version(spec)
    config["package_version_override"] = version
    package_dir = destination / PACKAGE
    with tempfile.TemporaryDirectory(prefix="lg-gen-") as work:
        config_path = Path(work) / "config.yaml"
        config_path.write_text(yaml.safe_dump(config, sort_keys=True), encoding="utf-8")
        # The post-hooks call `python -m ruff`: make that this interpreter and its pinned ruff.
        path = os.pathsep.join([str(Path(sys.executable).parent), os.environ.get("PATH", "")])
        env = {**os.environ, "PATH": path}
        env.pop("PYTHONPATH", None)
        result = subprocess.run(
            [
                sys.executable,
                "-m",
                "openapi_python_client",
                "generate",
                "--path",
                str(without_typed_dicts(spec, Path(work))),
                "--config",
                str(config_path),
                "--custom-template-path",
                str(templates_with_extensions(spec, Path(work))),
                "--meta",
                "none",
                "--fail-on-warning",
                "--output-path",
                str(package_dir),
            ],
            cwd=work,
            env=env,
            capture_output=True,
            text=True,
        )
    if result.returncode != 0 or "Warning" in result.stdout or "Warning" in result.stderr:
        sys.stderr.write(result.stdout + result.stderr)
        raise SystemExit(f"openapi-python-client failed (exit {result.returncode}); see above")
    enums = string_enums(spec)
    render_extra("literals.py.jinja", package_dir, enums=enums)
    render_extra("sync.py.jinja", package_dir)
    doc = yaml.safe_load(spec.read_text(encoding="utf-8"))
    render_extra("stream_parts.py.jinja", package_dir, typed_dicts=typed_dicts(doc))
    render_extra("protocol_events.py.jinja", package_dir, events=protocol_events(doc))
    # The spec's enums under langgraph-sdk's names (`sdk_literals.py`, from `x-sdk-name`).
    render_extra("sdk_literals.py.jinja", package_dir, enums=enums)
    found = sdk_methods.resources(doc, package_dir)
    render_extra(
        "resources.py.jinja",
        package_dir,
        resources=found,
        result_models=sorted({name for resource in found for name in resource["result_models"]}),
        literals=sorted({name for resource in found for name in resource["literals"]}),
        sdk_types=sdk_methods.sdk_types(doc),
        handwritten_overloads=sdk_methods.handwritten_overloads(doc),
    )
    (package_dir / "py.typed").write_text("", encoding="utf-8")
    (destination / "README.md").write_text(
        README.format(
            package=PACKAGE,
            generator_version=tool_version("openapi_python_client"),
            ruff_version=tool_version("ruff"),
            api_version=version,
        ),
        encoding="utf-8",
    )
    for cache in [*package_dir.rglob("__pycache__"), *package_dir.rglob(".ruff_cache")]:
        shutil.rmtree(cache)


def tree(base: Path) -> dict[str, Path]:
    """Every file under `base` by relative path, skipping caches."""
    return {
        path.relative_to(base).as_posix(): path
        for path in sorted(base.rglob("*"))
        if path.is_file() and "__pycache__" not in path.parts and path.suffix != ".pyc"
    }


def differences(expected: Path, actual: Path) -> list[str]:
    """A short report of how `actual` differs from `expected`: added, removed and changed files."""
    want, have = tree(expected), tree(actual)
    report = [f"missing from generated/: {name}" for name in sorted(want.keys() - have.keys())]
    report += [f"not produced by the generator: {name}" for name in sorted(have - want.keys())]
    for name in sorted(want.keys() & have.keys()):
        if not filecmp.cmp(want[name], have[name], shallow=False):
            diff = difflib.unified_diff(
                have[name].read_text(encoding="utf-8").splitlines(),
                want[name].read_text(encoding="utf-8").splitlines(),
                f"generated/{name}",
                f"regenerated/{name}",
                lineterm="",
                n=1,
            )
            lines = list(diff)
            report.append(f"changed: {name}")
            report.extend("    " + line for line in lines[:20])
            if len(lines) > 20:
                report.append(f"    ... {len(lines) - 20} more diff lines")
    return report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail if generated/ is not up to date")
    parser.add_argument(
        "--spec", type=Path, default=SPEC, help="the OpenAPI document (default: openapi.yaml)"
    )
    args = parser.parse_args(argv)
    spec = args.spec.resolve()
    with tempfile.TemporaryDirectory(prefix="lg-generated-") as scratch:
        fresh = Path(scratch) / "generated"
        render(spec, fresh)
        if args.check:
            report = differences(fresh, OUTPUT)
            if report:
                print("generated/ differs from what the generator produces:", file=sys.stderr)
                print("\n".join(report), file=sys.stderr)
                print("run `nox -s generate` and commit the result", file=sys.stderr)
                return 1
            print(f"generated/ is up to date ({len(tree(fresh))} files)")
            return 0
        shutil.rmtree(OUTPUT / PACKAGE, ignore_errors=True)
        OUTPUT.mkdir(exist_ok=True)
        shutil.copytree(fresh / PACKAGE, OUTPUT / PACKAGE)
        shutil.copyfile(fresh / "README.md", OUTPUT / "README.md")
    print(f"generated/{PACKAGE} written from {spec.name}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
