/** Messages of the settings area. Add one method per message; its zod schema goes in `../schemas/settings.ts`. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled in by the settings feature
export interface SettingsProtocol {}
