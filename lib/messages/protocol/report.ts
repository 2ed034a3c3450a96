/** Messages of the report area. Add one method per message; its zod schema goes in `../schemas/report.ts`. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled in by the report feature
export interface ReportProtocol {}
