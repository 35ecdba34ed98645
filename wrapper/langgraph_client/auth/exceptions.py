"""The exception an auth handler raises to answer a request with an HTTP error.

Raised from ``@auth.authenticate`` it rejects the request (401 or 403 become
the response); raised from an ``@auth.on`` handler it replaces the default 403.
"""

from __future__ import annotations

import http
from collections.abc import Mapping

__all__ = ["HTTPException"]


class HTTPException(Exception):
    """Stop the request and answer with ``status_code`` and ``detail``.

    ``detail`` defaults to the standard reason phrase of the status code
    ("Unauthorized" for 401); ``headers`` are added to the response.
    """

    def __init__(
        self,
        status_code: int = 401,
        detail: str | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> None:
        self.status_code = status_code
        self.detail = detail if detail is not None else http.HTTPStatus(status_code).phrase
        self.headers = headers
        super().__init__(status_code, self.detail)

    def __str__(self) -> str:
        return f"{self.status_code}: {self.detail}"

    def __repr__(self) -> str:
        return f"HTTPException(status_code={self.status_code!r}, detail={self.detail!r})"
