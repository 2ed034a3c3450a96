/** Registers the background handlers of the school area. */
export function registerSchoolHandlers(): void {}
