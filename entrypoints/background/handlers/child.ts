/** Registers the background handlers of the child area. */
export function registerChildHandlers(): void {}
