"""Benchmarks: our client against langgraph-sdk and a raw httpx floor (`nox -s bench`)."""
