"""The demo: a LangGraph server in memory, driven end to end by langgraph_client.

Run it with `nox -s demo` (or `python demo.py` in an environment that has
langgraph-cli[inmem] and this package). It starts the in-memory server with the graphs in
tests/app, then, with the async client: creates an assistant and a thread, streams a run,
answers an interrupt, reads the state and history, uses the store, and stops the server.
"""

from __future__ import annotations

import asyncio
import json
import sys
from typing import Any

from langgraph_client import get_client

from tests._server import running_server


def show(title: str) -> None:
    print(f"\n== {title}")


def brief(value: Any, width: int = 100) -> str:
    text = json.dumps(value, default=lambda o: o.to_dict() if hasattr(o, "to_dict") else str(o))
    return text if len(text) <= width else text[: width - 3] + "..."


async def tour(url: str) -> None:
    async with get_client(url=url, api_key=None) as client:
        show("the server")
        info = await client.http.get("/info")
        print(f"langgraph-api {info['version']} at {url}")

        show("an assistant for the graph 'interrupting' (asks for approval, then replies)")
        assistant = await client.assistants.create(
            "interrupting", name="approver", metadata={"demo": True}
        )
        print(f"assistant {assistant.assistant_id} on graph {assistant.graph_id!r}")

        show("a thread")
        thread = await client.threads.create(metadata={"user": "demo"})
        thread_id = thread["thread_id"]
        print(f"thread {thread_id}, status {thread['status']}")

        show("a run, streamed as it happens (stream_mode values + updates)")
        async for part in client.runs.stream(
            thread_id,
            assistant.assistant_id,
            input={"messages": [{"role": "human", "content": "deploy on friday?"}]},
            stream_mode=["values", "updates"],
        ):
            print(f"  {part.event:<9} {brief(part.data)}")

        state = await client.threads.get_state(thread_id)
        question = [i["value"] for task in state["tasks"] for i in task["interrupts"]]
        print(f"the run stopped at an interrupt: {brief(question)}; next: {state['next']}")

        show("answering the interrupt with Command(resume=...)")
        async for part in client.runs.stream(
            thread_id,
            assistant.assistant_id,
            command={"resume": "approved"},
            stream_mode="updates",
        ):
            print(f"  {part.event:<9} {brief(part.data)}")

        show("the thread's state and history")
        state = await client.threads.get_state(thread_id)
        for message in state["values"]["messages"]:
            print(f"  {message['role']:>5}: {message['content']}")
        history = await client.threads.get_history(thread_id, limit=20)
        print(f"{len(history)} checkpoints; newest first: {[h['next'] for h in history][:5]}")

        show("the store: put, get, search")
        await client.store.put_item(["demo", "notes"], "friday", {"text": "deploy approved"})
        await client.store.put_item(["demo", "notes"], "monday", {"text": "retro"})
        item = await client.store.get_item(["demo", "notes"], "friday")
        print(f"get_item -> {brief(item['value'] if item else None)}")
        found = await client.store.search_items(["demo"], filter={"text": "retro"})
        print(f"search_items(filter text=retro) -> {[i['key'] for i in found['items']]}")

        show("clean up")
        await client.threads.delete(thread_id)
        await client.assistants.delete(assistant.assistant_id)
        print("thread and assistant deleted")


def main() -> int:
    print("starting the in-memory LangGraph server (langgraph dev) with the graphs in tests/app")
    with running_server() as url:
        asyncio.run(tour(url))
    print("\nserver stopped. done.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
