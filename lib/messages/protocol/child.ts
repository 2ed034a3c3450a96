/** Messages of the child area. Add one method per message; its zod schema goes in `../schemas/child.ts`. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled in by the child feature
export interface ChildProtocol {}
