"""Strict sending as the type checker sees it (``mypy --strict`` on this file: each
``type: ignore`` must be needed): a request-only model takes its declared fields and no
other, so a misspelt keyword is an error; a model answers hold too keeps taking any."""

from __future__ import annotations

from langgraph_api_client.models import (
    Config,
    CronCreate,
    LangSmithTracer,
    RunCreateStateless,
    ThreadStateSearch,
)

# Declared: the fields the server reads that its own document leaves out.
RunCreateStateless(assistant_id="agent", langsmith_tracer=LangSmithTracer(project_name="p"))
CronCreate(assistant_id="agent", schedule="0 0 1 1 *", multitask_strategy="enqueue")

# Refused: a field the spec does not declare, or a misspelt one.
RunCreateStateless(assistant_id="agent", strict_resume=True)  # type: ignore[call-arg]
ThreadStateSearch(select=["values"])  # type: ignore[call-arg]
CronCreate(assistant_id="agent", schedule="0 0 1 1 *", on_run_complete="keep")  # type: ignore[call-arg]

# Taken: Config is read from answers as well, and holds free-form keys.
Config(recursion_limit=5, thread_ts="x")
