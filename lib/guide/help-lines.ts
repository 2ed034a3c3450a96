import { directoryEntry, type DirectoryChannel, type DirectoryEntry } from '../report/directory';

/**
 * The help lines the parent guide names, read from the one help directory (`lib/report/directory.ts`,
 * docs/design.md#help-directory) so no number or address is written twice. The district service (UPTD PPA, DP3AKB) has
 * no verified default: it comes from the `localService` setting.
 */
function channel<K extends DirectoryChannel['kind']>(
  entry: DirectoryEntry,
  kind: K,
): Extract<DirectoryChannel, { kind: K }> {
  const found = entry.channels.find((c): c is Extract<DirectoryChannel, { kind: K }> => c.kind === kind);
  if (!found) throw new Error(`${entry.id} has no ${kind} channel`);
  return found;
}

const sapa = directoryEntry('sapa129');

export const HELP_LINES = {
  sapaPhone: channel(sapa, 'tel').number,
  sapaWhatsapp: channel(sapa, 'whatsapp').number,
  tepsa: channel(directoryEntry('tepsa'), 'tel').number,
  iwf: channel(directoryEntry('iwf'), 'web').url,
  takeItDown: channel(directoryEntry('takeitdown'), 'web').url,
  aduanKonten: channel(directoryEntry('aduankonten'), 'web').url,
  patroliSiber: channel(directoryEntry('patrolisiber'), 'web').url,
} as const;
