from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, WireMapping

T = TypeVar("T", bound="Command")


@_attrs_define
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
        d = dict(src_dict)
        update = d.pop("update", UNSET)

        resume = d.pop("resume", UNSET)

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

        goto = _parse_goto(d.pop("goto", UNSET))

        command = cls(
            update=update,
            resume=resume,
            goto=goto,
        )

        command.additional_properties = d
        return command


# The models referred to above, loaded once this class exists (so that models referring to each
# other load in either order); methods find them as module globals, with no import per call.
from ..models.send import Send  # noqa: E402
