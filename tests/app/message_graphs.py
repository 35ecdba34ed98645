"""A graph for the stream-part tests: a node that returns a chat message, so the
``messages-tuple`` mode has a message to send (as a model's answer would be sent)."""

from __future__ import annotations

from typing import Annotated, Any

from langchain_core.messages import AIMessage, AnyMessage
from langgraph.graph import END, START, StateGraph
from langgraph.graph.message import add_messages
from typing_extensions import TypedDict


class MessageState(TypedDict, total=False):
    messages: Annotated[list[AnyMessage], add_messages]


def _answer(state: MessageState) -> dict[str, Any]:
    return {"messages": [AIMessage(content="an answer", id="answer-1")]}


_graph = StateGraph(MessageState)
_graph.add_node("answer", _answer)
_graph.add_edge(START, "answer")
_graph.add_edge("answer", END)
messages = _graph.compile()
