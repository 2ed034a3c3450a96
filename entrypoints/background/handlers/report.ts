/** Registers the background handlers of the report area. */
export function registerReportHandlers(): void {}
