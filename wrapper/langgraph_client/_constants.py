"""Every tunable of the client in one place: timeouts, retries, backoff, reconnects, headers."""

from __future__ import annotations

import httpx

#: Connect 5 s, read 300 s, write 300 s, pool 5 s: the same defaults as langgraph-sdk.
DEFAULT_TIMEOUT = httpx.Timeout(connect=5.0, read=300.0, write=300.0, pool=5.0)

#: How many times a request that is safe to repeat is retried after the first attempt.
DEFAULT_MAX_RETRIES = 2

#: Statuses that mean "try again later": the request may be repeated.
RETRY_STATUSES = frozenset({408, 429, 502, 503, 504})

#: Exponential backoff: INITIAL_RETRY_DELAY * 2**n seconds, capped, plus up to 25 % jitter.
INITIAL_RETRY_DELAY = 0.5
MAX_RETRY_DELAY = 8.0

#: A Retry-After longer than this is not waited for: the error is raised instead.
MAX_RETRY_AFTER = 60.0

#: How many times a cut resumable stream is reconnected before giving up.
STREAM_RECONNECT_LIMIT = 5

#: Environment variables read for the API key, in this order, when api_key is not given.
API_KEY_ENV_VARS = ("LANGGRAPH_API_KEY", "LANGSMITH_API_KEY", "LANGCHAIN_API_KEY")

#: The environment variable that turns on the ``langgraph_client`` log: ``info`` (a line per
#: request) or ``debug`` (headers and body excerpts too).
LOG_ENV_VAR = "LANGGRAPH_CLIENT_LOG"

#: How many bytes of a request or answer body a DEBUG log line shows.
LOG_BODY_EXCERPT = 500

#: The header that carries the API key; callers may not set it through ``headers``.
API_KEY_HEADER = "x-api-key"

#: Headers every event-stream request sends, the first and each reconnection: ask for the
#: stream, and that no cache along the way keeps it.
EVENT_STREAM_HEADERS = {"Accept": "text/event-stream", "Cache-Control": "no-store"}

#: The base URL used for the in-process (ASGI) connection when ``url=None``.
IN_PROCESS_BASE_URL = "http://api"

#: The server mounts its routes without authentication under this root for in-process calls.
IN_PROCESS_ROOT_PATH = "/noauth"

#: The base URL of ``get_sync_client(url=None)``, as in langgraph-sdk.
DEFAULT_SYNC_URL = "http://localhost:8123"

#: The largest answer body read into memory (streams are read event by event instead): an
#: answer larger than this is refused with ``APIResponseValidationError``.
MAX_RESPONSE_BYTES = 256 * 1024 * 1024
