from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, WireMapping

T = TypeVar("T", bound="ThreadTask")


@_attrs_define(slots=False)  # an instance dict: fields appear in it when first read
class ThreadTask(WireMapping):
    """A task of a thread's next step.

    Attributes:
        id (str): The task's id.
        name (str): The node the task runs.
        path (list[Any] | Unset): Where the task comes from in the graph.
        error (None | str | Unset): The task's error, if it failed.
        interrupts (list[Interrupt] | Unset):
        checkpoint (Checkpoint | None | Unset): The subgraph checkpoint of the task, if it runs a subgraph.
        state (None | ThreadState | Unset): The subgraph's state (with `subgraphs=true`).
        result (Any | Unset): What the task wrote, once done (any JSON).
    """

    _wire_names: ClassVar[Mapping[str, str]] = {
        "id": "id",
        "name": "name",
        "path": "path",
        "error": "error",
        "interrupts": "interrupts",
        "checkpoint": "checkpoint",
        "state": "state",
        "result": "result",
    }

    id: str
    name: str
    path: list[Any] | Unset = UNSET
    error: None | str | Unset = UNSET
    interrupts: list[Interrupt] | Unset = UNSET
    checkpoint: Checkpoint | None | Unset = UNSET
    state: None | ThreadState | Unset = UNSET
    result: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, eq=False, repr=False)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        path: list[Any] | Unset = UNSET
        if not isinstance(self.path, Unset):
            path = self.path

        error: None | str | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        else:
            error = self.error

        interrupts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.interrupts, Unset):
            interrupts = []
            for interrupts_item_data in self.interrupts:
                interrupts_item = interrupts_item_data.to_dict()
                interrupts.append(interrupts_item)

        checkpoint: dict[str, Any] | None | Unset
        if isinstance(self.checkpoint, Unset):
            checkpoint = UNSET
        elif isinstance(self.checkpoint, Checkpoint):
            checkpoint = self.checkpoint.to_dict()
        else:
            checkpoint = self.checkpoint

        state: dict[str, Any] | None | Unset
        if isinstance(self.state, Unset):
            state = UNSET
        elif isinstance(self.state, ThreadState):
            state = self.state.to_dict()
        else:
            state = self.state

        result = self.result

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
            }
        )
        if path is not UNSET:
            field_dict["path"] = path
        if error is not UNSET:
            field_dict["error"] = error
        if interrupts is not UNSET:
            field_dict["interrupts"] = interrupts
        if checkpoint is not UNSET:
            field_dict["checkpoint"] = checkpoint
        if state is not UNSET:
            field_dict["state"] = state
        if result is not UNSET:
            field_dict["result"] = result

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A model over `src_dict`, a JSON object as the server sends it.

        Required keys are checked at once;
        every other field is converted when first read (an unreadable value then raises
        `types.FieldValueError`).
        """
        d = dict(src_dict)
        if not d.keys() >= _REQUIRED:
            raise KeyError(min(_REQUIRED - d.keys()))
        thread_task = cls.__new__(cls)
        thread_task._raw = d
        return thread_task


_REQUIRED = frozenset(
    {
        "id",
        "name",
    }
)


# How each field is read from the JSON object, on first access (see `types.WireRecord`).
def _decode_id(d: dict[str, Any]) -> str:
    id: str = d["id"]
    return id


def _decode_name(d: dict[str, Any]) -> str:
    name: str = d["name"]
    return name


def _decode_path(d: dict[str, Any]) -> list[Any] | Unset:
    path: list[Any] = d.get("path", UNSET)

    return path


def _decode_error(d: dict[str, Any]) -> None | str | Unset:
    error: None | str | Unset = d.get("error", UNSET)

    return error


def _decode_interrupts(d: dict[str, Any]) -> list[Interrupt] | Unset:
    _interrupts = d.get("interrupts", UNSET)
    interrupts: list[Interrupt] | Unset = UNSET
    if _interrupts is not UNSET:
        interrupts = []
        for interrupts_item_data in _interrupts:
            interrupts_item = Interrupt.from_dict(interrupts_item_data)

            interrupts.append(interrupts_item)

    return interrupts


def _decode_checkpoint(d: dict[str, Any]) -> Checkpoint | None | Unset:
    def _parse_checkpoint(data: object) -> Checkpoint | None | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        try:
            if not isinstance(data, dict):
                raise TypeError()
            checkpoint_type_0 = Checkpoint.from_dict(data)

            return checkpoint_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(Checkpoint | None | Unset, data)

    checkpoint = _parse_checkpoint(d.get("checkpoint", UNSET))

    return checkpoint


def _decode_state(d: dict[str, Any]) -> None | ThreadState | Unset:
    def _parse_state(data: object) -> None | ThreadState | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        try:
            if not isinstance(data, dict):
                raise TypeError()
            state_type_0 = ThreadState.from_dict(data)

            return state_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(None | ThreadState | Unset, data)

    state = _parse_state(d.get("state", UNSET))

    return state


def _decode_result(d: dict[str, Any]) -> Any | Unset:
    result: Any | Unset = d.get("result", UNSET)
    return result


def _decode_additional_properties(d: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in ThreadTask._wire_names}


ThreadTask._decoders = {
    "id": _decode_id,
    "name": _decode_name,
    "path": _decode_path,
    "error": _decode_error,
    "interrupts": _decode_interrupts,
    "checkpoint": _decode_checkpoint,
    "state": _decode_state,
    "result": _decode_result,
    "additional_properties": _decode_additional_properties,
}


# The models referred to above, loaded once this class exists (so that models referring to each
# other load in either order); methods find them as module globals, with no import per call.
from ..models.checkpoint import Checkpoint  # noqa: E402
from ..models.interrupt import Interrupt  # noqa: E402
from ..models.thread_state import ThreadState  # noqa: E402
