"""All the data models used in requests and responses, loaded on first use.

`from langgraph_api_client.models import Thread` imports the module of `Thread` (and the modules
it needs) only, not every model: the names below resolve through a module `__getattr__`.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .assistant import Assistant
    from .assistant_config import AssistantConfig
    from .assistant_config_configurable import AssistantConfigConfigurable
    from .assistant_context import AssistantContext
    from .assistant_count_request import AssistantCountRequest
    from .assistant_count_request_metadata import AssistantCountRequestMetadata
    from .assistant_create import AssistantCreate
    from .assistant_create_config import AssistantCreateConfig
    from .assistant_create_context import AssistantCreateContext
    from .assistant_create_graph_id import AssistantCreateGraphId
    from .assistant_create_if_exists import AssistantCreateIfExists
    from .assistant_create_metadata import AssistantCreateMetadata
    from .assistant_graph_id import AssistantGraphId
    from .assistant_metadata import AssistantMetadata
    from .assistant_patch import AssistantPatch
    from .assistant_patch_config import AssistantPatchConfig
    from .assistant_patch_context import AssistantPatchContext
    from .assistant_patch_graph_id import AssistantPatchGraphId
    from .assistant_patch_metadata import AssistantPatchMetadata
    from .assistant_search_request import AssistantSearchRequest
    from .assistant_search_request_graph_id import AssistantSearchRequestGraphId
    from .assistant_search_request_metadata import AssistantSearchRequestMetadata
    from .assistant_search_request_select_item import AssistantSearchRequestSelectItem
    from .assistant_search_request_sort_by import AssistantSearchRequestSortBy
    from .assistant_search_request_sort_order import AssistantSearchRequestSortOrder
    from .assistant_version_change import AssistantVersionChange
    from .cancel_run_action import CancelRunAction
    from .cancel_runs_action import CancelRunsAction
    from .checkpoint_config import CheckpointConfig
    from .checkpoint_config_checkpoint_map import CheckpointConfigCheckpointMap
    from .command import Command
    from .config import Config
    from .config_configurable import ConfigConfigurable
    from .cron import Cron
    from .cron_count_request import CronCountRequest
    from .cron_count_request_metadata import CronCountRequestMetadata
    from .cron_create import CronCreate
    from .cron_create_config import CronCreateConfig
    from .cron_create_config_configurable import CronCreateConfigConfigurable
    from .cron_create_context import CronCreateContext
    from .cron_create_durability import CronCreateDurability
    from .cron_create_input_type_0_item import CronCreateInputType0Item
    from .cron_create_input_type_1 import CronCreateInputType1
    from .cron_create_interrupt_after_type_0 import CronCreateInterruptAfterType0
    from .cron_create_interrupt_before_type_0 import CronCreateInterruptBeforeType0
    from .cron_create_metadata import CronCreateMetadata
    from .cron_create_on_run_completed import CronCreateOnRunCompleted
    from .cron_create_stream_mode_type_0_item import CronCreateStreamModeType0Item
    from .cron_create_stream_mode_type_1 import CronCreateStreamModeType1
    from .cron_metadata import CronMetadata
    from .cron_patch import CronPatch
    from .cron_patch_config import CronPatchConfig
    from .cron_patch_config_configurable import CronPatchConfigConfigurable
    from .cron_patch_context import CronPatchContext
    from .cron_patch_durability import CronPatchDurability
    from .cron_patch_input_type_0_item import CronPatchInputType0Item
    from .cron_patch_input_type_1 import CronPatchInputType1
    from .cron_patch_interrupt_after_type_0 import CronPatchInterruptAfterType0
    from .cron_patch_interrupt_before_type_0 import CronPatchInterruptBeforeType0
    from .cron_patch_metadata import CronPatchMetadata
    from .cron_patch_on_run_completed import CronPatchOnRunCompleted
    from .cron_patch_stream_mode_type_0_item import CronPatchStreamModeType0Item
    from .cron_patch_stream_mode_type_1 import CronPatchStreamModeType1
    from .cron_payload import CronPayload
    from .cron_search import CronSearch
    from .cron_search_metadata import CronSearchMetadata
    from .cron_search_select_item import CronSearchSelectItem
    from .cron_search_sort_by import CronSearchSortBy
    from .cron_search_sort_order import CronSearchSortOrder
    from .error_response import ErrorResponse
    from .get_assistant_graph_response_get_assistant_graph_assistants_assistant_id_graph_get import (
        GetAssistantGraphResponseGetAssistantGraphAssistantsAssistantIdGraphGet,
    )
    from .get_assistant_graph_response_get_assistant_graph_assistants_assistant_id_graph_get_additional_property_item import (
        GetAssistantGraphResponseGetAssistantGraphAssistantsAssistantIdGraphGetAdditionalPropertyItem,
    )
    from .get_info_server_info import GetInfoServerInfo
    from .get_info_server_info_feature_flags import GetInfoServerInfoFeatureFlags
    from .get_info_server_info_metadata import GetInfoServerInfoMetadata
    from .get_metrics_output_format import GetMetricsOutputFormat
    from .graph_schema import GraphSchema
    from .graph_schema_config_schema import GraphSchemaConfigSchema
    from .graph_schema_context_schema import GraphSchemaContextSchema
    from .graph_schema_graph_id import GraphSchemaGraphId
    from .graph_schema_input_schema import GraphSchemaInputSchema
    from .graph_schema_no_id import GraphSchemaNoId
    from .graph_schema_no_id_config_schema import GraphSchemaNoIdConfigSchema
    from .graph_schema_no_id_context_schema import GraphSchemaNoIdContextSchema
    from .graph_schema_no_id_input_schema import GraphSchemaNoIdInputSchema
    from .graph_schema_no_id_output_schema import GraphSchemaNoIdOutputSchema
    from .graph_schema_no_id_state_schema import GraphSchemaNoIdStateSchema
    from .graph_schema_output_schema import GraphSchemaOutputSchema
    from .graph_schema_state_schema import GraphSchemaStateSchema
    from .health_check_check_database import HealthCheckCheckDatabase
    from .health_check_health_response import HealthCheckHealthResponse
    from .interrupt import Interrupt
    from .interrupt_response_schema import InterruptResponseSchema
    from .interrupt_value import InterruptValue
    from .item import Item
    from .item_value import ItemValue
    from .join_thread_stream_stream_modes_type_0 import JoinThreadStreamStreamModesType0
    from .join_thread_stream_stream_modes_type_1_item import JoinThreadStreamStreamModesType1Item
    from .list_runs_select_item import ListRunsSelectItem
    from .list_runs_status import ListRunsStatus
    from .post_a2a_body import PostA2ABody
    from .post_a2a_body_jsonrpc import PostA2ABodyJsonrpc
    from .post_a2a_body_message_send_stream_parameters import PostA2ABodyMessageSendStreamParameters
    from .post_a2a_body_message_send_stream_parameters_message import (
        PostA2ABodyMessageSendStreamParametersMessage,
    )
    from .post_a2a_body_message_send_stream_parameters_message_data_part import (
        PostA2ABodyMessageSendStreamParametersMessageDataPart,
    )
    from .post_a2a_body_message_send_stream_parameters_message_data_part_data import (
        PostA2ABodyMessageSendStreamParametersMessageDataPartData,
    )
    from .post_a2a_body_message_send_stream_parameters_message_data_part_kind import (
        PostA2ABodyMessageSendStreamParametersMessageDataPartKind,
    )
    from .post_a2a_body_message_send_stream_parameters_message_role import (
        PostA2ABodyMessageSendStreamParametersMessageRole,
    )
    from .post_a2a_body_message_send_stream_parameters_message_text_part import (
        PostA2ABodyMessageSendStreamParametersMessageTextPart,
    )
    from .post_a2a_body_message_send_stream_parameters_message_text_part_kind import (
        PostA2ABodyMessageSendStreamParametersMessageTextPartKind,
    )
    from .post_a2a_body_method import PostA2ABodyMethod
    from .post_a2a_body_task_cancel_parameters import PostA2ABodyTaskCancelParameters
    from .post_a2a_body_task_get_parameters import PostA2ABodyTaskGetParameters
    from .post_a2a_response_200 import PostA2AResponse200
    from .post_a2a_response_200_error import PostA2AResponse200Error
    from .post_a2a_response_200_jsonrpc import PostA2AResponse200Jsonrpc
    from .post_a2a_response_200_result import PostA2AResponse200Result
    from .post_mcp_accept import PostMcpAccept
    from .post_mcp_body import PostMcpBody
    from .post_mcp_response_200 import PostMcpResponse200
    from .protocol_channel_type_0 import ProtocolChannelType0
    from .protocol_command import ProtocolCommand
    from .protocol_command_params import ProtocolCommandParams
    from .protocol_error import ProtocolError
    from .protocol_error_error import ProtocolErrorError
    from .protocol_event import ProtocolEvent
    from .protocol_event_params import ProtocolEventParams
    from .protocol_event_stream_request import ProtocolEventStreamRequest
    from .protocol_response_meta import ProtocolResponseMeta
    from .protocol_success import ProtocolSuccess
    from .protocol_success_result import ProtocolSuccessResult
    from .run import Run
    from .run_create_stateful import RunCreateStateful
    from .run_create_stateful_config import RunCreateStatefulConfig
    from .run_create_stateful_config_configurable import RunCreateStatefulConfigConfigurable
    from .run_create_stateful_context import RunCreateStatefulContext
    from .run_create_stateful_durability import RunCreateStatefulDurability
    from .run_create_stateful_if_not_exists import RunCreateStatefulIfNotExists
    from .run_create_stateful_input_type_0 import RunCreateStatefulInputType0
    from .run_create_stateful_interrupt_after_type_0 import RunCreateStatefulInterruptAfterType0
    from .run_create_stateful_interrupt_before_type_0 import RunCreateStatefulInterruptBeforeType0
    from .run_create_stateful_metadata import RunCreateStatefulMetadata
    from .run_create_stateful_multitask_strategy import RunCreateStatefulMultitaskStrategy
    from .run_create_stateful_stream_mode_type_0_item import RunCreateStatefulStreamModeType0Item
    from .run_create_stateful_stream_mode_type_1 import RunCreateStatefulStreamModeType1
    from .run_create_stateless import RunCreateStateless
    from .run_create_stateless_config import RunCreateStatelessConfig
    from .run_create_stateless_config_configurable import RunCreateStatelessConfigConfigurable
    from .run_create_stateless_context import RunCreateStatelessContext
    from .run_create_stateless_durability import RunCreateStatelessDurability
    from .run_create_stateless_input_type_0 import RunCreateStatelessInputType0
    from .run_create_stateless_metadata import RunCreateStatelessMetadata
    from .run_create_stateless_on_completion import RunCreateStatelessOnCompletion
    from .run_create_stateless_stream_mode_type_0_item import RunCreateStatelessStreamModeType0Item
    from .run_create_stateless_stream_mode_type_1 import RunCreateStatelessStreamModeType1
    from .run_create_streaming_stateful import RunCreateStreamingStateful
    from .run_create_streaming_stateful_on_disconnect import RunCreateStreamingStatefulOnDisconnect
    from .run_create_streaming_stateless import RunCreateStreamingStateless
    from .run_create_streaming_stateless_on_disconnect import (
        RunCreateStreamingStatelessOnDisconnect,
    )
    from .run_kwargs import RunKwargs
    from .run_metadata import RunMetadata
    from .run_multitask_strategy import RunMultitaskStrategy
    from .run_status import RunStatus
    from .search_items_response import SearchItemsResponse
    from .search_request import SearchRequest
    from .search_request_metadata import SearchRequestMetadata
    from .send import Send
    from .store_delete_request import StoreDeleteRequest
    from .store_list_namespaces_request import StoreListNamespacesRequest
    from .store_put_request import StorePutRequest
    from .store_put_request_value import StorePutRequestValue
    from .store_search_request import StoreSearchRequest
    from .store_search_request_filter import StoreSearchRequestFilter
    from .subgraphs import Subgraphs
    from .thread import Thread
    from .thread_config import ThreadConfig
    from .thread_count_request import ThreadCountRequest
    from .thread_count_request_metadata import ThreadCountRequestMetadata
    from .thread_count_request_status import ThreadCountRequestStatus
    from .thread_count_request_values import ThreadCountRequestValues
    from .thread_create import ThreadCreate
    from .thread_create_if_exists import ThreadCreateIfExists
    from .thread_create_metadata import ThreadCreateMetadata
    from .thread_create_supersteps_item import ThreadCreateSuperstepsItem
    from .thread_create_ttl import ThreadCreateTTL
    from .thread_create_ttl_strategy import ThreadCreateTTLStrategy
    from .thread_cron_create import ThreadCronCreate
    from .thread_cron_create_config import ThreadCronCreateConfig
    from .thread_cron_create_config_configurable import ThreadCronCreateConfigConfigurable
    from .thread_cron_create_context import ThreadCronCreateContext
    from .thread_cron_create_durability import ThreadCronCreateDurability
    from .thread_cron_create_input_type_0_item import ThreadCronCreateInputType0Item
    from .thread_cron_create_input_type_1 import ThreadCronCreateInputType1
    from .thread_cron_create_interrupt_after_type_0 import ThreadCronCreateInterruptAfterType0
    from .thread_cron_create_interrupt_before_type_0 import ThreadCronCreateInterruptBeforeType0
    from .thread_cron_create_metadata import ThreadCronCreateMetadata
    from .thread_cron_create_multitask_strategy import ThreadCronCreateMultitaskStrategy
    from .thread_cron_create_stream_mode_type_0_item import ThreadCronCreateStreamModeType0Item
    from .thread_cron_create_stream_mode_type_1 import ThreadCronCreateStreamModeType1
    from .thread_extracted import ThreadExtracted
    from .thread_interrupts import ThreadInterrupts
    from .thread_metadata import ThreadMetadata
    from .thread_patch import ThreadPatch
    from .thread_patch_metadata import ThreadPatchMetadata
    from .thread_patch_ttl import ThreadPatchTTL
    from .thread_patch_ttl_strategy import ThreadPatchTTLStrategy
    from .thread_prune_request import ThreadPruneRequest
    from .thread_prune_request_strategy import ThreadPruneRequestStrategy
    from .thread_prune_response import ThreadPruneResponse
    from .thread_search_request import ThreadSearchRequest
    from .thread_search_request_extract import ThreadSearchRequestExtract
    from .thread_search_request_metadata import ThreadSearchRequestMetadata
    from .thread_search_request_select_item import ThreadSearchRequestSelectItem
    from .thread_search_request_sort_by import ThreadSearchRequestSortBy
    from .thread_search_request_sort_order import ThreadSearchRequestSortOrder
    from .thread_search_request_status import ThreadSearchRequestStatus
    from .thread_search_request_values import ThreadSearchRequestValues
    from .thread_state import ThreadState
    from .thread_state_checkpoint_request import ThreadStateCheckpointRequest
    from .thread_state_metadata import ThreadStateMetadata
    from .thread_state_parent_checkpoint import ThreadStateParentCheckpoint
    from .thread_state_search import ThreadStateSearch
    from .thread_state_search_metadata import ThreadStateSearchMetadata
    from .thread_state_tasks_item import ThreadStateTasksItem
    from .thread_state_update import ThreadStateUpdate
    from .thread_state_update_response import ThreadStateUpdateResponse
    from .thread_state_update_response_checkpoint import ThreadStateUpdateResponseCheckpoint
    from .thread_state_update_values_type_1 import ThreadStateUpdateValuesType1
    from .thread_state_values_type_0_item import ThreadStateValuesType0Item
    from .thread_state_values_type_1 import ThreadStateValuesType1
    from .thread_status import ThreadStatus
    from .thread_storage import ThreadStorage
    from .thread_storage_channel_values import ThreadStorageChannelValues
    from .thread_storage_channel_values_by_channel import ThreadStorageChannelValuesByChannel
    from .thread_storage_channel_values_by_channel_additional_property import (
        ThreadStorageChannelValuesByChannelAdditionalProperty,
    )
    from .thread_storage_checkpoints import ThreadStorageCheckpoints
    from .thread_storage_pending_writes import ThreadStoragePendingWrites
    from .thread_superstep_update import ThreadSuperstepUpdate
    from .thread_superstep_update_values_type_0_item import ThreadSuperstepUpdateValuesType0Item
    from .thread_superstep_update_values_type_1 import ThreadSuperstepUpdateValuesType1
    from .thread_ttl_info import ThreadTTLInfo
    from .thread_ttl_info_strategy import ThreadTTLInfoStrategy
    from .thread_values_type_0 import ThreadValuesType0

_MODULES: dict[str, str] = {
    "Assistant": ".assistant",
    "AssistantConfig": ".assistant_config",
    "AssistantConfigConfigurable": ".assistant_config_configurable",
    "AssistantContext": ".assistant_context",
    "AssistantCountRequest": ".assistant_count_request",
    "AssistantCountRequestMetadata": ".assistant_count_request_metadata",
    "AssistantCreate": ".assistant_create",
    "AssistantCreateConfig": ".assistant_create_config",
    "AssistantCreateContext": ".assistant_create_context",
    "AssistantCreateGraphId": ".assistant_create_graph_id",
    "AssistantCreateIfExists": ".assistant_create_if_exists",
    "AssistantCreateMetadata": ".assistant_create_metadata",
    "AssistantGraphId": ".assistant_graph_id",
    "AssistantMetadata": ".assistant_metadata",
    "AssistantPatch": ".assistant_patch",
    "AssistantPatchConfig": ".assistant_patch_config",
    "AssistantPatchContext": ".assistant_patch_context",
    "AssistantPatchGraphId": ".assistant_patch_graph_id",
    "AssistantPatchMetadata": ".assistant_patch_metadata",
    "AssistantSearchRequest": ".assistant_search_request",
    "AssistantSearchRequestGraphId": ".assistant_search_request_graph_id",
    "AssistantSearchRequestMetadata": ".assistant_search_request_metadata",
    "AssistantSearchRequestSelectItem": ".assistant_search_request_select_item",
    "AssistantSearchRequestSortBy": ".assistant_search_request_sort_by",
    "AssistantSearchRequestSortOrder": ".assistant_search_request_sort_order",
    "AssistantVersionChange": ".assistant_version_change",
    "CancelRunAction": ".cancel_run_action",
    "CancelRunsAction": ".cancel_runs_action",
    "CheckpointConfig": ".checkpoint_config",
    "CheckpointConfigCheckpointMap": ".checkpoint_config_checkpoint_map",
    "Command": ".command",
    "Config": ".config",
    "ConfigConfigurable": ".config_configurable",
    "Cron": ".cron",
    "CronCountRequest": ".cron_count_request",
    "CronCountRequestMetadata": ".cron_count_request_metadata",
    "CronCreate": ".cron_create",
    "CronCreateConfig": ".cron_create_config",
    "CronCreateConfigConfigurable": ".cron_create_config_configurable",
    "CronCreateContext": ".cron_create_context",
    "CronCreateDurability": ".cron_create_durability",
    "CronCreateInputType0Item": ".cron_create_input_type_0_item",
    "CronCreateInputType1": ".cron_create_input_type_1",
    "CronCreateInterruptAfterType0": ".cron_create_interrupt_after_type_0",
    "CronCreateInterruptBeforeType0": ".cron_create_interrupt_before_type_0",
    "CronCreateMetadata": ".cron_create_metadata",
    "CronCreateOnRunCompleted": ".cron_create_on_run_completed",
    "CronCreateStreamModeType0Item": ".cron_create_stream_mode_type_0_item",
    "CronCreateStreamModeType1": ".cron_create_stream_mode_type_1",
    "CronMetadata": ".cron_metadata",
    "CronPatch": ".cron_patch",
    "CronPatchConfig": ".cron_patch_config",
    "CronPatchConfigConfigurable": ".cron_patch_config_configurable",
    "CronPatchContext": ".cron_patch_context",
    "CronPatchDurability": ".cron_patch_durability",
    "CronPatchInputType0Item": ".cron_patch_input_type_0_item",
    "CronPatchInputType1": ".cron_patch_input_type_1",
    "CronPatchInterruptAfterType0": ".cron_patch_interrupt_after_type_0",
    "CronPatchInterruptBeforeType0": ".cron_patch_interrupt_before_type_0",
    "CronPatchMetadata": ".cron_patch_metadata",
    "CronPatchOnRunCompleted": ".cron_patch_on_run_completed",
    "CronPatchStreamModeType0Item": ".cron_patch_stream_mode_type_0_item",
    "CronPatchStreamModeType1": ".cron_patch_stream_mode_type_1",
    "CronPayload": ".cron_payload",
    "CronSearch": ".cron_search",
    "CronSearchMetadata": ".cron_search_metadata",
    "CronSearchSelectItem": ".cron_search_select_item",
    "CronSearchSortBy": ".cron_search_sort_by",
    "CronSearchSortOrder": ".cron_search_sort_order",
    "ErrorResponse": ".error_response",
    "GetAssistantGraphResponseGetAssistantGraphAssistantsAssistantIdGraphGet": ".get_assistant_graph_response_get_assistant_graph_assistants_assistant_id_graph_get",
    "GetAssistantGraphResponseGetAssistantGraphAssistantsAssistantIdGraphGetAdditionalPropertyItem": ".get_assistant_graph_response_get_assistant_graph_assistants_assistant_id_graph_get_additional_property_item",
    "GetInfoServerInfo": ".get_info_server_info",
    "GetInfoServerInfoFeatureFlags": ".get_info_server_info_feature_flags",
    "GetInfoServerInfoMetadata": ".get_info_server_info_metadata",
    "GetMetricsOutputFormat": ".get_metrics_output_format",
    "GraphSchema": ".graph_schema",
    "GraphSchemaConfigSchema": ".graph_schema_config_schema",
    "GraphSchemaContextSchema": ".graph_schema_context_schema",
    "GraphSchemaGraphId": ".graph_schema_graph_id",
    "GraphSchemaInputSchema": ".graph_schema_input_schema",
    "GraphSchemaNoId": ".graph_schema_no_id",
    "GraphSchemaNoIdConfigSchema": ".graph_schema_no_id_config_schema",
    "GraphSchemaNoIdContextSchema": ".graph_schema_no_id_context_schema",
    "GraphSchemaNoIdInputSchema": ".graph_schema_no_id_input_schema",
    "GraphSchemaNoIdOutputSchema": ".graph_schema_no_id_output_schema",
    "GraphSchemaNoIdStateSchema": ".graph_schema_no_id_state_schema",
    "GraphSchemaOutputSchema": ".graph_schema_output_schema",
    "GraphSchemaStateSchema": ".graph_schema_state_schema",
    "HealthCheckCheckDatabase": ".health_check_check_database",
    "HealthCheckHealthResponse": ".health_check_health_response",
    "Interrupt": ".interrupt",
    "InterruptResponseSchema": ".interrupt_response_schema",
    "InterruptValue": ".interrupt_value",
    "Item": ".item",
    "ItemValue": ".item_value",
    "JoinThreadStreamStreamModesType0": ".join_thread_stream_stream_modes_type_0",
    "JoinThreadStreamStreamModesType1Item": ".join_thread_stream_stream_modes_type_1_item",
    "ListRunsSelectItem": ".list_runs_select_item",
    "ListRunsStatus": ".list_runs_status",
    "PostA2ABody": ".post_a2a_body",
    "PostA2ABodyJsonrpc": ".post_a2a_body_jsonrpc",
    "PostA2ABodyMessageSendStreamParameters": ".post_a2a_body_message_send_stream_parameters",
    "PostA2ABodyMessageSendStreamParametersMessage": ".post_a2a_body_message_send_stream_parameters_message",
    "PostA2ABodyMessageSendStreamParametersMessageDataPart": ".post_a2a_body_message_send_stream_parameters_message_data_part",
    "PostA2ABodyMessageSendStreamParametersMessageDataPartData": ".post_a2a_body_message_send_stream_parameters_message_data_part_data",
    "PostA2ABodyMessageSendStreamParametersMessageDataPartKind": ".post_a2a_body_message_send_stream_parameters_message_data_part_kind",
    "PostA2ABodyMessageSendStreamParametersMessageRole": ".post_a2a_body_message_send_stream_parameters_message_role",
    "PostA2ABodyMessageSendStreamParametersMessageTextPart": ".post_a2a_body_message_send_stream_parameters_message_text_part",
    "PostA2ABodyMessageSendStreamParametersMessageTextPartKind": ".post_a2a_body_message_send_stream_parameters_message_text_part_kind",
    "PostA2ABodyMethod": ".post_a2a_body_method",
    "PostA2ABodyTaskCancelParameters": ".post_a2a_body_task_cancel_parameters",
    "PostA2ABodyTaskGetParameters": ".post_a2a_body_task_get_parameters",
    "PostA2AResponse200": ".post_a2a_response_200",
    "PostA2AResponse200Error": ".post_a2a_response_200_error",
    "PostA2AResponse200Jsonrpc": ".post_a2a_response_200_jsonrpc",
    "PostA2AResponse200Result": ".post_a2a_response_200_result",
    "PostMcpAccept": ".post_mcp_accept",
    "PostMcpBody": ".post_mcp_body",
    "PostMcpResponse200": ".post_mcp_response_200",
    "ProtocolChannelType0": ".protocol_channel_type_0",
    "ProtocolCommand": ".protocol_command",
    "ProtocolCommandParams": ".protocol_command_params",
    "ProtocolError": ".protocol_error",
    "ProtocolErrorError": ".protocol_error_error",
    "ProtocolEvent": ".protocol_event",
    "ProtocolEventParams": ".protocol_event_params",
    "ProtocolEventStreamRequest": ".protocol_event_stream_request",
    "ProtocolResponseMeta": ".protocol_response_meta",
    "ProtocolSuccess": ".protocol_success",
    "ProtocolSuccessResult": ".protocol_success_result",
    "Run": ".run",
    "RunCreateStateful": ".run_create_stateful",
    "RunCreateStatefulConfig": ".run_create_stateful_config",
    "RunCreateStatefulConfigConfigurable": ".run_create_stateful_config_configurable",
    "RunCreateStatefulContext": ".run_create_stateful_context",
    "RunCreateStatefulDurability": ".run_create_stateful_durability",
    "RunCreateStatefulIfNotExists": ".run_create_stateful_if_not_exists",
    "RunCreateStatefulInputType0": ".run_create_stateful_input_type_0",
    "RunCreateStatefulInterruptAfterType0": ".run_create_stateful_interrupt_after_type_0",
    "RunCreateStatefulInterruptBeforeType0": ".run_create_stateful_interrupt_before_type_0",
    "RunCreateStatefulMetadata": ".run_create_stateful_metadata",
    "RunCreateStatefulMultitaskStrategy": ".run_create_stateful_multitask_strategy",
    "RunCreateStatefulStreamModeType0Item": ".run_create_stateful_stream_mode_type_0_item",
    "RunCreateStatefulStreamModeType1": ".run_create_stateful_stream_mode_type_1",
    "RunCreateStateless": ".run_create_stateless",
    "RunCreateStatelessConfig": ".run_create_stateless_config",
    "RunCreateStatelessConfigConfigurable": ".run_create_stateless_config_configurable",
    "RunCreateStatelessContext": ".run_create_stateless_context",
    "RunCreateStatelessDurability": ".run_create_stateless_durability",
    "RunCreateStatelessInputType0": ".run_create_stateless_input_type_0",
    "RunCreateStatelessMetadata": ".run_create_stateless_metadata",
    "RunCreateStatelessOnCompletion": ".run_create_stateless_on_completion",
    "RunCreateStatelessStreamModeType0Item": ".run_create_stateless_stream_mode_type_0_item",
    "RunCreateStatelessStreamModeType1": ".run_create_stateless_stream_mode_type_1",
    "RunCreateStreamingStateful": ".run_create_streaming_stateful",
    "RunCreateStreamingStatefulOnDisconnect": ".run_create_streaming_stateful_on_disconnect",
    "RunCreateStreamingStateless": ".run_create_streaming_stateless",
    "RunCreateStreamingStatelessOnDisconnect": ".run_create_streaming_stateless_on_disconnect",
    "RunKwargs": ".run_kwargs",
    "RunMetadata": ".run_metadata",
    "RunMultitaskStrategy": ".run_multitask_strategy",
    "RunStatus": ".run_status",
    "SearchItemsResponse": ".search_items_response",
    "SearchRequest": ".search_request",
    "SearchRequestMetadata": ".search_request_metadata",
    "Send": ".send",
    "StoreDeleteRequest": ".store_delete_request",
    "StoreListNamespacesRequest": ".store_list_namespaces_request",
    "StorePutRequest": ".store_put_request",
    "StorePutRequestValue": ".store_put_request_value",
    "StoreSearchRequest": ".store_search_request",
    "StoreSearchRequestFilter": ".store_search_request_filter",
    "Subgraphs": ".subgraphs",
    "Thread": ".thread",
    "ThreadConfig": ".thread_config",
    "ThreadCountRequest": ".thread_count_request",
    "ThreadCountRequestMetadata": ".thread_count_request_metadata",
    "ThreadCountRequestStatus": ".thread_count_request_status",
    "ThreadCountRequestValues": ".thread_count_request_values",
    "ThreadCreate": ".thread_create",
    "ThreadCreateIfExists": ".thread_create_if_exists",
    "ThreadCreateMetadata": ".thread_create_metadata",
    "ThreadCreateSuperstepsItem": ".thread_create_supersteps_item",
    "ThreadCreateTTL": ".thread_create_ttl",
    "ThreadCreateTTLStrategy": ".thread_create_ttl_strategy",
    "ThreadCronCreate": ".thread_cron_create",
    "ThreadCronCreateConfig": ".thread_cron_create_config",
    "ThreadCronCreateConfigConfigurable": ".thread_cron_create_config_configurable",
    "ThreadCronCreateContext": ".thread_cron_create_context",
    "ThreadCronCreateDurability": ".thread_cron_create_durability",
    "ThreadCronCreateInputType0Item": ".thread_cron_create_input_type_0_item",
    "ThreadCronCreateInputType1": ".thread_cron_create_input_type_1",
    "ThreadCronCreateInterruptAfterType0": ".thread_cron_create_interrupt_after_type_0",
    "ThreadCronCreateInterruptBeforeType0": ".thread_cron_create_interrupt_before_type_0",
    "ThreadCronCreateMetadata": ".thread_cron_create_metadata",
    "ThreadCronCreateMultitaskStrategy": ".thread_cron_create_multitask_strategy",
    "ThreadCronCreateStreamModeType0Item": ".thread_cron_create_stream_mode_type_0_item",
    "ThreadCronCreateStreamModeType1": ".thread_cron_create_stream_mode_type_1",
    "ThreadExtracted": ".thread_extracted",
    "ThreadInterrupts": ".thread_interrupts",
    "ThreadMetadata": ".thread_metadata",
    "ThreadPatch": ".thread_patch",
    "ThreadPatchMetadata": ".thread_patch_metadata",
    "ThreadPatchTTL": ".thread_patch_ttl",
    "ThreadPatchTTLStrategy": ".thread_patch_ttl_strategy",
    "ThreadPruneRequest": ".thread_prune_request",
    "ThreadPruneRequestStrategy": ".thread_prune_request_strategy",
    "ThreadPruneResponse": ".thread_prune_response",
    "ThreadSearchRequest": ".thread_search_request",
    "ThreadSearchRequestExtract": ".thread_search_request_extract",
    "ThreadSearchRequestMetadata": ".thread_search_request_metadata",
    "ThreadSearchRequestSelectItem": ".thread_search_request_select_item",
    "ThreadSearchRequestSortBy": ".thread_search_request_sort_by",
    "ThreadSearchRequestSortOrder": ".thread_search_request_sort_order",
    "ThreadSearchRequestStatus": ".thread_search_request_status",
    "ThreadSearchRequestValues": ".thread_search_request_values",
    "ThreadState": ".thread_state",
    "ThreadStateCheckpointRequest": ".thread_state_checkpoint_request",
    "ThreadStateMetadata": ".thread_state_metadata",
    "ThreadStateParentCheckpoint": ".thread_state_parent_checkpoint",
    "ThreadStateSearch": ".thread_state_search",
    "ThreadStateSearchMetadata": ".thread_state_search_metadata",
    "ThreadStateTasksItem": ".thread_state_tasks_item",
    "ThreadStateUpdate": ".thread_state_update",
    "ThreadStateUpdateResponse": ".thread_state_update_response",
    "ThreadStateUpdateResponseCheckpoint": ".thread_state_update_response_checkpoint",
    "ThreadStateUpdateValuesType1": ".thread_state_update_values_type_1",
    "ThreadStateValuesType0Item": ".thread_state_values_type_0_item",
    "ThreadStateValuesType1": ".thread_state_values_type_1",
    "ThreadStatus": ".thread_status",
    "ThreadStorage": ".thread_storage",
    "ThreadStorageChannelValues": ".thread_storage_channel_values",
    "ThreadStorageChannelValuesByChannel": ".thread_storage_channel_values_by_channel",
    "ThreadStorageChannelValuesByChannelAdditionalProperty": ".thread_storage_channel_values_by_channel_additional_property",
    "ThreadStorageCheckpoints": ".thread_storage_checkpoints",
    "ThreadStoragePendingWrites": ".thread_storage_pending_writes",
    "ThreadSuperstepUpdate": ".thread_superstep_update",
    "ThreadSuperstepUpdateValuesType0Item": ".thread_superstep_update_values_type_0_item",
    "ThreadSuperstepUpdateValuesType1": ".thread_superstep_update_values_type_1",
    "ThreadTTLInfo": ".thread_ttl_info",
    "ThreadTTLInfoStrategy": ".thread_ttl_info_strategy",
    "ThreadValuesType0": ".thread_values_type_0",
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
    "Assistant",
    "AssistantConfig",
    "AssistantConfigConfigurable",
    "AssistantContext",
    "AssistantCountRequest",
    "AssistantCountRequestMetadata",
    "AssistantCreate",
    "AssistantCreateConfig",
    "AssistantCreateContext",
    "AssistantCreateGraphId",
    "AssistantCreateIfExists",
    "AssistantCreateMetadata",
    "AssistantGraphId",
    "AssistantMetadata",
    "AssistantPatch",
    "AssistantPatchConfig",
    "AssistantPatchContext",
    "AssistantPatchGraphId",
    "AssistantPatchMetadata",
    "AssistantSearchRequest",
    "AssistantSearchRequestGraphId",
    "AssistantSearchRequestMetadata",
    "AssistantSearchRequestSelectItem",
    "AssistantSearchRequestSortBy",
    "AssistantSearchRequestSortOrder",
    "AssistantVersionChange",
    "CancelRunAction",
    "CancelRunsAction",
    "CheckpointConfig",
    "CheckpointConfigCheckpointMap",
    "Command",
    "Config",
    "ConfigConfigurable",
    "Cron",
    "CronCountRequest",
    "CronCountRequestMetadata",
    "CronCreate",
    "CronCreateConfig",
    "CronCreateConfigConfigurable",
    "CronCreateContext",
    "CronCreateDurability",
    "CronCreateInputType0Item",
    "CronCreateInputType1",
    "CronCreateInterruptAfterType0",
    "CronCreateInterruptBeforeType0",
    "CronCreateMetadata",
    "CronCreateOnRunCompleted",
    "CronCreateStreamModeType0Item",
    "CronCreateStreamModeType1",
    "CronMetadata",
    "CronPatch",
    "CronPatchConfig",
    "CronPatchConfigConfigurable",
    "CronPatchContext",
    "CronPatchDurability",
    "CronPatchInputType0Item",
    "CronPatchInputType1",
    "CronPatchInterruptAfterType0",
    "CronPatchInterruptBeforeType0",
    "CronPatchMetadata",
    "CronPatchOnRunCompleted",
    "CronPatchStreamModeType0Item",
    "CronPatchStreamModeType1",
    "CronPayload",
    "CronSearch",
    "CronSearchMetadata",
    "CronSearchSelectItem",
    "CronSearchSortBy",
    "CronSearchSortOrder",
    "ErrorResponse",
    "GetAssistantGraphResponseGetAssistantGraphAssistantsAssistantIdGraphGet",
    "GetAssistantGraphResponseGetAssistantGraphAssistantsAssistantIdGraphGetAdditionalPropertyItem",
    "GetInfoServerInfo",
    "GetInfoServerInfoFeatureFlags",
    "GetInfoServerInfoMetadata",
    "GetMetricsOutputFormat",
    "GraphSchema",
    "GraphSchemaConfigSchema",
    "GraphSchemaContextSchema",
    "GraphSchemaGraphId",
    "GraphSchemaInputSchema",
    "GraphSchemaNoId",
    "GraphSchemaNoIdConfigSchema",
    "GraphSchemaNoIdContextSchema",
    "GraphSchemaNoIdInputSchema",
    "GraphSchemaNoIdOutputSchema",
    "GraphSchemaNoIdStateSchema",
    "GraphSchemaOutputSchema",
    "GraphSchemaStateSchema",
    "HealthCheckCheckDatabase",
    "HealthCheckHealthResponse",
    "Interrupt",
    "InterruptResponseSchema",
    "InterruptValue",
    "Item",
    "ItemValue",
    "JoinThreadStreamStreamModesType0",
    "JoinThreadStreamStreamModesType1Item",
    "ListRunsSelectItem",
    "ListRunsStatus",
    "PostA2ABody",
    "PostA2ABodyJsonrpc",
    "PostA2ABodyMessageSendStreamParameters",
    "PostA2ABodyMessageSendStreamParametersMessage",
    "PostA2ABodyMessageSendStreamParametersMessageDataPart",
    "PostA2ABodyMessageSendStreamParametersMessageDataPartData",
    "PostA2ABodyMessageSendStreamParametersMessageDataPartKind",
    "PostA2ABodyMessageSendStreamParametersMessageRole",
    "PostA2ABodyMessageSendStreamParametersMessageTextPart",
    "PostA2ABodyMessageSendStreamParametersMessageTextPartKind",
    "PostA2ABodyMethod",
    "PostA2ABodyTaskCancelParameters",
    "PostA2ABodyTaskGetParameters",
    "PostA2AResponse200",
    "PostA2AResponse200Error",
    "PostA2AResponse200Jsonrpc",
    "PostA2AResponse200Result",
    "PostMcpAccept",
    "PostMcpBody",
    "PostMcpResponse200",
    "ProtocolChannelType0",
    "ProtocolCommand",
    "ProtocolCommandParams",
    "ProtocolError",
    "ProtocolErrorError",
    "ProtocolEvent",
    "ProtocolEventParams",
    "ProtocolEventStreamRequest",
    "ProtocolResponseMeta",
    "ProtocolSuccess",
    "ProtocolSuccessResult",
    "Run",
    "RunCreateStateful",
    "RunCreateStatefulConfig",
    "RunCreateStatefulConfigConfigurable",
    "RunCreateStatefulContext",
    "RunCreateStatefulDurability",
    "RunCreateStatefulIfNotExists",
    "RunCreateStatefulInputType0",
    "RunCreateStatefulInterruptAfterType0",
    "RunCreateStatefulInterruptBeforeType0",
    "RunCreateStatefulMetadata",
    "RunCreateStatefulMultitaskStrategy",
    "RunCreateStatefulStreamModeType0Item",
    "RunCreateStatefulStreamModeType1",
    "RunCreateStateless",
    "RunCreateStatelessConfig",
    "RunCreateStatelessConfigConfigurable",
    "RunCreateStatelessContext",
    "RunCreateStatelessDurability",
    "RunCreateStatelessInputType0",
    "RunCreateStatelessMetadata",
    "RunCreateStatelessOnCompletion",
    "RunCreateStatelessStreamModeType0Item",
    "RunCreateStatelessStreamModeType1",
    "RunCreateStreamingStateful",
    "RunCreateStreamingStatefulOnDisconnect",
    "RunCreateStreamingStateless",
    "RunCreateStreamingStatelessOnDisconnect",
    "RunKwargs",
    "RunMetadata",
    "RunMultitaskStrategy",
    "RunStatus",
    "SearchItemsResponse",
    "SearchRequest",
    "SearchRequestMetadata",
    "Send",
    "StoreDeleteRequest",
    "StoreListNamespacesRequest",
    "StorePutRequest",
    "StorePutRequestValue",
    "StoreSearchRequest",
    "StoreSearchRequestFilter",
    "Subgraphs",
    "Thread",
    "ThreadConfig",
    "ThreadCountRequest",
    "ThreadCountRequestMetadata",
    "ThreadCountRequestStatus",
    "ThreadCountRequestValues",
    "ThreadCreate",
    "ThreadCreateIfExists",
    "ThreadCreateMetadata",
    "ThreadCreateSuperstepsItem",
    "ThreadCreateTTL",
    "ThreadCreateTTLStrategy",
    "ThreadCronCreate",
    "ThreadCronCreateConfig",
    "ThreadCronCreateConfigConfigurable",
    "ThreadCronCreateContext",
    "ThreadCronCreateDurability",
    "ThreadCronCreateInputType0Item",
    "ThreadCronCreateInputType1",
    "ThreadCronCreateInterruptAfterType0",
    "ThreadCronCreateInterruptBeforeType0",
    "ThreadCronCreateMetadata",
    "ThreadCronCreateMultitaskStrategy",
    "ThreadCronCreateStreamModeType0Item",
    "ThreadCronCreateStreamModeType1",
    "ThreadExtracted",
    "ThreadInterrupts",
    "ThreadMetadata",
    "ThreadPatch",
    "ThreadPatchMetadata",
    "ThreadPatchTTL",
    "ThreadPatchTTLStrategy",
    "ThreadPruneRequest",
    "ThreadPruneRequestStrategy",
    "ThreadPruneResponse",
    "ThreadSearchRequest",
    "ThreadSearchRequestExtract",
    "ThreadSearchRequestMetadata",
    "ThreadSearchRequestSelectItem",
    "ThreadSearchRequestSortBy",
    "ThreadSearchRequestSortOrder",
    "ThreadSearchRequestStatus",
    "ThreadSearchRequestValues",
    "ThreadState",
    "ThreadStateCheckpointRequest",
    "ThreadStateMetadata",
    "ThreadStateParentCheckpoint",
    "ThreadStateSearch",
    "ThreadStateSearchMetadata",
    "ThreadStateTasksItem",
    "ThreadStateUpdate",
    "ThreadStateUpdateResponse",
    "ThreadStateUpdateResponseCheckpoint",
    "ThreadStateUpdateValuesType1",
    "ThreadStateValuesType0Item",
    "ThreadStateValuesType1",
    "ThreadStatus",
    "ThreadStorage",
    "ThreadStorageChannelValues",
    "ThreadStorageChannelValuesByChannel",
    "ThreadStorageChannelValuesByChannelAdditionalProperty",
    "ThreadStorageCheckpoints",
    "ThreadStoragePendingWrites",
    "ThreadSuperstepUpdate",
    "ThreadSuperstepUpdateValuesType0Item",
    "ThreadSuperstepUpdateValuesType1",
    "ThreadTTLInfo",
    "ThreadTTLInfoStrategy",
    "ThreadValuesType0",
)
