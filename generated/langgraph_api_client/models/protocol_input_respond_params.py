from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

from ..types import READ_ERRORS, UNSET, FieldValueError, Unset, WireDict, to_wire
from ..types import list_of as _list_of


class ProtocolInputRespondParams(WireDict):
    """The params of `input.respond`, the answer to an interrupt, which resumes its run.

    A dict of the JSON object as sent (`m["key"]` is the wire value); the attributes below read
    its fields typed. An attribute raises `types.FieldValueError` when its value cannot be read
    as documented (or a required field is missing); an optional field that is missing reads as None.

    Attributes:
        interrupt_id (str): The interrupt answered.
        response (Any): The answer (any JSON).
        namespace (list[str] | None): Where the interrupt was raised; the root graph when absent.
    """

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {
        "interrupt_id": "interrupt_id",
        "response": "response",
        "namespace": "namespace",
    }

    _required: ClassVar[frozenset[str]] = frozenset(
        {
            "interrupt_id",
            "response",
        }
    )
    _kinds: ClassVar[Mapping[str, type]] = {
        "interrupt_id": str,
    }
    _not_null: ClassVar[frozenset[str]] = frozenset(
        {
            "interrupt_id",
            "namespace",
        }
    )

    def __init__(
        self,
        *,
        interrupt_id: str,
        response: Any,
        namespace: list[str] | Unset = UNSET,
    ) -> None:
        """A ProtocolInputRespondParams built from typed values (a request body): each is stored as its JSON
        form; a field left UNSET is not sent. `from_dict` makes one from a JSON object instead.
        It takes no field the spec does not declare (a misspelt keyword is a type error)."""
        fields: dict[str, Any] = {
            "interrupt_id": to_wire(interrupt_id),
            "response": to_wire(response),
        }
        if not isinstance(namespace, Unset):
            fields["namespace"] = to_wire(namespace)
        dict.__init__(self, fields)

    @property
    def interrupt_id(self) -> str:
        """The interrupt answered."""
        value = self.get("interrupt_id")
        if type(value) is str:
            return value
        try:
            read = _decode_interrupt_id(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "interrupt_id", exc) from exc
        return read

    @property
    def response(self) -> Any:
        """The answer (any JSON)."""
        try:
            read = _decode_response(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "response", exc) from exc
        return read

    @property
    def namespace(self) -> list[str] | None:
        """Where the interrupt was raised; the root graph when absent."""
        try:
            read = _decode_namespace(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "namespace", exc) from exc
        return None if isinstance(read, Unset) else read

    @property
    def additional_properties(self) -> dict[str, Any]:
        """The fields this model does not declare (a newer server's, or free-form ones), typed."""
        try:
            return _decode_additional_properties(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "", exc) from exc


_DECLARED = frozenset(ProtocolInputRespondParams._wire_names)
"""The wire keys the model declares (what `additional_properties` leaves out)."""


# How each field is read from the JSON object (see `types.WireDict`).
def _decode_interrupt_id(d: dict[str, Any]) -> str:
    interrupt_id: str = d["interrupt_id"]
    if not isinstance(interrupt_id, str):
        raise TypeError(f"not a string: {type(interrupt_id).__name__}")
    return interrupt_id


def _decode_response(d: dict[str, Any]) -> Any:
    response: Any = d["response"]
    return response


def _decode_namespace(d: dict[str, Any]) -> list[str] | Unset:
    namespace: list[str] = _list_of(d.get("namespace", UNSET), str)

    return namespace


def _decode_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    if _DECLARED.issuperset(d):  # the usual case: no field beyond the declared ones
        return {}
    return {key: value for key, value in d.items() if key not in _DECLARED}
