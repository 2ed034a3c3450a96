/**
 * The report flow's pure core (docs/design.md#report-flow): the message for the trusted adult, deep links, Indonesian
 * phone numbers, the evidence text, the help directory and per-platform "block and report" steps. No browser APIs.
 */
export * from './channels';
export * from './directory';
export * from './links';
export * from './message';
export * from './phone';
export * from './platforms';
export * from './sanitize';
export * from './status';
export * from './types';
