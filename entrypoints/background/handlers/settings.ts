/** Registers the background handlers of the settings area. */
export function registerSettingsHandlers(): void {}
