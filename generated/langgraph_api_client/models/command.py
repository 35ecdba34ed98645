from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, WireMapping

T = TypeVar("T", bound="Command")


@_attrs_define(slots=False)  # an instance dict: fields appear in it when first read
class Command(WireMapping):
    """Resumes, updates and/or redirects a graph, instead of an input.

    Attributes:
        update (Any | Unset): A state update to apply (an object, or a list of [key, value] pairs).
        resume (Any | Unset): The value to resume interrupts with; or an object mapping interrupt ids to values.
        goto (list[Send | str] | None | Send | str | Unset): Node(s) to go to next, by name or as Send.
    """

    _wire_names: ClassVar[Mapping[str, str]] = {
        "update": "update",
        "resume": "resume",
        "goto": "goto",
    }

    update: Any | Unset = UNSET
    resume: Any | Unset = UNSET
    goto: list[Send | str] | None | Send | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, eq=False, repr=False)

    def to_dict(self) -> dict[str, Any]:
        update = self.update

        resume = self.resume

        goto: dict[str, Any] | list[dict[str, Any] | str] | None | str | Unset
        if isinstance(self.goto, Unset):
            goto = UNSET
        elif isinstance(self.goto, Send):
            goto = self.goto.to_dict()
        elif isinstance(self.goto, list):
            goto = []
            for goto_type_2_item_data in self.goto:
                goto_type_2_item: dict[str, Any] | str
                if isinstance(goto_type_2_item_data, Send):
                    goto_type_2_item = goto_type_2_item_data.to_dict()
                else:
                    goto_type_2_item = goto_type_2_item_data
                goto.append(goto_type_2_item)

        else:
            goto = self.goto

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if update is not UNSET:
            field_dict["update"] = update
        if resume is not UNSET:
            field_dict["resume"] = resume
        if goto is not UNSET:
            field_dict["goto"] = goto

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A model over `src_dict`, a JSON object as the server sends it.

        Required keys are checked at once;
        every other field is converted when first read (an unreadable value then raises
        `types.FieldValueError`).
        """
        d = dict(src_dict)
        command = cls.__new__(cls)
        command._raw = d
        return command


# How each field is read from the JSON object, on first access (see `types.WireRecord`).
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
            if not isinstance(data, dict):
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
                        if not isinstance(data, dict):
                            raise TypeError()
                        goto_type_2_item_type_0 = Send.from_dict(data)

                        return goto_type_2_item_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    return cast(Send | str, data)

                goto_type_2_item = _parse_goto_type_2_item(goto_type_2_item_data)

                goto_type_2.append(goto_type_2_item)

            return goto_type_2
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(list[Send | str] | None | Send | str | Unset, data)

    goto = _parse_goto(d.get("goto", UNSET))

    return goto


def _decode_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in Command._wire_names}


Command._decoders = {
    "update": _decode_update,
    "resume": _decode_resume,
    "goto": _decode_goto,
    "additional_properties": _decode_additional_properties,
}


# The models referred to above, loaded once this class exists (so that models referring to each
# other load in either order); methods find them as module globals, with no import per call.
from ..models.send import Send  # noqa: E402
