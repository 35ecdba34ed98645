from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

from ..types import READ_ERRORS, UNSET, FieldValueError, Unset, WireDict, to_wire


class Command(WireDict):
    """Resumes, updates and/or redirects a graph, instead of an input.

    A dict of the JSON object as sent (`m["key"]` is the wire value); the attributes below read
    its fields typed. An attribute raises `types.FieldValueError` when its value cannot be read
    as documented; an optional field that is missing reads as None.

    Attributes:
        update_ (Any | None): A state update to apply (an object, or a list of [key, value] pairs). Wire key `update` (the attribute takes a trailing underscore so as not to hide the dict method).
        resume (Any | None): The value to resume interrupts with; or an object mapping interrupt ids to values.
        goto (list[Send | str] | None | Send | str): Node(s) to go to next, by name or as Send.
    """

    __slots__ = ()

    _wire_names: ClassVar[Mapping[str, str]] = {
        "update": "update_",
        "resume": "resume",
        "goto": "goto",
    }

    def __init__(
        self,
        *,
        update: Any | Unset = UNSET,
        resume: Any | Unset = UNSET,
        goto: list[Send | str] | None | Send | str | Unset = UNSET,
        **additional_properties: Any,
    ) -> None:
        """A Command built from typed values (a request body): each is stored as its JSON
        form; a field left UNSET is not sent. `from_dict` makes one from a JSON object instead."""
        fields: dict[str, Any] = {}
        if not isinstance(update, Unset):
            fields["update"] = to_wire(update)
        if not isinstance(resume, Unset):
            fields["resume"] = to_wire(resume)
        if not isinstance(goto, Unset):
            fields["goto"] = to_wire(goto)
        for key, value in additional_properties.items():
            fields[key] = to_wire(value)
        dict.__init__(self, fields)

    @property
    def update_(self) -> Any | None:
        """A state update to apply (an object, or a list of [key, value] pairs)."""
        try:
            read = _decode_update(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "update", exc) from exc
        return None if isinstance(read, Unset) else read

    @property
    def resume(self) -> Any | None:
        """The value to resume interrupts with; or an object mapping interrupt ids to values."""
        try:
            read = _decode_resume(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "resume", exc) from exc
        return None if isinstance(read, Unset) else read

    @property
    def goto(self) -> list[Send | str] | None | Send | str:
        """Node(s) to go to next, by name or as Send."""
        try:
            read = _decode_goto(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "goto", exc) from exc
        return None if isinstance(read, Unset) else read

    @property
    def additional_properties(self) -> dict[str, Any]:
        """The fields this model does not declare (a newer server's, or free-form ones), typed."""
        try:
            return _decode_additional_properties(self)
        except READ_ERRORS as exc:
            raise FieldValueError(self, "", exc) from exc


_DECLARED = frozenset(Command._wire_names)
"""The wire keys the model declares (what `additional_properties` leaves out)."""


# How each field is read from the JSON object (see `types.WireDict`).
def _decode_update(d: dict[str, Any]) -> Any | Unset:
    update: Any | Unset = d.get("update", UNSET)
    return update


def _decode_resume(d: dict[str, Any]) -> Any | Unset:
    resume: Any | Unset = d.get("resume", UNSET)
    return resume


def _decode_goto(d: dict[str, Any]) -> list[Send | str] | None | Send | str | Unset:
    def _parse_goto(data: object) -> list[Send | str] | None | Send | str | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        try:
            if not isinstance(data, dict) or not Send.fits(data):
                raise TypeError()
            goto_type_0 = Send.from_dict(data)

            return goto_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        try:
            if not isinstance(data, list):
                raise TypeError()
            goto_type_2 = []
            _goto_type_2 = data
            for goto_type_2_item_data in _goto_type_2:

                def _parse_goto_type_2_item(data: object) -> Send | str:
                    try:
                        if not isinstance(data, dict) or not Send.fits(data):
                            raise TypeError()
                        goto_type_2_item_type_0 = Send.from_dict(data)

                        return goto_type_2_item_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if not isinstance(data, (str,)):
                        raise TypeError(f"not a form this field takes: {type(data).__name__}")
                    return data

                goto_type_2_item = _parse_goto_type_2_item(goto_type_2_item_data)

                goto_type_2.append(goto_type_2_item)

            return goto_type_2
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        if not isinstance(data, (str,)):
            raise TypeError(f"not a form this field takes: {type(data).__name__}")
        return data

    goto = _parse_goto(d.get("goto", UNSET))

    return goto


def _decode_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    if _DECLARED.issuperset(d):  # the usual case: no field beyond the declared ones
        return {}
    return {key: value for key, value in d.items() if key not in _DECLARED}


# The models referred to above, loaded once this class exists (so that models referring to each
# other load in either order); functions find them as module globals, with no import per call.
from ..models.send import Send  # noqa: E402
