export type { DirectoryLoader, SandboxApp, SandboxDirectory } from './app-port.js';
export { DAILY_JOBS } from './app-port.js';
export { SandboxChatPort } from './chat-port.js';
export { restoreSandboxClock } from './clock-store.js';
export type { MessageView, SandboxEvent } from './events.js';
export { SandboxEvents } from './events.js';
export { SANDBOX_WORKSPACE } from './interactions.js';
export {
  createSandboxHandler,
  type SandboxHandler,
  type SandboxOptions,
  type SandboxServer,
  startSandbox,
} from './server.js';
export type { SandboxTables } from './tables.js';
