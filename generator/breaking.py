"""List the changes in openapi.yaml that break a caller pinned to the previous release.

    python generator/breaking.py                      # or: nox -s breaking
    python generator/breaking.py --base v0.1.0        # against openapi.yaml at any git ref
    python generator/breaking.py --old a.yaml --new b.yaml

The base is openapi.yaml as of the previous release: the newest tag `v*`, or, while
there is no tag, the first commit that has openapi.yaml. When git cannot supply one (no
repository, a shallow clone without that commit), the spec is compared with itself and
the report says so.

A caller sends requests and reads responses, so the two directions are judged apart:

- requests: the new spec must accept everything the old one did. A removed field or
  parameter, one that became required (or a new required one), a narrowed type (string
  to integer, nullable to not nullable, a free value restricted to an enum) breaks.
- responses: the caller's code must still hold for what the new spec returns. A removed
  field, a field that is no longer always present, a widened type (integer to string,
  not nullable to nullable) breaks. Fields and enum values a newer server adds do not:
  the models keep them.
- both: a removed or renamed operation, a changed path or method, a removed enum value
  (its member disappears from the generated enum), a removed request body or success
  response.

Each break is printed on one line. The exit status is 1 when any is found, unless the
version in pyproject.toml announces it: a new major version over the base's (a new minor
one below 1.0), or a first release (no tag yet). `--strict`, and comparing two files, fail
on any break. 0 when there is none; 2 when a spec cannot be read.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
import tomllib
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
SPEC = "openapi.yaml"
METHODS = ("get", "put", "post", "delete", "patch", "options", "head", "trace")
JSON_TYPES = frozenset({"string", "integer", "number", "boolean", "object", "array", "null"})

Schema = Mapping[str, Any]
Spec = Mapping[str, Any]

# The kinds of break, as the report names them.
REMOVED_OPERATION = "removed operation"
RENAMED_OPERATION = "renamed operation"
CHANGED_PATH = "changed path"
CHANGED_METHOD = "changed method"
REMOVED_PARAMETER = "removed parameter"
REQUIRED_PARAMETER = "parameter became required"
REMOVED_REQUEST_BODY = "removed request body"
REQUIRED_REQUEST_BODY = "request body became required"
REMOVED_REQUEST_FIELD = "removed request field"
REQUIRED_REQUEST_FIELD = "request field became required"
REMOVED_RESPONSE = "removed success response"
REMOVED_RESPONSE_FIELD = "removed response field"
OPTIONAL_RESPONSE_FIELD = "response field no longer always present"
REMOVED_ENUM_VALUE = "removed enum value"
NARROWED_REQUEST_TYPE = "narrowed request type"
WIDENED_RESPONSE_TYPE = "changed response type"


@dataclass(frozen=True, order=True)
class Break:
    """One change that breaks a pinned caller: its kind, where, and what changed."""

    kind: str
    where: str
    detail: str = ""

    def __str__(self) -> str:
        return f"{self.kind}: {self.where}" + (f" ({self.detail})" if self.detail else "")


# -- reading specs ---------------------------------------------------------------------------


def load(text: str) -> Spec:
    """A spec from its YAML (or JSON) text."""
    spec = yaml.safe_load(text)
    if not isinstance(spec, Mapping) or "paths" not in spec:
        raise ValueError("not an OpenAPI document (no paths)")
    return spec


def _git(root: Path, *args: str) -> str | None:
    try:
        done = subprocess.run(
            ["git", *args], cwd=root, capture_output=True, text=True, check=False, timeout=30
        )
    except (OSError, subprocess.SubprocessError):
        return None
    return done.stdout if done.returncode == 0 else None


def previous_release(root: Path = ROOT) -> str | None:
    """The git ref of the previous release: the newest `v*` tag, else the first commit
    that has openapi.yaml; None when git cannot tell (no repository, no history)."""
    tags = (_git(root, "tag", "--list", "v*", "--sort=-v:refname") or "").split()
    if tags:
        return tags[0]
    commits = (_git(root, "log", "--format=%H", "--diff-filter=A", "--", SPEC) or "").split()
    return commits[-1] if commits else None


def spec_at(ref: str, root: Path = ROOT) -> str | None:
    """The text of openapi.yaml at git ref `ref`, or None if git does not have it."""
    return _git(root, "show", f"{ref}:{SPEC}")


# -- schemas ---------------------------------------------------------------------------------


class _Side:
    """One spec, with $ref resolution."""

    def __init__(self, spec: Spec) -> None:
        self.spec = spec

    def resolve(self, schema: Any) -> tuple[Schema, str | None]:
        """The schema behind any chain of $refs, and the name of the last one."""
        name = None
        seen: set[str] = set()
        while isinstance(schema, Mapping) and "$ref" in schema:
            ref = str(schema["$ref"])
            if ref in seen:
                break
            seen.add(ref)
            node: Any = self.spec
            for part in ref.removeprefix("#/").split("/"):
                node = node.get(part, {}) if isinstance(node, Mapping) else {}
            name = ref.rsplit("/", 1)[-1]
            schema = node
        return (schema if isinstance(schema, Mapping) else {}), name

    def branches(self, schema: Any) -> list[tuple[Schema, str | None]]:
        """The alternatives of a schema (anyOf/oneOf flattened), each resolved."""
        resolved, name = self.resolve(schema)
        alternatives = resolved.get("anyOf") or resolved.get("oneOf")
        if not alternatives:
            return [(resolved, name)]
        out: list[tuple[Schema, str | None]] = []
        for alternative in alternatives:
            out.extend(self.branches(alternative))
        return out

    def types(self, schema: Any) -> frozenset[str] | None:
        """The JSON types a schema allows; None for "any value"."""
        found: set[str] = set()
        for branch, _ in self.branches(schema):
            if "allOf" in branch:
                found.add("object")
                continue
            declared = branch.get("type")
            if declared is None:
                if "const" in branch or "enum" in branch:
                    values = [branch["const"]] if "const" in branch else branch["enum"]
                    found.update(_json_type(value) for value in values)
                    continue
                if "properties" in branch:
                    found.add("object")
                    continue
                return None
            found.update([declared] if isinstance(declared, str) else declared)
            if branch.get("nullable"):
                found.add("null")
        return frozenset(found & JSON_TYPES)

    def enum(self, schema: Any) -> frozenset[Any] | None:
        """The values an enum schema allows (null aside); None when it is not an enum."""
        values: set[Any] = set()
        for branch, _ in self.branches(schema):
            if "enum" in branch:
                values.update(v for v in branch["enum"] if v is not None)
            elif "const" in branch:
                values.add(branch["const"])
            elif branch.get("type") != "null":
                return None
        return frozenset(values) if values else None

    def objects(self, schema: Any) -> list[tuple[Schema, str | None]]:
        """The object alternatives of a schema, each with its properties and required list."""
        out = []
        for branch, name in self.branches(schema):
            if "allOf" in branch:
                out.append((self._merge(branch), name))
            elif "properties" in branch or branch.get("type") == "object":
                out.append((branch, name))
        return out

    def _merge(self, schema: Schema) -> Schema:
        properties: dict[str, Any] = {}
        required: list[str] = []
        for part in schema["allOf"]:
            for piece, _ in self.objects(part):
                properties.update(piece.get("properties") or {})
                required.extend(piece.get("required") or [])
        return {"type": "object", "properties": properties, "required": required}

    def items(self, schema: Any) -> Any:
        """The item schema of an array schema (the first array alternative), or None."""
        for branch, _ in self.branches(schema):
            if branch.get("type") == "array" or "items" in branch:
                return branch.get("items")
        return None


def _json_type(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, list):
        return "array"
    return "object" if isinstance(value, dict) else "string"


def _uncovered(values: frozenset[str], by: frozenset[str]) -> list[str]:
    """The types in `values` that `by` does not allow (an integer is a number)."""
    return sorted(t for t in values if t not in by and not (t == "integer" and "number" in by))


def _describe(types: frozenset[str] | None) -> str:
    return "any" if types is None else "|".join(sorted(types)) or "nothing"


class _Compare:
    """Walks both specs side by side, collecting breaks."""

    def __init__(self, old: Spec, new: Spec) -> None:
        self.old = _Side(old)
        self.new = _Side(new)
        self.breaks: set[Break] = set()
        self._seen: set[tuple[str, str, str, str]] = set()

    def add(self, kind: str, where: str, detail: str = "") -> None:
        self.breaks.add(Break(kind, where, detail))

    # -- schemas, in one direction ----------------------------------------------------------
    def schema(self, old: Any, new: Any, where: str, *, request: bool) -> None:
        """Compare two schemas met at `where`; `request` says which direction data flows."""
        old_name = self.old.resolve(old)[1]
        new_name = self.new.resolve(new)[1]
        if old_name and old_name == new_name:
            where = old_name  # a named schema is reported once, by its name
        key = (where, old_name or repr(old), new_name or repr(new), "req" if request else "resp")
        if key in self._seen:
            return
        self._seen.add(key)

        self._types(old, new, where, request=request)
        self._enum(old, new, where, request=request)
        self._fields(old, new, where, request=request)
        old_items, new_items = self.old.items(old), self.new.items(new)
        if old_items is not None and new_items is not None:
            self.schema(old_items, new_items, f"{where}[]", request=request)

    def _types(self, old: Any, new: Any, where: str, *, request: bool) -> None:
        old_types, new_types = self.old.types(old), self.new.types(new)
        change = f"{_describe(old_types)} -> {_describe(new_types)}"
        if request:
            # The caller may send any value the old spec allowed.
            if new_types is None:
                return
            if old_types is None or _uncovered(old_types, new_types):
                self.add(NARROWED_REQUEST_TYPE, where, change)
        else:
            # The caller's code handles what the old spec returned, nothing more.
            if old_types is None or new_types is None:
                return
            if _uncovered(new_types, old_types):
                self.add(WIDENED_RESPONSE_TYPE, where, change)

    def _enum(self, old: Any, new: Any, where: str, *, request: bool) -> None:
        old_values, new_values = self.old.enum(old), self.new.enum(new)
        if old_values is not None and new_values is not None:
            for value in sorted(old_values - new_values, key=repr):
                self.add(REMOVED_ENUM_VALUE, where, repr(value))
        elif request and old_values is None and new_values is not None:
            self.add(NARROWED_REQUEST_TYPE, where, "any value -> one of an enum")

    def _fields(self, old: Any, new: Any, where: str, *, request: bool) -> None:
        old_objects, new_objects = self.old.objects(old), self.new.objects(new)
        if not old_objects or not new_objects:
            return
        if len(old_objects) == 1 and len(new_objects) == 1:
            pairs = [(old_objects[0][0], new_objects[0][0], where)]
        else:  # a union of models: compare the alternatives that keep their name
            old_names = {name for _, name in old_objects if name}
            new_names = {name for _, name in new_objects if name}
            if request:
                for name in sorted(old_names - new_names):
                    self.add(NARROWED_REQUEST_TYPE, where, f"no longer accepts {name}")
            else:
                for name in sorted(new_names - old_names):
                    self.add(WIDENED_RESPONSE_TYPE, where, f"may now also be {name}")
            by_name = {name: schema for schema, name in new_objects if name}
            pairs = [
                (schema, by_name[name], name)
                for schema, name in old_objects
                if name and name in by_name
            ]
        for old_object, new_object, at in pairs:
            self._object(old_object, new_object, at, request=request)

    def _object(self, old: Schema, new: Schema, where: str, *, request: bool) -> None:
        old_props = old.get("properties") or {}
        new_props = new.get("properties") or {}
        old_required = set(old.get("required") or [])
        new_required = set(new.get("required") or [])
        for name in old_props:
            if name not in new_props:
                kind = REMOVED_REQUEST_FIELD if request else REMOVED_RESPONSE_FIELD
                self.add(kind, f"{where}.{name}")
        if request:
            for name in sorted(new_required - old_required):
                detail = "" if name in old_props else "new field"
                self.add(REQUIRED_REQUEST_FIELD, f"{where}.{name}", detail)
        else:
            for name in sorted(old_required - new_required):
                if name in new_props:
                    self.add(OPTIONAL_RESPONSE_FIELD, f"{where}.{name}")
        for name, schema in old_props.items():
            if name in new_props:
                self.schema(schema, new_props[name], f"{where}.{name}", request=request)

    # -- operations ------------------------------------------------------------------------
    def operations(self) -> None:
        old_ops = dict(_operations(self.old.spec))
        new_ops = dict(_operations(self.new.spec))
        new_by_id = {op.get("operationId"): key for key, op in new_ops.items()}
        for key, old_op in sorted(old_ops.items()):
            method, path = key
            label = f"{method.upper()} {path}"
            op_id = old_op.get("operationId")
            if key in new_ops:
                new_op = new_ops[key]
                if op_id and new_op.get("operationId") != op_id:
                    self.add(RENAMED_OPERATION, label, f"{op_id} -> {new_op.get('operationId')}")
            elif op_id and op_id in new_by_id:
                new_method, new_path = new_by_id[op_id]
                new_op = new_ops[new_by_id[op_id]]
                if new_path != path:
                    self.add(CHANGED_PATH, op_id, f"{path} -> {new_path}")
                if new_method != method:
                    self.add(CHANGED_METHOD, op_id, f"{method.upper()} -> {new_method.upper()}")
            else:
                self.add(REMOVED_OPERATION, label, op_id or "")
                continue
            self.operation(old_op, new_op, op_id or label)

    def operation(self, old: Mapping[str, Any], new: Mapping[str, Any], where: str) -> None:
        old_params = {(p.get("in"), p.get("name")): p for p in self._parameters(self.old, old)}
        new_params = {(p.get("in"), p.get("name")): p for p in self._parameters(self.new, new)}
        for (place, name), param in old_params.items():
            at = f"{where} {place} parameter {name!r}"
            if (place, name) not in new_params:
                self.add(REMOVED_PARAMETER, at)
                continue
            new_param = new_params[(place, name)]
            if new_param.get("required") and not param.get("required"):
                self.add(REQUIRED_PARAMETER, at)
            self.schema(param.get("schema"), new_param.get("schema"), at, request=True)
        for (place, name), param in new_params.items():
            if (place, name) not in old_params and param.get("required"):
                self.add(REQUIRED_PARAMETER, f"{where} {place} parameter {name!r}", "new")

        old_body, new_body = self._body(self.old, old), self._body(self.new, new)
        if old_body is not None and new_body is None:
            self.add(REMOVED_REQUEST_BODY, where)
        if old_body is not None and new_body is not None:
            if new_body[1] and not old_body[1]:
                self.add(REQUIRED_REQUEST_BODY, where)
            self.schema(old_body[0], new_body[0], f"{where} request body", request=True)
        elif new_body is not None and new_body[1]:
            self.add(REQUIRED_REQUEST_BODY, where, "new")

        old_responses = old.get("responses") or {}
        new_responses = new.get("responses") or {}
        for status, response in old_responses.items():
            if not str(status).startswith("2"):
                continue
            if status not in new_responses:
                self.add(REMOVED_RESPONSE, f"{where} {status}")
                continue
            old_schema = _json_schema(self.old, response)
            new_schema = _json_schema(self.new, new_responses[status])
            if old_schema is not None and new_schema is not None:
                self.schema(old_schema, new_schema, f"{where} {status} response", request=False)

    @staticmethod
    def _parameters(side: _Side, op: Mapping[str, Any]) -> Iterator[Schema]:
        for param in op.get("parameters") or []:
            yield side.resolve(param)[0]

    @staticmethod
    def _body(side: _Side, op: Mapping[str, Any]) -> tuple[Any, bool] | None:
        if "requestBody" not in op:
            return None
        body = side.resolve(op["requestBody"])[0]
        return _json_schema(side, body), bool(body.get("required"))


def _operations(spec: Spec) -> Iterator[tuple[tuple[str, str], Mapping[str, Any]]]:
    for path, item in (spec.get("paths") or {}).items():
        shared = item.get("parameters") or []
        for method in METHODS:
            op = item.get(method)
            if isinstance(op, Mapping):
                if shared:
                    op = {**op, "parameters": [*shared, *(op.get("parameters") or [])]}
                yield (method, str(path)), op


def _json_schema(side: _Side, response: Any) -> Any:
    content = side.resolve(response)[0].get("content") or {}
    for media_type, entry in content.items():
        if "json" in media_type and isinstance(entry, Mapping):
            return entry.get("schema")
    return None


def breaking_changes(old: Spec, new: Spec) -> list[Break]:
    """Every change from `old` to `new` that breaks a caller of `old`, sorted."""
    compare = _Compare(old, new)
    compare.operations()
    return sorted(compare.breaks)


# -- command line ----------------------------------------------------------------------------


def version_at(ref: str, root: Path = ROOT) -> str | None:
    """The project version of git ref `ref`: a tag's name (v1.2.0), else its pyproject.toml."""
    if re.fullmatch(r"v\d+(\.\d+)*", ref):
        return ref[1:]
    text = _git(root, "show", f"{ref}:pyproject.toml")
    return _pyproject_version(text) if text else None


def _pyproject_version(text: str) -> str | None:
    try:
        return str(tomllib.loads(text)["project"]["version"])
    except (tomllib.TOMLDecodeError, KeyError, TypeError):
        return None


def is_breaking_bump(old: str, new: str) -> bool:
    """Whether going from version `old` to `new` announces breaking changes: a new major
    version, or a new minor version while the major is 0."""
    old_parts = [int(p) for p in re.findall(r"\d+", old)[:2]] + [0, 0]
    new_parts = [int(p) for p in re.findall(r"\d+", new)[:2]] + [0, 0]
    if old_parts[0] == 0 and new_parts[0] == 0:
        return new_parts[1] > old_parts[1]
    return new_parts[0] > old_parts[0]


def _verdict(count: int, root: Path, base_version: str | None, released: bool, strict: bool) -> int:
    """Print whether `count` breaks are allowed by the version in pyproject.toml; the status."""
    if not count:
        print("breaking: no breaking changes")
        return 0
    print(f"breaking: {count} breaking change(s)")
    pyproject = root / "pyproject.toml"
    version = (
        _pyproject_version(pyproject.read_text(encoding="utf-8")) if pyproject.exists() else None
    )
    if strict or version is None:
        return 1
    if not released:
        print(f"breaking: nothing is released yet (no tag v*): {version} is the first release")
        return 0
    if base_version and is_breaking_bump(base_version, version):
        print(f"breaking: {base_version} -> {version} announces them: allowed")
        return 0
    print(
        f"breaking: {base_version or 'the base'} -> {version} is not a breaking version bump: "
        "bump the major version (the minor one below 1.0) and say so in CHANGELOG.md"
    )
    return 1


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    source = parser.add_mutually_exclusive_group()
    source.add_argument("--base", help="git ref holding the old openapi.yaml")
    source.add_argument("--old", type=Path, help="the old spec as a file (implies --strict)")
    parser.add_argument("--repo", type=Path, default=ROOT, help="the project's git checkout")
    parser.add_argument("--new", type=Path, help="the new spec (default: the repo's openapi.yaml)")
    parser.add_argument(
        "--strict", action="store_true", help="fail on any break, whatever the version says"
    )
    args = parser.parse_args(argv)

    root: Path = args.repo
    new_path: Path = args.new or root / SPEC
    strict = args.strict or args.old is not None
    base_version: str | None = None
    released = True
    try:
        new_text = new_path.read_text(encoding="utf-8")
        if args.old is not None:
            old_text, label = args.old.read_text(encoding="utf-8"), str(args.old)
        else:
            ref: str | None = args.base or previous_release(root)
            released = args.base is not None or (ref is not None and ref.startswith("v"))
            found = spec_at(ref, root) if ref else None
            if ref is None or found is None:
                why = f"git has no {SPEC} at {ref}" if ref else "git has no earlier spec"
                print(f"breaking: {why}; comparing {new_path.name} with itself")
                old_text, label = new_text, f"{new_path.name} (itself)"
            else:
                old_text, label = found, f"{SPEC} at {ref}"
                base_version = version_at(ref, root)
        old, new = load(old_text), load(new_text)
    except (OSError, ValueError, yaml.YAMLError) as exc:
        print(f"breaking: cannot read a spec: {exc}", file=sys.stderr)
        return 2

    print(f"breaking: {new_path.name} against {label}")
    found_breaks = breaking_changes(old, new)
    for item in found_breaks:
        print(f"  {item}")
    return _verdict(len(found_breaks), root, base_version, released, strict)


if __name__ == "__main__":
    sys.exit(main())
