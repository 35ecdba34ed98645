"""Compare openapi.yaml with the document a live LangGraph server serves: the drift report.

    python generator/spec_diff.py http://127.0.0.1:8123          # or: nox -s spec_diff -- URL
    python generator/spec_diff.py URL --spec other.yaml

The report lists, from the server's point of view, what differs from our spec:
operations (method and path), parameters, request body fields, response statuses,
content types, headers and response fields, with their types, required-ness,
nullability, formats, defaults and enum values. "+" marks what only the server
declares, "-" what only our spec declares, "~" what both declare differently.

Our spec deliberately differs from the server's document where the server behaves
otherwise than its document says (see the "server:" comments in openapi.yaml), so a
clean run is not an empty report: compare it with the previous one. The exit status
is 0 whenever both documents could be read, 2 otherwise.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "openapi.yaml"
METHODS = ("get", "put", "post", "delete", "patch", "options", "head", "trace")
MAX_DEPTH = 4

Schema = Mapping[str, Any]


@dataclass(frozen=True)
class Field:
    """What the report compares about one parameter, field or header."""

    types: tuple[str, ...] = ()
    required: bool = False
    nullable: bool = False
    format: str | None = None
    enum: tuple[str, ...] = ()
    default: str | None = None

    def describe(self) -> str:
        text = "|".join(self.types) or "any"
        if self.format:
            text += f" ({self.format})"
        if self.nullable:
            text += ", nullable"
        text += ", required" if self.required else ", optional"
        if self.enum:
            text += f", enum [{', '.join(self.enum)}]"
        if self.default is not None:
            text += f", default {self.default}"
        return text


@dataclass(frozen=True)
class Change:
    """One difference: `sign` is "+" (server only), "-" (spec only) or "~" (both, differently)."""

    sign: str
    where: str
    detail: str

    def __str__(self) -> str:
        return f"  {self.sign} {self.where}: {self.detail}"


@dataclass
class Report:
    """Every difference between our spec and the server's document."""

    server_only: list[str] = field(default_factory=list)
    spec_only: list[str] = field(default_factory=list)
    renamed: list[tuple[str, str]] = field(default_factory=list)
    changes: dict[str, list[Change]] = field(default_factory=dict)

    @property
    def operation_count(self) -> int:
        return len(self.changes)

    def lines(self) -> Iterator[str]:
        yield "Operations only the server declares (missing from our spec):"
        yield from (f"  + {op}" for op in self.server_only) if self.server_only else ["  none"]
        yield "Operations only our spec declares (the server does not):"
        yield from (f"  - {op}" for op in self.spec_only) if self.spec_only else ["  none"]
        if self.renamed:
            yield "Operations whose path differs only by a trailing slash (server -> spec):"
            yield from (f"  ~ {a} -> {b}" for a, b in self.renamed)
        changed = {op: items for op, items in self.changes.items() if items}
        yield f"Operations in both: {len(self.changes)}, of which differ: {len(changed)}"
        for op, items in changed.items():
            yield ""
            yield op
            yield from (str(change) for change in items)


# ---------------------------------------------------------------- schema reading


class Resolver:
    """Follows local `$ref`s of one document."""

    def __init__(self, document: Mapping[str, Any]) -> None:
        self.document = document

    def deref(self, node: Any) -> Any:
        seen: set[str] = set()
        while isinstance(node, Mapping) and "$ref" in node:
            ref = str(node["$ref"])
            if ref in seen or not ref.startswith("#/"):
                return {}
            seen.add(ref)
            target: Any = self.document
            for part in ref[2:].split("/"):
                target = target.get(part.replace("~1", "/").replace("~0", "~"), {})
            # OpenAPI 3.1 allows keywords beside $ref: they refine the target.
            extra = {k: v for k, v in node.items() if k != "$ref"}
            node = {**target, **extra} if extra else target
        return node


def _members(schema: Schema, resolver: Resolver) -> list[Schema]:
    """The alternatives of a schema: itself, or the members of its anyOf/oneOf."""
    schema = resolver.deref(schema)
    union = schema.get("anyOf") or schema.get("oneOf")
    # A union beside `properties` only constrains the object (say, which fields are required).
    if not union or "properties" in schema:
        return [schema]
    found: list[Schema] = []
    for member in union:
        found.extend(_members(member, resolver))
    return found


def _merged(schema: Schema, resolver: Resolver) -> dict[str, Any]:
    """A schema with its allOf parts folded in (properties and required lists joined)."""
    schema = dict(resolver.deref(schema))
    parts = schema.pop("allOf", None)
    if not parts:
        return schema
    merged: dict[str, Any] = {"properties": {}, "required": []}
    for part in [*(_merged(p, resolver) for p in parts), schema]:
        for key, value in part.items():
            if key == "properties":
                merged["properties"].update(value)
            elif key == "required":
                merged["required"] += list(value)
            else:
                merged[key] = value
    return merged


def _types(
    schema: Schema, resolver: Resolver
) -> tuple[tuple[str, ...], bool, str | None, tuple[str, ...]]:
    """(types, nullable, format, enum values) of a schema, unions flattened."""
    types: set[str] = set()
    nullable = False
    fmt: str | None = None
    enum: set[str] = set()
    for member in _members(schema, resolver):
        member = _merged(member, resolver)
        declared = member.get("type")
        names = declared if isinstance(declared, list) else [declared] if declared else []
        if not names and "properties" in member:
            names = ["object"]
        if not names and "const" in member:
            names = [type(member["const"]).__name__.replace("str", "string")]
        for name in names:
            if name == "null":
                nullable = True
            elif name == "array":
                inner = _types(member.get("items", {}), resolver)[0]
                types.add(f"array[{'|'.join(inner) or 'any'}]")
            else:
                types.add(str(name))
        if member.get("nullable") is True:
            nullable = True
        fmt = fmt or member.get("format")
        for value in member.get("enum", ()):
            if value is None:
                nullable = True
            else:
                enum.add(json.dumps(value))
        if "const" in member:
            enum.add(json.dumps(member["const"]))
    return tuple(sorted(types)), nullable, fmt, tuple(sorted(enum))


def describe(schema: Schema, resolver: Resolver, *, required: bool) -> Field:
    types, nullable, fmt, enum = _types(schema, resolver)
    default = resolver.deref(schema).get("default")
    return Field(
        types=types,
        required=required,
        nullable=nullable,
        format=fmt,
        enum=enum,
        default=None if default is None else json.dumps(default, sort_keys=True),
    )


def fields(
    schema: Schema, resolver: Resolver, prefix: str = "", depth: int = 0
) -> dict[str, Field]:
    """Every field of a schema, by dotted path (`[]` marks array items), down to MAX_DEPTH."""
    found: dict[str, Field] = {}
    if depth >= MAX_DEPTH:
        return found
    for member in _members(schema, resolver):
        member = _merged(member, resolver)
        if member.get("type") == "array" or "items" in member:
            found.update(fields(member.get("items", {}), resolver, f"{prefix}[]", depth + 1))
            continue
        required = set(member.get("required", ()))
        for name, sub in member.get("properties", {}).items():
            path = f"{prefix}.{name}" if prefix else name
            found[path] = describe(sub, resolver, required=name in required)
            found.update(fields(sub, resolver, path, depth + 1))
        extra = member.get("additionalProperties")
        if isinstance(extra, Mapping) and extra:
            found.update(fields(extra, resolver, f"{prefix}{{*}}", depth + 1))
    return found


# ------------------------------------------------------------------- comparison


def _compare_fields(where: str, ours: dict[str, Field], theirs: dict[str, Field]) -> list[Change]:
    changes: list[Change] = []
    for name in sorted(theirs.keys() - ours.keys()):
        changes.append(Change("+", f"{where} {name}", theirs[name].describe()))
    for name in sorted(ours.keys() - theirs.keys()):
        changes.append(Change("-", f"{where} {name}", ours[name].describe()))
    for name in sorted(ours.keys() & theirs.keys()):
        a, b = ours[name], theirs[name]
        if a == b:
            continue
        notes: list[str] = []
        if a.types != b.types:
            notes.append(f"type {'|'.join(a.types) or 'any'} -> {'|'.join(b.types) or 'any'}")
        if a.required != b.required:
            notes.append("now required" if b.required else "now optional")
        if a.nullable != b.nullable:
            notes.append("now nullable" if b.nullable else "no longer nullable")
        if a.format != b.format:
            notes.append(f"format {a.format} -> {b.format}")
        if a.enum != b.enum:
            added = sorted(set(b.enum) - set(a.enum))
            removed = sorted(set(a.enum) - set(b.enum))
            if added:
                notes.append(f"enum values added {', '.join(added)}")
            if removed:
                notes.append(f"enum values removed {', '.join(removed)}")
        if a.default != b.default:
            notes.append(f"default {a.default} -> {b.default}")
        changes.append(Change("~", f"{where} {name}", "; ".join(notes)))
    return changes


def _parameters(operation: Schema, path_item: Schema, resolver: Resolver) -> dict[str, Field]:
    found: dict[str, Field] = {}
    for raw in [*path_item.get("parameters", ()), *operation.get("parameters", ())]:
        param = resolver.deref(raw)
        location = param.get("in", "?")
        name = str(param.get("name", "?"))
        if location == "header":
            name = name.lower()
        found[f"{location} {name}"] = describe(
            param.get("schema", {}), resolver, required=bool(param.get("required"))
        )
    return found


def _body(operation: Schema, resolver: Resolver) -> tuple[dict[str, Field], Field | None]:
    body = resolver.deref(operation.get("requestBody", {}))
    content = body.get("content", {})
    schema = content.get("application/json", {}).get("schema")
    if schema is None:
        return {}, None
    top = describe(schema, resolver, required=bool(body.get("required")))
    return fields(schema, resolver), top


def _compare_responses(
    ours: Schema, theirs: Schema, ours_r: Resolver, theirs_r: Resolver
) -> list[Change]:
    changes: list[Change] = []
    a = {str(k): ours_r.deref(v) for k, v in ours.get("responses", {}).items()}
    b = {str(k): theirs_r.deref(v) for k, v in theirs.get("responses", {}).items()}
    for status in sorted(b.keys() - a.keys()):
        changes.append(Change("+", f"response {status}", "declared only by the server"))
    for status in sorted(a.keys() - b.keys()):
        changes.append(Change("-", f"response {status}", "declared only by our spec"))
    for status in sorted(a.keys() & b.keys()):
        where = f"response {status}"
        ca, cb = a[status].get("content") or {}, b[status].get("content") or {}
        for media in sorted(cb.keys() - ca.keys()):
            changes.append(
                Change("+", f"{where} {media}", "content type declared only by the server")
            )
        for media in sorted(ca.keys() - cb.keys()):
            changes.append(
                Change("-", f"{where} {media}", "content type declared only by our spec")
            )
        for media in sorted(ca.keys() & cb.keys()):
            sa, sb = ca[media].get("schema", {}), cb[media].get("schema", {})
            top = _compare_fields(
                f"{where} {media}",
                {"(body)": describe(sa, ours_r, required=True)},
                {"(body)": describe(sb, theirs_r, required=True)},
            )
            changes += top
            changes += _compare_fields(f"{where} {media}", fields(sa, ours_r), fields(sb, theirs_r))
        ha = {
            k.lower(): describe(ours_r.deref(v).get("schema", {}), ours_r, required=False)
            for k, v in (a[status].get("headers") or {}).items()
        }
        hb = {
            k.lower(): describe(theirs_r.deref(v).get("schema", {}), theirs_r, required=False)
            for k, v in (b[status].get("headers") or {}).items()
        }
        changes += _compare_fields(f"{where} header", ha, hb)
    return changes


def _operations(document: Mapping[str, Any]) -> dict[str, tuple[Schema, Schema]]:
    found: dict[str, tuple[Schema, Schema]] = {}
    for path, item in (document.get("paths") or {}).items():
        for method in METHODS:
            if method in item:
                found[f"{method.upper()} {path}"] = (item[method], item)
    return found


def _slashless(key: str) -> str:
    method, _, path = key.partition(" ")
    return f"{method} {path.rstrip('/') or '/'}"


def diff_specs(ours: Mapping[str, Any], theirs: Mapping[str, Any]) -> Report:
    """Everything that differs between our spec and the server's document."""
    ours_r, theirs_r = Resolver(ours), Resolver(theirs)
    a, b = _operations(ours), _operations(theirs)
    report = Report()
    pairs: list[tuple[str, str]] = [(k, k) for k in sorted(a.keys() & b.keys())]
    only_a = {_slashless(k): k for k in a.keys() - b.keys()}
    for key in sorted(b.keys() - a.keys()):
        match = only_a.pop(_slashless(key), None)
        if match is None:
            report.server_only.append(key)
        else:
            report.renamed.append((key, match))
            pairs.append((match, key))
    report.spec_only = sorted(only_a.values())
    for key_a, key_b in sorted(pairs):
        (op_a, item_a), (op_b, item_b) = a[key_a], b[key_b]
        changes = _compare_fields(
            "parameter", _parameters(op_a, item_a, ours_r), _parameters(op_b, item_b, theirs_r)
        )
        body_a, top_a = _body(op_a, ours_r)
        body_b, top_b = _body(op_b, theirs_r)
        if top_a is None and top_b is not None:
            changes.append(Change("+", "request body", top_b.describe()))
        elif top_b is None and top_a is not None:
            changes.append(Change("-", "request body", top_a.describe()))
        elif top_a is not None and top_b is not None:
            changes += _compare_fields("request body", {"(body)": top_a}, {"(body)": top_b})
        changes += _compare_fields("request body", body_a, body_b)
        changes += _compare_responses(op_a, op_b, ours_r, theirs_r)
        report.changes[key_a] = changes
    return report


# ------------------------------------------------------------------------ main


def load_spec(path: Path) -> dict[str, Any]:
    loaded = yaml.safe_load(path.read_text(encoding="utf-8"))
    if not isinstance(loaded, dict):
        raise ValueError(f"{path.name} is not an OpenAPI document")
    return loaded


def fetch_document(url: str, timeout: float = 30.0) -> dict[str, Any]:
    """The server's own document: `url` itself if it names a .json file, else `url`/openapi.json."""
    import httpx

    target = url if url.rstrip("/").endswith(".json") else url.rstrip("/") + "/openapi.json"
    response = httpx.get(target, timeout=timeout, follow_redirects=True)
    response.raise_for_status()
    loaded = response.json()
    if not isinstance(loaded, dict):
        raise ValueError(f"{target} did not answer an OpenAPI document")
    return loaded


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("url", help="base URL of a running LangGraph server (or its openapi.json)")
    parser.add_argument("--spec", type=Path, default=SPEC, help="our spec (default: openapi.yaml)")
    args = parser.parse_args(argv)
    try:
        ours = load_spec(args.spec)
        theirs = fetch_document(args.url)
    except Exception as exc:  # any failure to read either side ends the run
        print(f"spec_diff: {exc}", file=sys.stderr)
        return 2
    version = theirs.get("info", {}).get("version", "?")
    print(f"Our spec ({ours.get('info', {}).get('version', '?')}) against {args.url} ({version})")
    for line in diff_specs(ours, theirs).lines():
        print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
