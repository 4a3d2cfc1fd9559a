/** KPI and report formulas: pure functions over ledger figures, no I/O. */
export * from './dso.js';
export * from './effectiveness.js';
export * from './forecast.js';
export * from './lateness.js';
export * from './ledger.js';
export * from './period.js';
export * from './provision.js';
export * from './ratio.js';
