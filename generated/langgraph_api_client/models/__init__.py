"""All the data models used in requests and responses, loaded on first use.

`from langgraph_api_client.models import Thread` imports the module of `Thread` (and the modules
it needs) only, not every model: the names below resolve through a module `__getattr__`.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .a2a_method import A2AMethod
    from .a2a_request import A2ARequest
    from .a2a_response import A2AResponse
    from .all_nodes import AllNodes
    from .assistant import Assistant
    from .assistant_count_request import AssistantCountRequest
    from .assistant_create import AssistantCreate
    from .assistant_patch import AssistantPatch
    from .assistant_search_request import AssistantSearchRequest
    from .assistant_select_field import AssistantSelectField
    from .assistant_selection import AssistantSelection
    from .assistant_sort_by import AssistantSortBy
    from .assistant_version import AssistantVersion
    from .assistant_version_change import AssistantVersionChange
    from .assistant_versions_search_request import AssistantVersionsSearchRequest
    from .cancel_action import CancelAction
    from .cancel_runs_status import CancelRunsStatus
    from .channel_storage import ChannelStorage
    from .channel_storage_by_name import ChannelStorageByName
    from .channel_values_storage import ChannelValuesStorage
    from .checkpoint import Checkpoint
    from .command import Command
    from .config import Config
    from .cron import Cron
    from .cron_count_request import CronCountRequest
    from .cron_create import CronCreate
    from .cron_patch import CronPatch
    from .cron_search import CronSearch
    from .cron_select_field import CronSelectField
    from .cron_selection import CronSelection
    from .cron_sort_by import CronSortBy
    from .durability import Durability
    from .error_message import ErrorMessage
    from .error_response import ErrorResponse
    from .graph_drawing import GraphDrawing
    from .graph_edge import GraphEdge
    from .graph_node import GraphNode
    from .graph_schema import GraphSchema
    from .graph_schema_no_id import GraphSchemaNoId
    from .health_response import HealthResponse
    from .if_exists import IfExists
    from .if_not_exists import IfNotExists
    from .interrupt import Interrupt
    from .item import Item
    from .json_object import JsonObject
    from .json_rpc_error import JsonRpcError
    from .json_rpc_version import JsonRpcVersion
    from .lang_smith_tracer import LangSmithTracer
    from .list_namespace_response import ListNamespaceResponse
    from .mcp_request import McpRequest
    from .mcp_response import McpResponse
    from .metadata import Metadata
    from .metrics_format import MetricsFormat
    from .multitask_strategy import MultitaskStrategy
    from .on_completion import OnCompletion
    from .on_disconnect import OnDisconnect
    from .on_run_completed import OnRunCompleted
    from .protocol_channel_name import ProtocolChannelName
    from .protocol_checkpoint_data import ProtocolCheckpointData
    from .protocol_checkpoints_event import ProtocolCheckpointsEvent
    from .protocol_checkpoints_event_params import ProtocolCheckpointsEventParams
    from .protocol_command import ProtocolCommand
    from .protocol_content_block_delta_data import ProtocolContentBlockDeltaData
    from .protocol_content_block_finish_data import ProtocolContentBlockFinishData
    from .protocol_content_block_start_data import ProtocolContentBlockStartData
    from .protocol_custom_data import ProtocolCustomData
    from .protocol_custom_event import ProtocolCustomEvent
    from .protocol_custom_event_params import ProtocolCustomEventParams
    from .protocol_error import ProtocolError
    from .protocol_error_code import ProtocolErrorCode
    from .protocol_event import ProtocolEvent
    from .protocol_event_params import ProtocolEventParams
    from .protocol_event_stream_request import ProtocolEventStreamRequest
    from .protocol_input_requested_data import ProtocolInputRequestedData
    from .protocol_input_requested_event import ProtocolInputRequestedEvent
    from .protocol_input_requested_event_params import ProtocolInputRequestedEventParams
    from .protocol_input_respond_params import ProtocolInputRespondParams
    from .protocol_lang_smith_tracer import ProtocolLangSmithTracer
    from .protocol_lifecycle_data import ProtocolLifecycleData
    from .protocol_lifecycle_event import ProtocolLifecycleEvent
    from .protocol_lifecycle_event_params import ProtocolLifecycleEventParams
    from .protocol_message_error_data import ProtocolMessageErrorData
    from .protocol_message_finish_data import ProtocolMessageFinishData
    from .protocol_message_start_data import ProtocolMessageStartData
    from .protocol_messages_event import ProtocolMessagesEvent
    from .protocol_messages_event_params import ProtocolMessagesEventParams
    from .protocol_response_meta import ProtocolResponseMeta
    from .protocol_run_start_params import ProtocolRunStartParams
    from .protocol_success import ProtocolSuccess
    from .protocol_task_data import ProtocolTaskData
    from .protocol_tasks_event import ProtocolTasksEvent
    from .protocol_tasks_event_params import ProtocolTasksEventParams
    from .protocol_tool_error_data import ProtocolToolErrorData
    from .protocol_tool_finished_data import ProtocolToolFinishedData
    from .protocol_tool_output_delta_data import ProtocolToolOutputDeltaData
    from .protocol_tool_started_data import ProtocolToolStartedData
    from .protocol_tools_event import ProtocolToolsEvent
    from .protocol_tools_event_params import ProtocolToolsEventParams
    from .protocol_updates_event import ProtocolUpdatesEvent
    from .protocol_updates_event_params import ProtocolUpdatesEventParams
    from .protocol_values_event import ProtocolValuesEvent
    from .protocol_values_event_params import ProtocolValuesEventParams
    from .prune_strategy import PruneStrategy
    from .run import Run
    from .run_create_stateful import RunCreateStateful
    from .run_create_stateless import RunCreateStateless
    from .run_create_streaming_stateful import RunCreateStreamingStateful
    from .run_create_streaming_stateless import RunCreateStreamingStateless
    from .run_error_info import RunErrorInfo
    from .run_select_field import RunSelectField
    from .run_selection import RunSelection
    from .run_status import RunStatus
    from .runs_cancel import RunsCancel
    from .search_item import SearchItem
    from .search_items_response import SearchItemsResponse
    from .send import Send
    from .server_flags import ServerFlags
    from .server_host import ServerHost
    from .server_info import ServerInfo
    from .sort_order import SortOrder
    from .storage_count import StorageCount
    from .store_delete_request import StoreDeleteRequest
    from .store_list_namespaces_request import StoreListNamespacesRequest
    from .store_put_request import StorePutRequest
    from .store_search_request import StoreSearchRequest
    from .stream_mode import StreamMode
    from .subgraphs import Subgraphs
    from .thread import Thread
    from .thread_count_request import ThreadCountRequest
    from .thread_create import ThreadCreate
    from .thread_cron_create import ThreadCronCreate
    from .thread_extract import ThreadExtract
    from .thread_interrupts import ThreadInterrupts
    from .thread_patch import ThreadPatch
    from .thread_prune_request import ThreadPruneRequest
    from .thread_prune_response import ThreadPruneResponse
    from .thread_search_request import ThreadSearchRequest
    from .thread_select_field import ThreadSelectField
    from .thread_selection import ThreadSelection
    from .thread_sort_by import ThreadSortBy
    from .thread_state import ThreadState
    from .thread_state_checkpoint_request import ThreadStateCheckpointRequest
    from .thread_state_search import ThreadStateSearch
    from .thread_state_update import ThreadStateUpdate
    from .thread_state_update_response import ThreadStateUpdateResponse
    from .thread_status import ThreadStatus
    from .thread_storage import ThreadStorage
    from .thread_superstep import ThreadSuperstep
    from .thread_superstep_update import ThreadSuperstepUpdate
    from .thread_task import ThreadTask
    from .thread_ttl import ThreadTtl
    from .thread_ttl_info import ThreadTtlInfo
    from .ttl_strategy import TtlStrategy

_MODULES: dict[str, str] = {
    "A2AMethod": ".a2a_method",
    "A2ARequest": ".a2a_request",
    "A2AResponse": ".a2a_response",
    "AllNodes": ".all_nodes",
    "Assistant": ".assistant",
    "AssistantCountRequest": ".assistant_count_request",
    "AssistantCreate": ".assistant_create",
    "AssistantPatch": ".assistant_patch",
    "AssistantSearchRequest": ".assistant_search_request",
    "AssistantSelectField": ".assistant_select_field",
    "AssistantSelection": ".assistant_selection",
    "AssistantSortBy": ".assistant_sort_by",
    "AssistantVersion": ".assistant_version",
    "AssistantVersionChange": ".assistant_version_change",
    "AssistantVersionsSearchRequest": ".assistant_versions_search_request",
    "CancelAction": ".cancel_action",
    "CancelRunsStatus": ".cancel_runs_status",
    "ChannelStorage": ".channel_storage",
    "ChannelStorageByName": ".channel_storage_by_name",
    "ChannelValuesStorage": ".channel_values_storage",
    "Checkpoint": ".checkpoint",
    "Command": ".command",
    "Config": ".config",
    "Cron": ".cron",
    "CronCountRequest": ".cron_count_request",
    "CronCreate": ".cron_create",
    "CronPatch": ".cron_patch",
    "CronSearch": ".cron_search",
    "CronSelectField": ".cron_select_field",
    "CronSelection": ".cron_selection",
    "CronSortBy": ".cron_sort_by",
    "Durability": ".durability",
    "ErrorMessage": ".error_message",
    "ErrorResponse": ".error_response",
    "GraphDrawing": ".graph_drawing",
    "GraphEdge": ".graph_edge",
    "GraphNode": ".graph_node",
    "GraphSchema": ".graph_schema",
    "GraphSchemaNoId": ".graph_schema_no_id",
    "HealthResponse": ".health_response",
    "IfExists": ".if_exists",
    "IfNotExists": ".if_not_exists",
    "Interrupt": ".interrupt",
    "Item": ".item",
    "JsonObject": ".json_object",
    "JsonRpcError": ".json_rpc_error",
    "JsonRpcVersion": ".json_rpc_version",
    "LangSmithTracer": ".lang_smith_tracer",
    "ListNamespaceResponse": ".list_namespace_response",
    "McpRequest": ".mcp_request",
    "McpResponse": ".mcp_response",
    "Metadata": ".metadata",
    "MetricsFormat": ".metrics_format",
    "MultitaskStrategy": ".multitask_strategy",
    "OnCompletion": ".on_completion",
    "OnDisconnect": ".on_disconnect",
    "OnRunCompleted": ".on_run_completed",
    "ProtocolChannelName": ".protocol_channel_name",
    "ProtocolCheckpointData": ".protocol_checkpoint_data",
    "ProtocolCheckpointsEvent": ".protocol_checkpoints_event",
    "ProtocolCheckpointsEventParams": ".protocol_checkpoints_event_params",
    "ProtocolCommand": ".protocol_command",
    "ProtocolContentBlockDeltaData": ".protocol_content_block_delta_data",
    "ProtocolContentBlockFinishData": ".protocol_content_block_finish_data",
    "ProtocolContentBlockStartData": ".protocol_content_block_start_data",
    "ProtocolCustomData": ".protocol_custom_data",
    "ProtocolCustomEvent": ".protocol_custom_event",
    "ProtocolCustomEventParams": ".protocol_custom_event_params",
    "ProtocolError": ".protocol_error",
    "ProtocolErrorCode": ".protocol_error_code",
    "ProtocolEvent": ".protocol_event",
    "ProtocolEventParams": ".protocol_event_params",
    "ProtocolEventStreamRequest": ".protocol_event_stream_request",
    "ProtocolInputRequestedData": ".protocol_input_requested_data",
    "ProtocolInputRequestedEvent": ".protocol_input_requested_event",
    "ProtocolInputRequestedEventParams": ".protocol_input_requested_event_params",
    "ProtocolInputRespondParams": ".protocol_input_respond_params",
    "ProtocolLangSmithTracer": ".protocol_lang_smith_tracer",
    "ProtocolLifecycleData": ".protocol_lifecycle_data",
    "ProtocolLifecycleEvent": ".protocol_lifecycle_event",
    "ProtocolLifecycleEventParams": ".protocol_lifecycle_event_params",
    "ProtocolMessageErrorData": ".protocol_message_error_data",
    "ProtocolMessageFinishData": ".protocol_message_finish_data",
    "ProtocolMessageStartData": ".protocol_message_start_data",
    "ProtocolMessagesEvent": ".protocol_messages_event",
    "ProtocolMessagesEventParams": ".protocol_messages_event_params",
    "ProtocolResponseMeta": ".protocol_response_meta",
    "ProtocolRunStartParams": ".protocol_run_start_params",
    "ProtocolSuccess": ".protocol_success",
    "ProtocolTaskData": ".protocol_task_data",
    "ProtocolTasksEvent": ".protocol_tasks_event",
    "ProtocolTasksEventParams": ".protocol_tasks_event_params",
    "ProtocolToolErrorData": ".protocol_tool_error_data",
    "ProtocolToolFinishedData": ".protocol_tool_finished_data",
    "ProtocolToolOutputDeltaData": ".protocol_tool_output_delta_data",
    "ProtocolToolStartedData": ".protocol_tool_started_data",
    "ProtocolToolsEvent": ".protocol_tools_event",
    "ProtocolToolsEventParams": ".protocol_tools_event_params",
    "ProtocolUpdatesEvent": ".protocol_updates_event",
    "ProtocolUpdatesEventParams": ".protocol_updates_event_params",
    "ProtocolValuesEvent": ".protocol_values_event",
    "ProtocolValuesEventParams": ".protocol_values_event_params",
    "PruneStrategy": ".prune_strategy",
    "Run": ".run",
    "RunCreateStateful": ".run_create_stateful",
    "RunCreateStateless": ".run_create_stateless",
    "RunCreateStreamingStateful": ".run_create_streaming_stateful",
    "RunCreateStreamingStateless": ".run_create_streaming_stateless",
    "RunErrorInfo": ".run_error_info",
    "RunSelectField": ".run_select_field",
    "RunSelection": ".run_selection",
    "RunStatus": ".run_status",
    "RunsCancel": ".runs_cancel",
    "SearchItem": ".search_item",
    "SearchItemsResponse": ".search_items_response",
    "Send": ".send",
    "ServerFlags": ".server_flags",
    "ServerHost": ".server_host",
    "ServerInfo": ".server_info",
    "SortOrder": ".sort_order",
    "StorageCount": ".storage_count",
    "StoreDeleteRequest": ".store_delete_request",
    "StoreListNamespacesRequest": ".store_list_namespaces_request",
    "StorePutRequest": ".store_put_request",
    "StoreSearchRequest": ".store_search_request",
    "StreamMode": ".stream_mode",
    "Subgraphs": ".subgraphs",
    "Thread": ".thread",
    "ThreadCountRequest": ".thread_count_request",
    "ThreadCreate": ".thread_create",
    "ThreadCronCreate": ".thread_cron_create",
    "ThreadExtract": ".thread_extract",
    "ThreadInterrupts": ".thread_interrupts",
    "ThreadPatch": ".thread_patch",
    "ThreadPruneRequest": ".thread_prune_request",
    "ThreadPruneResponse": ".thread_prune_response",
    "ThreadSearchRequest": ".thread_search_request",
    "ThreadSelectField": ".thread_select_field",
    "ThreadSelection": ".thread_selection",
    "ThreadSortBy": ".thread_sort_by",
    "ThreadState": ".thread_state",
    "ThreadStateCheckpointRequest": ".thread_state_checkpoint_request",
    "ThreadStateSearch": ".thread_state_search",
    "ThreadStateUpdate": ".thread_state_update",
    "ThreadStateUpdateResponse": ".thread_state_update_response",
    "ThreadStatus": ".thread_status",
    "ThreadStorage": ".thread_storage",
    "ThreadSuperstep": ".thread_superstep",
    "ThreadSuperstepUpdate": ".thread_superstep_update",
    "ThreadTask": ".thread_task",
    "ThreadTtl": ".thread_ttl",
    "ThreadTtlInfo": ".thread_ttl_info",
    "TtlStrategy": ".ttl_strategy",
}


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_MODULES})


__all__ = (
    "A2AMethod",
    "A2ARequest",
    "A2AResponse",
    "AllNodes",
    "Assistant",
    "AssistantCountRequest",
    "AssistantCreate",
    "AssistantPatch",
    "AssistantSearchRequest",
    "AssistantSelectField",
    "AssistantSelection",
    "AssistantSortBy",
    "AssistantVersion",
    "AssistantVersionChange",
    "AssistantVersionsSearchRequest",
    "CancelAction",
    "CancelRunsStatus",
    "ChannelStorage",
    "ChannelStorageByName",
    "ChannelValuesStorage",
    "Checkpoint",
    "Command",
    "Config",
    "Cron",
    "CronCountRequest",
    "CronCreate",
    "CronPatch",
    "CronSearch",
    "CronSelectField",
    "CronSelection",
    "CronSortBy",
    "Durability",
    "ErrorMessage",
    "ErrorResponse",
    "GraphDrawing",
    "GraphEdge",
    "GraphNode",
    "GraphSchema",
    "GraphSchemaNoId",
    "HealthResponse",
    "IfExists",
    "IfNotExists",
    "Interrupt",
    "Item",
    "JsonObject",
    "JsonRpcError",
    "JsonRpcVersion",
    "LangSmithTracer",
    "ListNamespaceResponse",
    "McpRequest",
    "McpResponse",
    "Metadata",
    "MetricsFormat",
    "MultitaskStrategy",
    "OnCompletion",
    "OnDisconnect",
    "OnRunCompleted",
    "ProtocolChannelName",
    "ProtocolCheckpointData",
    "ProtocolCheckpointsEvent",
    "ProtocolCheckpointsEventParams",
    "ProtocolCommand",
    "ProtocolContentBlockDeltaData",
    "ProtocolContentBlockFinishData",
    "ProtocolContentBlockStartData",
    "ProtocolCustomData",
    "ProtocolCustomEvent",
    "ProtocolCustomEventParams",
    "ProtocolError",
    "ProtocolErrorCode",
    "ProtocolEvent",
    "ProtocolEventParams",
    "ProtocolEventStreamRequest",
    "ProtocolInputRequestedData",
    "ProtocolInputRequestedEvent",
    "ProtocolInputRequestedEventParams",
    "ProtocolInputRespondParams",
    "ProtocolLangSmithTracer",
    "ProtocolLifecycleData",
    "ProtocolLifecycleEvent",
    "ProtocolLifecycleEventParams",
    "ProtocolMessageErrorData",
    "ProtocolMessageFinishData",
    "ProtocolMessagesEvent",
    "ProtocolMessagesEventParams",
    "ProtocolMessageStartData",
    "ProtocolResponseMeta",
    "ProtocolRunStartParams",
    "ProtocolSuccess",
    "ProtocolTaskData",
    "ProtocolTasksEvent",
    "ProtocolTasksEventParams",
    "ProtocolToolErrorData",
    "ProtocolToolFinishedData",
    "ProtocolToolOutputDeltaData",
    "ProtocolToolsEvent",
    "ProtocolToolsEventParams",
    "ProtocolToolStartedData",
    "ProtocolUpdatesEvent",
    "ProtocolUpdatesEventParams",
    "ProtocolValuesEvent",
    "ProtocolValuesEventParams",
    "PruneStrategy",
    "Run",
    "RunCreateStateful",
    "RunCreateStateless",
    "RunCreateStreamingStateful",
    "RunCreateStreamingStateless",
    "RunErrorInfo",
    "RunsCancel",
    "RunSelectField",
    "RunSelection",
    "RunStatus",
    "SearchItem",
    "SearchItemsResponse",
    "Send",
    "ServerFlags",
    "ServerHost",
    "ServerInfo",
    "SortOrder",
    "StorageCount",
    "StoreDeleteRequest",
    "StoreListNamespacesRequest",
    "StorePutRequest",
    "StoreSearchRequest",
    "StreamMode",
    "Subgraphs",
    "Thread",
    "ThreadCountRequest",
    "ThreadCreate",
    "ThreadCronCreate",
    "ThreadExtract",
    "ThreadInterrupts",
    "ThreadPatch",
    "ThreadPruneRequest",
    "ThreadPruneResponse",
    "ThreadSearchRequest",
    "ThreadSelectField",
    "ThreadSelection",
    "ThreadSortBy",
    "ThreadState",
    "ThreadStateCheckpointRequest",
    "ThreadStateSearch",
    "ThreadStateUpdate",
    "ThreadStateUpdateResponse",
    "ThreadStatus",
    "ThreadStorage",
    "ThreadSuperstep",
    "ThreadSuperstepUpdate",
    "ThreadTask",
    "ThreadTtl",
    "ThreadTtlInfo",
    "TtlStrategy",
)
