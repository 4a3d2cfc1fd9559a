/**
 * Duebot's pure collection rules: dates and working days, aging, risk, escalation, priority,
 * promises, amounts and the chat command grammar. No I/O; the app layer builds on this.
 */
export * from './aging.js';
export * from './calendar.js';
export * from './cn-holidays.js';
export * from './command/methods.js';
export * from './command/parse.js';
export * from './command/reasons.js';
export * from './command/types.js';
export { COMMAND_KEYWORDS, type CommandKeyword } from './command/vocabulary.js';
export * from './currency.js';
export * from './date-phrase.js';
export * from './errors.js';
export * from './escalation.js';
export * from './extension.js';
export * from './ladder.js';
export * from './local-date.js';
export * from './money-format.js';
export * from './money-parse.js';
export * from './normalize-text.js';
export * from './priority.js';
export * from './promise-status.js';
export * from './risk.js';
export * from './segment.js';
export * from './week.js';
