"""Property tests for ``encode_json``: a NaN or an infinity anywhere in a body is refused.

orjson writes NaN and infinity as ``null`` without a word, so ``encode_json`` looks for them
itself, first in the body's marshal form (a float's 8 bytes end with 0x7F or 0xFF when it is
not finite) and then value by value. These tests draw bodies built to trip that first look:
floats whose bytes hold 0x7F and 0xFF, NaNs with any payload and sign, negative integers and
lengths that put those bytes in the marshal form, text holding them, values shared between
places, string enums and models (which marshal does not take), small and large bodies.

The property: ``encode_json(body)`` raises ``RequestEncodingError`` exactly when the body holds
a non-finite float (found by a plain recursive reference), naming its path; otherwise it
returns what ``orjson.dumps`` returns. Cases: ``CASES`` (600) small bodies and ``LARGE_CASES``
(60) bodies past the 16 KB size where the value walk starts; derandomized.
"""

from __future__ import annotations

import enum
import math
import struct
from typing import Any

import orjson
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from langgraph_api_client import errors
from langgraph_api_client.models import Assistant
from langgraph_api_client.types import encode_json

CASES = 600
LARGE_CASES = 60


class Colour(enum.StrEnum):
    RED = "red"


def _from_bits(exponent: int, mantissa: int, negative: bool) -> float:
    bits = (negative << 63) | (exponent << 52) | mantissa
    return struct.unpack("<d", struct.pack("<Q", bits))[0]


MANTISSA = st.integers(0, 2**52 - 1)
#: Every NaN and infinity: exponent bits all set, any mantissa, either sign.
NONFINITE = st.builds(_from_bits, st.just(0x7FF), MANTISSA, st.booleans())
#: Finite floats whose last bytes come close: the largest exponents, and any exponent.
FINITE = st.builds(_from_bits, st.integers(0x7F0, 0x7FE), MANTISSA, st.booleans()) | st.floats(
    allow_nan=False, allow_infinity=False
)
TEXT = st.text(st.sampled_from("ab\x7f\xff\u00ff\U0001f600g"), max_size=140)
LEAF = (
    st.none()
    | st.booleans()
    | st.integers(-(2**63), 2**64 - 1)
    | st.sampled_from([127, 255, -1, -129, 0x7FFF, 2**62 + 0x7F])
    | TEXT
    | FINITE
    | st.just(Colour.RED)
)


def bodies(nonfinite_weight: int) -> st.SearchStrategy[Any]:
    leaf = LEAF | NONFINITE if nonfinite_weight else LEAF
    return st.recursive(
        leaf,
        lambda inner: (
            st.lists(inner, max_size=6)
            | st.lists(inner, max_size=3).map(tuple)
            | st.dictionaries(TEXT, inner, max_size=5)
        ),
        max_leaves=30,
    )


def first_nonfinite(value: Any, path: str = "") -> str | None:
    """The reference: path of the first non-finite float, depth first."""
    if isinstance(value, float):
        return None if math.isfinite(value) else path
    if isinstance(value, dict):
        for key, item in value.items():
            found = first_nonfinite(item, f"{path}.{key}" if path else key)
            if found is not None:
                return found
    if isinstance(value, list | tuple):
        for index, item in enumerate(value):
            found = first_nonfinite(item, f"{path}[{index}]")
            if found is not None:
                return found
    return None


def check(body: Any) -> None:
    expected = first_nonfinite(body)
    if expected is None:
        assert encode_json(body) == orjson.dumps(body)
        return
    with pytest.raises(errors.RequestEncodingError) as caught:
        encode_json(body)
    assert f": {expected or '<body>'}: " in str(caught.value)


@settings(max_examples=CASES, derandomize=True, deadline=None)
@given(bodies(nonfinite_weight=1))
def test_small_bodies(body: Any) -> None:
    check({"input": body})


@settings(
    max_examples=LARGE_CASES,
    derandomize=True,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(
    bodies(nonfinite_weight=0),
    st.integers(0, 1999),
    st.one_of(st.none(), NONFINITE),
    st.sampled_from([0, 1, -1]),
)
def test_large_bodies(body: Any, where: int, bad: float | None, sign: int) -> None:
    # About 60 KB of ordinary messages with the drawn body inside, and maybe one bad float;
    # `sign` -1 puts 6,000 0xFF bytes in the marshal form (small negative integers).
    messages: list[Any] = [
        {"type": "human", "content": f"message {i} " + "x" * 20, "id": f"m{i}", "n": sign * i}
        for i in range(2000)
    ]
    messages[where]["extra"] = body
    if bad is not None:
        messages[where]["score"] = bad
    check({"input": {"messages": messages}})


def test_a_shared_nan_is_refused_wherever_it_is() -> None:
    nan = float("nan")
    body = {"a": [nan] * 3, "b": {"c": nan}}
    with pytest.raises(errors.RequestEncodingError, match=r": a\[0\]: nan has no JSON form"):
        encode_json(body)


def test_a_nan_inside_a_model_is_refused() -> None:
    assistant = Assistant.from_dict(
        {
            "assistant_id": "00000000-0000-4000-8000-000000000001",
            "graph_id": "g",
            "config": {},
            "context": {},
            "created_at": "2026-01-01T00:00:00+00:00",
            "updated_at": "2026-01-01T00:00:00+00:00",
            "metadata": {"score": float("-inf")},
            "version": 1,
            "name": "n",
            "description": None,
        }
    )
    with pytest.raises(errors.RequestEncodingError, match=r"a\.metadata\.score: -inf"):
        encode_json({"a": assistant})
