"""What the type checker says of request-model constructors (``mypy --strict`` on this file:
each ``type: ignore`` must be needed, so a check that stops failing fails the run)."""

from __future__ import annotations

from langgraph_api_client.models import (
    IfExists,
    Metadata,
    RunCreateStateful,
    ThreadCreate,
    ThreadSearchRequest,
)

# Accepted: members, an enum's plain string (a value this spec may not list yet), ids as text.
ThreadCreate(if_exists=IfExists.DO_NOTHING, metadata=Metadata.from_dict({"a": 1}))
ThreadCreate(if_exists="do_nothing", thread_id="01a20dca-a8f8-7033-bb03-df432c585824")
RunCreateStateful(assistant_id="agent", stream_mode=["values", "a_newer_mode"], durability="exit")

# Refused: a value of another type than the field's.
ThreadSearchRequest(limit="ten")  # type: ignore[arg-type]
ThreadSearchRequest(status=5)  # type: ignore[arg-type]
ThreadCreate(metadata=["a"])  # type: ignore[arg-type]
RunCreateStateful(assistant_id=None)  # type: ignore[arg-type]
RunCreateStateful()  # type: ignore[call-arg]
