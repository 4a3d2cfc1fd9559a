export { createLarkClient, type LarkClientOptions, type LarkDomain, sdkDomain } from './client.js';
export { openIdsByEmail } from './contacts.js';
export { createLarkEdge, type LarkEdge, type LarkEdgeOptions } from './edge.js';
export { DEFAULT_RETRY_AFTER_MS, fromLarkCode, retryAfterMs, toDeliveryError } from './errors.js';
export { larkUuid } from './idempotency.js';
export { LarkChatPort } from './lark-chat-port.js';
export { ChatPacer } from './pacer.js';
export * from './render/index.js';
