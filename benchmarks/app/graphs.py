"""The graph the recording script runs on the real server.

A chat turn: the node waits for an optional delay (long enough to let the server send a
heartbeat comment), then a fake chat model streams a reply word by word. Its replies are
LangChain messages, so `stream_mode="messages"` yields the partial-message events a real
model produces, and the thread's values hold real message dictionaries.
"""

from __future__ import annotations

import asyncio
from typing import Any, TypedDict

from langchain_core.language_models.fake_chat_models import GenericFakeChatModel
from langchain_core.messages import AIMessage
from langgraph.graph import END, START, MessagesState, StateGraph

SENTENCE = (
    "the graph keeps its state in a checkpoint after every step so a client can read the "
    "values resume an interrupted run or fork a thread from any earlier point in its history "
    "while the server streams each update as it happens"
)
WORDS = SENTENCE.split(" ")


class ChatContext(TypedDict, total=False):
    delay: float
    words: int


def _reply_text(turn: int, words: int) -> str:
    return " ".join(WORDS[(turn + i) % len(WORDS)] for i in range(words))


async def _respond(state: MessagesState, runtime: Any) -> dict[str, Any]:
    ctx = runtime.context or {}
    await asyncio.sleep(float(ctx.get("delay", 0.0)))
    turn = len(state["messages"])
    model = GenericFakeChatModel(
        messages=iter([AIMessage(content=_reply_text(turn, int(ctx.get("words", 250))))])
    )
    reply = await model.ainvoke(state["messages"])
    return {"messages": [reply]}


_chat = StateGraph(MessagesState, context_schema=ChatContext)
_chat.add_node("respond", _respond)
_chat.add_edge(START, "respond")
_chat.add_edge("respond", END)
chat = _chat.compile()
