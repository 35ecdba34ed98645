"""Graphs for the thread-stream projection tests: a scripted streaming chat model (no
network) that streams reasoning, text and tool calls, an agent that calls tools with it, a
graph with a subgraph, one whose tool runs a subagent, and a stream transformer that
publishes a ``custom:<name>`` extension channel.

The model's script is fixed, so a test knows every delta it should read:

- first turn (no tool result yet): reasoning ``"Thinking it over."`` in two deltas, text
  ``"Let me look."`` in three, then two tool calls (``lookup`` and ``broken``), each with
  its arguments split across chunks, and usage 10 in / 7 out;
- later turns: text ``"It is sunny."`` in three deltas, usage 20 in / 3 out.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Annotated, Any

from langchain_core.callbacks import CallbackManagerForLLMRun
from langchain_core.language_models import BaseChatModel
from langchain_core.messages import (
    AIMessageChunk,
    AnyMessage,
    BaseMessage,
    ToolMessage,
    message_chunk_to_message,
)
from langchain_core.outputs import ChatGeneration, ChatGenerationChunk, ChatResult
from langchain_core.tools import tool
from langgraph.graph import END, START, StateGraph
from langgraph.graph.message import add_messages
from langgraph.prebuilt import ToolNode, tools_condition
from typing_extensions import TypedDict

# Older servers of the window come with a langgraph that lacks what these graphs use to
# stream (tool output deltas, stream transformers); there, the graphs still load.
try:
    from langgraph.prebuilt import ToolRuntime
except ImportError:  # pragma: no cover - older langgraph
    ToolRuntime = Any  # type: ignore[misc,assignment]
try:
    from langgraph.stream import StreamChannel, StreamTransformer
except ImportError:  # pragma: no cover - older langgraph
    StreamChannel = StreamTransformer = None  # type: ignore[assignment,misc]


def _first_turn(run: str) -> list[AIMessageChunk]:
    lookup = f"call-lookup-{run}"
    broken = f"call-broken-{run}"
    return [
        AIMessageChunk(content=[{"type": "reasoning", "reasoning": "Thinking ", "index": 0}]),
        AIMessageChunk(content=[{"type": "reasoning", "reasoning": "it over.", "index": 0}]),
        AIMessageChunk(content=[{"type": "text", "text": "Let ", "index": 1}]),
        AIMessageChunk(content=[{"type": "text", "text": "me ", "index": 1}]),
        AIMessageChunk(content=[{"type": "text", "text": "look.", "index": 1}]),
        AIMessageChunk(
            content="",
            tool_call_chunks=[{"name": "lookup", "args": '{"query": ', "id": lookup, "index": 2}],
        ),
        AIMessageChunk(
            content="",
            tool_call_chunks=[{"name": None, "args": '"weather"}', "id": None, "index": 2}],
        ),
        AIMessageChunk(
            content="",
            tool_call_chunks=[{"name": "broken", "args": '{"why"', "id": broken, "index": 3}],
        ),
        AIMessageChunk(
            content="",
            tool_call_chunks=[{"name": None, "args": ': "test"}', "id": None, "index": 3}],
        ),
        AIMessageChunk(
            content="",
            usage_metadata={"input_tokens": 10, "output_tokens": 7, "total_tokens": 17},
            chunk_position="last",
        ),
    ]


def _later_turn() -> list[AIMessageChunk]:
    return [
        AIMessageChunk(content="It "),
        AIMessageChunk(content="is "),
        AIMessageChunk(
            content="sunny.",
            usage_metadata={"input_tokens": 20, "output_tokens": 3, "total_tokens": 23},
            chunk_position="last",
        ),
    ]


class ScriptedChatModel(BaseChatModel):
    """A chat model that streams the fixed script above, whatever it is asked."""

    tools_first: bool = True  # the first turn calls the tools

    @property
    def _llm_type(self) -> str:
        return "scripted"

    def _script(self, messages: Sequence[BaseMessage], run: str) -> list[AIMessageChunk]:
        answered = any(isinstance(message, ToolMessage) for message in messages)
        return _first_turn(run) if self.tools_first and not answered else _later_turn()

    def _stream(
        self,
        messages: list[BaseMessage],
        stop: list[str] | None = None,
        run_manager: CallbackManagerForLLMRun | None = None,
        **kwargs: Any,
    ) -> Iterator[ChatGenerationChunk]:
        run = str(len(messages))
        for chunk in self._script(messages, run):
            generation = ChatGenerationChunk(message=chunk)
            if run_manager is not None:
                run_manager.on_llm_new_token("", chunk=generation)
            yield generation

    def _generate(
        self,
        messages: list[BaseMessage],
        stop: list[str] | None = None,
        run_manager: CallbackManagerForLLMRun | None = None,
        **kwargs: Any,
    ) -> ChatResult:
        merged: AIMessageChunk | None = None
        for generation in self._stream(messages, stop, run_manager, **kwargs):
            chunk = generation.message
            assert isinstance(chunk, AIMessageChunk)
            merged = chunk if merged is None else merged + chunk
        assert merged is not None
        return ChatResult(generations=[ChatGeneration(message=message_chunk_to_message(merged))])


@tool
def lookup(query: str, runtime: ToolRuntime) -> str:
    """Look ``query`` up (streams its answer in two parts)."""
    runtime.emit_output_delta("sun")
    runtime.emit_output_delta("ny")
    return f"{query}: sunny"


@tool
def broken(why: str) -> str:
    """A tool that always fails."""
    raise ValueError(f"broken on purpose: {why}")


class MessagesState(TypedDict, total=False):
    messages: Annotated[list[AnyMessage], add_messages]


def _agent(model: ScriptedChatModel, tools: Sequence[Any], name: str | None = None) -> Any:
    def call_model(state: MessagesState) -> dict[str, Any]:
        return {"messages": [model.invoke(state.get("messages", []))]}

    graph = StateGraph(MessagesState)
    graph.add_node("model", call_model)
    graph.add_node("tools", ToolNode(list(tools), handle_tool_errors=True))
    graph.add_edge(START, "model")
    graph.add_conditional_edges("model", tools_condition)
    graph.add_edge("tools", "model")
    return graph.compile(name=name)


# --- chat: model -> tools (lookup streams, broken fails) -> model ---------------------------
chat = _agent(ScriptedChatModel(), [lookup, broken])


# --- nested: a parent whose one node is a subgraph that streams an answer ------------------
_researcher = _agent(ScriptedChatModel(tools_first=False), [], name="researcher")
_nested = StateGraph(MessagesState)
_nested.add_node("research", _researcher)
_nested.add_edge(START, "research")
_nested.add_edge("research", END)
nested = _nested.compile()


# --- supervisor: its tool ``task`` runs a subagent (as deep agents' task tool does) -------
@tool
def task(description: str) -> str:
    """Hand ``description`` to the researcher subagent; its last message is the answer."""
    result = _researcher.invoke({"messages": [{"role": "user", "content": description}]})
    content = result["messages"][-1].content
    if isinstance(content, str):
        return content
    return "".join(block.get("text", "") for block in content if isinstance(block, dict))


class _SupervisorModel(ScriptedChatModel):
    """First turn: one call of ``task``; later turns: the scripted answer."""

    def _script(self, messages: Sequence[BaseMessage], run: str) -> list[AIMessageChunk]:
        if any(isinstance(message, ToolMessage) for message in messages):
            return _later_turn()
        return [
            AIMessageChunk(
                content="",
                tool_call_chunks=[
                    {
                        "name": "task",
                        "args": '{"description": "weather"}',
                        "id": "call-task-1",
                        "index": 0,
                    }
                ],
                chunk_position="last",
            )
        ]


supervisor = _agent(_SupervisorModel(), [task])


# --- an extension: ``custom:tool_names`` carries the name of each tool started ------------
class ToolNames(StreamTransformer or object):  # type: ignore[misc]
    """Publishes ``{"tool": <name>}`` on the ``tool_names`` channel for each tool started."""

    required_stream_modes = ("tools", "updates")

    def init(self) -> dict[str, Any]:
        self.channel: StreamChannel[dict[str, Any]] = StreamChannel("tool_names")
        return {"tool_names": self.channel}

    def process(self, event: Any) -> bool:
        params = event.get("params") or {}
        data = params.get("data")
        if (
            event.get("method") == "tools"
            and isinstance(data, dict)
            and data.get("event") == "tool-started"
        ):
            self.channel.push({"tool": data.get("tool_name")})
        return True


def stream_transformers() -> list[Any]:
    return [ToolNames] if StreamTransformer is not None else []
