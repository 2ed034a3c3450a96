/** Messages of the school area. Add one method per message; its zod schema goes in `../schemas/school.ts`. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled in by the school feature
export interface SchoolProtocol {}
