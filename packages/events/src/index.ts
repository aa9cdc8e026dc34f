export { type HubEventFields, type HubEventMessage, toHubEventMessage } from './HubEventMessage';
export { HubEventOutbox } from './HubEventOutbox';
export { type HubEventRow, hubEvents } from './hubEvents';
export { HUB_EVENT_TYPES, type HubEventType, isHubEventType } from './hubEventTypes';
export { OUTBOX_PATH, OUTBOX_RELAYED_PATH, outboxEndpoint } from './outboxEndpoint';
export { type PlantHolder, plantStatusChanged } from './plantStatusChanged';
export { type NewHubEvent, recordEvent, recordEvents } from './recordEvent';
