"""``ResumeToken``: where a run's stream stands, to be picked up by another client.

A caller passes an empty ``ResumeToken()`` to ``runs.stream(..., resume_token=token)``;
the stream keeps it up to date as parts arrive (a few assignments a part). Stored as JSON
(``token.to_json()``), it lets another client, in another process, go on with
``client.runs.resume(ResumeToken.from_json(text))``: the parts not yet delivered, each
once, in order.

An event id is not enough to say where a stream stands: the in-memory server gives every
event of one millisecond the same id. So the token keeps what the client's resume loop
keeps (``_ResumeCursor``): the last id, how many parts came with it, and the id before it.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import orjson

from ._core import _ResumeCursor

__all__ = ["ResumeToken"]

#: The keys of a token, each with its value before the stream has started.
_EMPTY: dict[str, Any] = {
    "thread_id": None,
    "run_id": None,
    "stream_mode": [],
    "stream_subgraphs": False,
    "last_event_id": None,
    "last_event_count": 0,
    "previous_event_id": None,
}


class ResumeToken(dict[str, Any]):
    """Where a run's stream stands: a plain JSON-serialisable dict.

    ``thread_id``, ``run_id``: the run; ``stream_mode``, ``stream_subgraphs``: as the stream
    was started; ``last_event_id``: the id of the last part delivered, ``last_event_count``
    how many parts with that id were delivered, ``previous_event_id`` the id before it.
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(_EMPTY)
        self.update(*args, **kwargs)

    def to_json(self) -> str:
        """The token as a JSON text (``from_json`` reads it back)."""
        return orjson.dumps(dict(self)).decode()

    @classmethod
    def from_json(cls, text: str | bytes) -> ResumeToken:
        """The token a ``to_json`` text holds."""
        value = orjson.loads(text)
        if not isinstance(value, dict):
            raise ValueError(f"a resume token is a JSON object, not {type(value).__name__}")
        return cls(value)

    def _start(self, thread_id: str | None, modes: Sequence[str], subgraphs: bool) -> None:
        self.update(_EMPTY, stream_mode=list(modes), stream_subgraphs=subgraphs)
        self._ran(thread_id, None)

    def _ran(self, thread_id: str | None, run_id: str | None) -> None:
        if thread_id is not None:
            self["thread_id"] = thread_id
        if run_id is not None:
            self["run_id"] = run_id

    def _noted(self, cursor: _ResumeCursor) -> None:
        """Stand where ``cursor`` does, once a part it accepted reached the caller."""
        self["last_event_id"] = cursor.group_id
        self["last_event_count"] = cursor.count
        self["previous_event_id"] = cursor.before

    def _cursor(self) -> tuple[_ResumeCursor, str]:
        """A resume cursor standing where the token does, and the ``Last-Event-ID`` to
        send: the cursor drops the parts of the last id that were already delivered."""
        cursor = _ResumeCursor(self["previous_event_id"])
        cursor.group_id = self["last_event_id"]
        cursor.count = int(self["last_event_count"])
        # Ids as the LangGraph server makes them sort after 0-0: the stream from its start.
        return cursor, cursor.reconnect() or "0-0"
