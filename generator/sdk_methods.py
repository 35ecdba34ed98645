"""The resource methods of the spec's `x-sdk-method` operations, for templates/resources.py.jinja.

An operation marked `x-sdk-method` is called by one method of a resource client, in the
langgraph-sdk's name and parameter order, that maps its arguments onto the request and makes
one call:

    x-sdk-method:
      resource: assistants           # the resource client holding the method
      name: get_versions             # the method's name (langgraph-sdk's)
      doc: The assistant's versions, newest first.
      parameters:                    # the signature, one Python parameter an entry
        - "assistant_id: str"
        - "metadata: Mapping[str, Any] | None = None"
        - "limit: int = 10"
      send:                          # optional: what is sent for a parameter, when not itself
        metadata: json_object(Metadata, metadata or None)
      options:                       # optional: more arguments of the core's call
        reconnect_limit: None if wait else 0

A parameter named like a parameter of the endpoint's `get_kwargs` (a path or query parameter)
is passed to it; any other is a field of the request body model. What a body field is sent as
by default: `json_object(<Model>, name or None)` for an object schema the spec names,
`given(name)` for a parameter defaulting to None (left out of the body), else the value.
`headers`, `params` and `timeout` end every signature (keyword-only) unless listed. The
method's result is what the endpoint's `parse_response` returns; `returns:` gives another
annotation (`None`: the answer is dropped) and `result:` an expression of `result` (the
parsed answer) to return instead. `call:` gives more arguments of `get_kwargs` (a header
made of a parameter under another name), as `send:` does for parameters. `before:` lists
statements run first (checks, arguments the client fills in); `unsent:` names parameters
that are not sent (read by those statements, or `result`, or by no server).

`iter:` adds an async-generator method that pages through the method's answers (see
`iter_method`):

      iter:
        name: iter_search
        doc: Every cron matching the filters, fetched ``page_size`` at a time.
        parameters: ['*', 'assistant_id: str | None = None']   # before page_size
        yields: Cron | CronSelection
        items: answer.items_        # optional: the list out of an answer
        next_page: before_state     # optional: cursor paging, the next page's arguments
        before: [...]               # optional: statements run first
The generated endpoint modules are read (their `get_kwargs` and `parse_response`) after
openapi-python-client wrote them, so the methods follow what the generator made of the spec.
"""

from __future__ import annotations

import ast
from pathlib import Path
from typing import Any

FIELD = "x-sdk-method"
METHODS = ("get", "put", "post", "delete", "patch", "options", "head", "trace")
TAIL = {
    "headers": "headers: Mapping[str, str] | None = None",
    "params": "params: QueryParams = None",
    "timeout": "timeout: TimeoutTypes | None = NOT_GIVEN",
}
BUILTINS = {"None", "int", "str", "bool", "float", "list", "dict", "Any"}


def _fail(operation_id: str, message: str) -> SystemExit:
    return SystemExit(f"openapi.yaml: {FIELD} of {operation_id}: {message}")


def _endpoint(package_dir: Path, operation_id: str) -> tuple[str, ast.Module, str]:
    """The endpoint module's import path (from the package), its syntax tree and its text."""
    found = sorted((package_dir / "api").glob(f"*/{operation_id}.py"))
    if len(found) != 1:
        raise _fail(operation_id, "no generated endpoint module of that name")
    text = found[0].read_text(encoding="utf-8")
    return f"api.{found[0].parent.name}", ast.parse(text), text


def _function(module: ast.Module, name: str) -> ast.FunctionDef:
    for node in module.body:
        if isinstance(node, ast.FunctionDef) and node.name == name:
            return node
    raise SystemExit(f"a generated endpoint module has no {name}()")


def _model_imports(module: ast.Module) -> set[str]:
    """The model classes the endpoint module imports (`from ...models.x import Name`)."""
    return {
        alias.name
        for node in module.body
        if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("models")
        for alias in node.names
    }


def _exported(path: Path) -> set[str]:
    """The names a generated module lists in `__all__`."""
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.Assign) and any(
            isinstance(target, ast.Name) and target.id == "__all__" for target in node.targets
        ):
            return set(ast.literal_eval(node.value))
    raise SystemExit(f"{path.name} has no __all__")


def _constructor_names(package_dir: Path, model: str) -> dict[str, str]:
    """The constructor's name of each field of a request model by its JSON name, where the two
    differ (`filter` -> `filter_`, a name Python has a builtin for)."""
    index = ast.parse((package_dir / "models" / "__init__.py").read_text(encoding="utf-8"))
    modules = {
        alias.name: node.module
        for node in ast.walk(index)
        if isinstance(node, ast.ImportFrom) and node.module
        for alias in node.names
    }
    module = ast.parse((package_dir / "models" / f"{modules[model]}.py").read_text("utf-8"))
    for node in ast.walk(module):
        if isinstance(node, ast.FunctionDef) and node.name == "__init__":
            names = {arg.arg for arg in node.args.kwonlyargs}
            return {name.removesuffix("_"): name for name in names if name.endswith("_")}
    raise SystemExit(f"the model {model} has no constructor")


def _body_schema(doc: dict[str, Any], operation: dict[str, Any]) -> dict[str, Any]:
    content = operation.get("requestBody", {}).get("content", {})
    schema = content.get("application/json", {}).get("schema", {})
    return _resolve(doc, schema)


def _resolve(doc: dict[str, Any], schema: dict[str, Any]) -> dict[str, Any]:
    ref = schema.get("$ref")
    if not isinstance(ref, str):
        return schema
    target: Any = doc
    for part in ref.removeprefix("#/").split("/"):
        target = target[part]
    return dict(target)


def _object_model(doc: dict[str, Any], schema: dict[str, Any]) -> str | None:
    """The model class of a body field holding an object schema the spec names (or null),
    else None."""
    choices = [choice for choice in schema.get("anyOf", []) if choice != {"type": "null"}]
    if len(choices) == 1:
        schema = choices[0]
    ref = schema.get("$ref")
    if not isinstance(ref, str) or not ref.startswith("#/components/schemas/"):
        return None
    target = _resolve(doc, schema)
    if target.get("type") != "object":
        return None
    return str(target.get("title", ref.rsplit("/", 1)[-1]))


def _names(tree: ast.AST) -> set[str]:
    """The names an expression reads."""
    return {node.id for node in ast.walk(tree) if isinstance(node, ast.Name)}


def _signature(entries: list[str]) -> tuple[str, list[ast.arg], dict[str, ast.expr]]:
    """The method's parameters as Python source (`self`, the entries, then the keyword-only
    `headers`, `params` and `timeout` not among them), each parameter, and their defaults."""
    names = {entry.split(":")[0].split("=")[0].strip() for entry in entries}
    tail = [line for name, line in TAIL.items() if name not in names]
    signature = ", ".join(
        ["self", *entries, *(["*"] if tail and "*" not in entries else []), *tail]
    )
    parsed = ast.parse(f"def f({signature}): pass").body[0]
    assert isinstance(parsed, ast.FunctionDef)
    arguments = parsed.args
    positional = [*arguments.posonlyargs, *arguments.args]
    defaults = dict(
        zip(
            [arg.arg for arg in positional[len(positional) - len(arguments.defaults) :]],
            arguments.defaults,
            strict=True,
        )
    )
    for arg, default in zip(arguments.kwonlyargs, arguments.kw_defaults, strict=True):
        if default is not None:
            defaults[arg.arg] = default
    return signature, [*positional[1:], *arguments.kwonlyargs], defaults


def method(doc: dict[str, Any], operation: dict[str, Any], package_dir: Path) -> dict[str, Any]:
    """What the template needs to write the method of one `x-sdk-method` operation."""
    operation_id = operation["operationId"]
    sdk = operation[FIELD]
    if "start" in sdk:
        return start_method(doc, operation, package_dir)
    endpoint, module, text = _endpoint(package_dir, operation_id)
    get_kwargs = _function(module, "get_kwargs")
    path_args = [arg.arg for arg in get_kwargs.args.args]
    keyword_args = {arg.arg: arg for arg in get_kwargs.args.kwonlyargs}
    signature, parameters, defaults = _signature(sdk["parameters"])
    send = dict(sdk.get("send", {}))
    body_schema = _body_schema(doc, operation)
    properties = body_schema.get("properties", {})
    models: set[str] = set()
    call_args: list[str] = []
    body_fields: list[str] = []
    body_model = None
    fields: dict[str, str] = {}
    if "body" in keyword_args:
        annotation = keyword_args["body"].annotation
        assert annotation is not None
        body_model = str(ast.get_source_segment(text, annotation))
        fields = _constructor_names(package_dir, body_model)
    unsent = set(sdk.get("unsent", ()))
    for arg in parameters:
        name = arg.arg
        if name in TAIL or name in unsent:
            continue
        if name in path_args or name in keyword_args:
            value = send.pop(name, name)
            call_args.append(value if name in path_args else f"{name}={value}")
            continue
        if body_model is None or name not in properties:
            raise _fail(operation_id, f"{name!r} is no parameter of the operation nor body field")
        value = send.pop(name, None)
        if value is None:
            model = _object_model(doc, properties[name])
            default = defaults.get(name)
            is_none = isinstance(default, ast.Constant) and default.value is None
            if model is not None:
                models.add(model)
                value = f"json_object({model}, {name}{' or None' if is_none else ''})"
            else:
                value = f"given({name})" if is_none else name
        body_fields.append(f"{fields.get(name, name)}={value}")
    if send:
        raise _fail(operation_id, f"`send` names no parameter: {sorted(send)}")
    for name, value in sdk.get("call", {}).items():
        if name not in keyword_args:
            raise _fail(operation_id, f"`call` names no argument of get_kwargs: {name!r}")
        call_args.append(f"{name}={value}")
    exported_models = _exported(package_dir / "models" / "__init__.py")
    for value in [*sdk.get("send", {}).values(), *sdk.get("before", ())]:
        models |= _names(ast.parse(value)) & exported_models
    if body_model is not None:
        models.add(body_model)
        call_args.append(f"body=checked({body_model}({', '.join(body_fields)}))")
    parse = _function(module, "parse_response")
    assert parse.returns is not None
    returns = str(sdk.get("returns") or ast.get_source_segment(text, parse.returns))
    imported = _model_imports(module)
    # the models of the parsed answer too: `result:` may narrow it (to `returns`)
    result_models = (_names(ast.parse(returns, mode="eval")) | _names(parse.returns)) & imported
    annotated = set().union(*(_names(arg.annotation) for arg in parameters if arg.annotation))
    literals = annotated & _exported(package_dir / "literals.py")
    annotated_models = (annotated - literals) & exported_models
    return {
        "resource": sdk["resource"],
        "literals": sorted(literals),
        "annotated_models": sorted(annotated_models),
        "name": sdk["name"],
        "doc": " ".join(str(sdk.get("doc") or operation.get("summary", "")).split()),
        "signature": signature,
        "returns": returns,
        "returns_none": returns == "None",
        "endpoint_package": endpoint,
        "endpoint": operation_id,
        "models": sorted(models),
        "result_models": sorted(result_models),
        "call_args": call_args,
        "result": sdk.get("result"),
        "options": [f"{key}={value}" for key, value in sdk.get("options", {}).items()],
        "before": list(sdk.get("before", ())),
        "iter": iter_method(sdk, operation_id, endpoint, exported_models),
    }


def iter_method(
    sdk: dict[str, Any], operation_id: str, endpoint: str, exported_models: set[str]
) -> dict[str, Any] | None:
    """What the template needs to write the `iter:` method of an `x-sdk-method`: an async
    generator over every item the method finds, calling it once per page (`pages`). Its
    parameters are those of `iter:` then `page_size` (keyword-only) and the tail; each is
    passed on to the method by name, but for the positional-only ones."""
    spec = sdk.get("iter")
    if spec is None:
        return None
    entries = list(spec["parameters"])
    entries += [*([] if "*" in entries else ["*"]), "page_size: int = DEFAULT_PAGE_SIZE"]
    signature, parameters, _ = _signature(entries)
    positional = entries.index("/") if "/" in entries else 0
    passed = [arg.arg for arg in parameters if arg.arg != "page_size"]
    arguments = [*passed[:positional], *(f"{name}={name}" for name in passed[positional:])]
    if "items" in spec:
        arguments.append(f"page_items=lambda answer: {spec['items']}")
    if "next_page" in spec:
        arguments.append(f"next_page={spec['next_page']}")
    annotated = set().union(*(_names(arg.annotation) for arg in parameters if arg.annotation))
    yields = str(spec["yields"])
    return {
        "name": spec["name"],
        "doc": " ".join(str(spec["doc"]).split()),
        "signature": signature,
        "yields": yields,
        "before": list(spec.get("before", ())),
        "arguments": arguments,
        "endpoint_package": endpoint,
        "endpoint": operation_id,
        "annotated_models": sorted(
            (annotated | _names(ast.parse(yields, mode="eval"))) & exported_models
        ),
    }


def resources(spec: dict[str, Any], package_dir: Path) -> list[dict[str, Any]]:
    """The resource clients and their methods, in the order of the spec's paths."""
    found: dict[str, list[dict[str, Any]]] = {}
    for item in spec.get("paths", {}).values():
        for verb, operation in item.items():
            if verb in METHODS and FIELD in operation:
                entry = method(spec, operation, package_dir)
                found.setdefault(entry["resource"], []).append(entry)
    return [
        {
            "name": name,
            "class_name": "".join(part.title() for part in name.split("_")) + "Methods",
            "methods": methods,
            "result_models": sorted(
                {model for m in methods for model in [*m["result_models"], *m["annotated_models"]]}
                | {
                    model
                    for m in methods
                    if m.get("iter")
                    for model in m["iter"]["annotated_models"]
                }
            ),
            "literals": sorted({name for m in methods for name in m["literals"]}),
            "hooks": sorted({m["start"] for m in methods if m.get("start")}),
        }
        for name, methods in found.items()
    ]


# -- methods that hand the request they build to a wrapper method (`start`) -------------------
#
#     x-sdk-method:
#       resource: runs
#       name: create
#       stateless: create_run_stateless   # the operation when `thread_id` is None
#       start: _start_run                 # the resource client's method the request goes to
#       overloads: {version: [v1, v2]}    # optional: a Protocol typing the method by a Literal
#                                         # (`RunsStreamOverloads`); the method is `_<name>`.
#                                         # `x-sdk-overloads` lists such Protocols of methods
#                                         # langgraph_client writes itself (`runs.resume`)
#       parameters: [thread_id, assistant_id, '*', input, ...]   # names of `x-sdk-parameters`
#       returns: Run
#
# The method builds the body with `_<name>_body` (a static method: the stateless operation's
# model when `thread_id` is None, the thread's otherwise; a field a model does not declare is
# not sent there), the request with the route's `get_kwargs`, and returns
# `self.<start>(endpoint, kwargs, body, thread_id=..., **the parameters that are no body
# field)`, awaited
# unless `returns` is an `AsyncIterator` (a stream).

PARAMETERS = "x-sdk-parameters"
OVERLOADS = "x-sdk-overloads"
TYPES = "x-sdk-types"


def _entry(table: dict[str, Any], operation_id: str, name: str) -> str:
    if name == "*" or ":" in name:  # `name: annotation` of a parameter no other method has
        return name
    if name not in table:
        raise _fail(operation_id, f"{name!r} is not in {PARAMETERS}")
    return f"{name}: {table[name]['signature']}"


def _route(doc: dict[str, Any], package_dir: Path, operation_id: str) -> dict[str, Any]:
    """A route's operation: its endpoint package, body model and the model's JSON fields."""
    found = [
        operation
        for item in doc.get("paths", {}).values()
        for verb, operation in item.items()
        if verb in METHODS and operation.get("operationId") == operation_id
    ]
    if len(found) != 1:
        raise SystemExit(f"openapi.yaml: no operation {operation_id}")
    endpoint, module, text = _endpoint(package_dir, operation_id)
    body = _function(module, "get_kwargs").args.kwonlyargs[-1]
    assert body.arg == "body" and body.annotation is not None
    model = str(ast.get_source_segment(text, body.annotation))
    fields = _fields(doc, _body_schema(doc, found[0]))
    return {"package": endpoint, "id": operation_id, "model": model, "fields": fields}


def _fields(doc: dict[str, Any], schema: dict[str, Any]) -> set[str]:
    """The JSON fields of an object schema, those of its `allOf` parts included."""
    schema = _resolve(doc, schema)
    found = set(schema.get("properties", {}))
    for part in schema.get("allOf", []):
        found |= _fields(doc, part)
    return found


def start_method(
    doc: dict[str, Any], operation: dict[str, Any], package_dir: Path
) -> dict[str, Any]:
    """What the template needs to write a method with `start` (see above)."""
    operation_id = operation["operationId"]
    sdk = operation[FIELD]
    table = doc.get(PARAMETERS, {})
    entries = [_entry(table, operation_id, n) for n in sdk["parameters"]]
    signature, parameters, defaults = _signature(entries)
    thread, stateless = (_route(doc, package_dir, op) for op in (operation_id, sdk["stateless"]))
    exported_models = _exported(package_dir / "models" / "__init__.py")
    body_names: list[str] = []
    builds: dict[str, list[str]] = {thread["model"]: [], stateless["model"]: []}
    models = {thread["model"], stateless["model"]}
    hook_args: list[str] = []
    for arg in parameters:
        name = arg.arg
        entry = table[name]
        field = entry.get("field", name)
        routes = [route for route in (stateless, thread) if field in route["fields"]]
        if name == "thread_id":
            hook_args.append("thread_id=thread_id")
            continue
        if not routes:
            hook_args.append(f"{name}={name}")
            continue
        body_names.append(name)
        value = entry.get("send")
        if value is None:
            default = defaults.get(name)
            is_none = isinstance(default, ast.Constant) and default.value is None
            value = f"given({name})" if is_none else name
        models |= _names(ast.parse(value, mode="eval")) & exported_models
        for route in routes:
            keyword = _constructor_names(package_dir, route["model"]).get(field, field)
            builds[route["model"]].append(f"{keyword}={value}")
    body_entries = [_entry(table, operation_id, n) for n in ["thread_id", *body_names]]
    body_signature = ", ".join([*body_entries[:2], "*", *body_entries[2:]])
    returns = str(sdk["returns"])
    annotated = set().union(*(_names(arg.annotation) for arg in parameters if arg.annotation))
    literals = annotated & _exported(package_dir / "literals.py")
    return {
        "literals": sorted(literals),
        "annotated_models": [],
        "doc": " ".join(str(sdk.get("doc") or operation.get("summary", "")).split()),
        "signature": signature,
        "returns": returns,
        "stream": returns.startswith("AsyncIterator"),
        "result_models": sorted(
            (_names(ast.parse(returns, mode="eval")) & exported_models)
            | {thread["model"], stateless["model"]}
        ),
        "start": sdk["start"],
        # A method typed by overloads is the Protocol's implementation: the resource client
        # sets the public name, typed by the Protocol.
        "def_name": f"_{sdk['name']}" if sdk.get("overloads") else sdk["name"],
        "routes": [thread, stateless],
        "models": sorted(models),
        "body_signature": body_signature,
        "body_args": ["thread_id", *[f"{n}={n}" for n in body_names]],
        "builds": builds,
        "hook_args": hook_args,
        **overloads(table, operation_id, sdk),
    }


def overloads(table: dict[str, Any], where: str, sdk: dict[str, Any]) -> dict[str, Any]:
    """A Protocol typing a method by the value of a Literal parameter (`overloads:`): one
    overload a value, the method's `parameters` with that one typed by the value."""
    names = list(sdk["parameters"])
    defaults = _signature([_entry(table, where, n) for n in names])[2]
    found = []
    for parameter, values in sdk.get("overloads", {}).items():
        default = defaults.get(parameter)
        for value in values:
            typed = f'{parameter}: Literal["{value}"]'
            if isinstance(default, ast.Constant) and default.value == value:
                typed += f' = "{value}"'
            found.append(
                _signature([typed if n == parameter else _entry(table, where, n) for n in names])[0]
            )
    return {
        "resource": sdk["resource"],
        "name": sdk["name"],
        "overloads": found,
        "overloads_by": ", ".join(sdk.get("overloads", {})),
        "protocol": f"{sdk['resource'].title()}{sdk['name'].title()}Overloads",
    }


def handwritten_overloads(doc: dict[str, Any]) -> list[dict[str, Any]]:
    """The Protocols of `x-sdk-overloads`: methods langgraph_client writes itself, typed by
    overloads as an `x-sdk-method` with `overloads:` is."""
    table = doc.get(PARAMETERS, {})
    return [overloads(table, OVERLOADS, sdk) for sdk in doc.get(OVERLOADS, [])]


def sdk_types(spec: dict[str, Any]) -> dict[str, str]:
    """The modules of langgraph_client the signatures name types of, by the name they use."""
    return dict(spec.get(TYPES, {}))
