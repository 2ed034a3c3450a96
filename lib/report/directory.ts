/**
 * Where a child (or the adult helping them) can get help, Indonesia first (docs/design.md#help-directory). The one data
 * file for help numbers and links: nothing else in the code may hold a number or a hotline address.
 *
 * Every fact here comes from docs/design.md#help-directory, the team's checked list; `checked` is the date the entry
 * was last compared with it. Before a release, compare each entry with the service's own site and update `checked`.
 * What each service is for, in child words, lives in `locales/report.ts` (`directoryWords`) under the same id.
 */

export type DirectoryChannel =
  { kind: 'tel'; number: string } | { kind: 'whatsapp'; number: string } | { kind: 'web'; url: string };

export interface DirectoryEntry {
  id: 'sapa129' | 'tepsa' | 'iwf' | 'takeitdown' | 'aduankonten' | 'patrolisiber';
  /** The service's own name, the same in every language. */
  name: string;
  /** Who runs it. */
  by: string;
  channels: readonly DirectoryChannel[];
  /** `child`: a child may use it themselves; `adult`: for the adult helping the child (it asks for identity). */
  audience: 'child' | 'adult';
  /** YYYY-MM-DD: when this entry was last checked. */
  checked: string;
}

export const DIRECTORY: readonly DirectoryEntry[] = [
  {
    id: 'sapa129',
    name: 'SAPA 129',
    by: 'KemenPPPA',
    channels: [
      { kind: 'tel', number: '129' },
      { kind: 'whatsapp', number: '08111-129-129' },
    ],
    audience: 'child',
    checked: '2026-11-29',
  },
  {
    id: 'tepsa',
    name: 'TePSA',
    by: 'Kemensos',
    channels: [{ kind: 'tel', number: '1500-771' }],
    audience: 'child',
    checked: '2026-11-29',
  },
  {
    id: 'iwf',
    name: 'IWF',
    by: 'IWF & ECPAT Indonesia',
    channels: [{ kind: 'web', url: 'https://report.iwf.org.uk/id' }],
    audience: 'child',
    checked: '2026-11-29',
  },
  {
    id: 'takeitdown',
    name: 'Take It Down',
    by: 'NCMEC',
    channels: [{ kind: 'web', url: 'https://takeitdown.ncmec.org' }],
    audience: 'child',
    checked: '2026-11-29',
  },
  {
    id: 'aduankonten',
    name: 'aduankonten.id',
    by: 'Komdigi',
    channels: [{ kind: 'web', url: 'https://aduankonten.id' }],
    audience: 'child',
    checked: '2026-11-29',
  },
  {
    id: 'patrolisiber',
    name: 'patrolisiber.id',
    by: 'Polri',
    channels: [{ kind: 'web', url: 'https://patrolisiber.id' }],
    audience: 'adult',
    checked: '2026-11-29',
  },
];

export type DirectoryId = DirectoryEntry['id'];

export function directoryEntry(id: DirectoryId): DirectoryEntry {
  return DIRECTORY.find((e) => e.id === id)!;
}

/** SAPA 129's numbers: the default one tap when no trusted adult is set. */
export function sapa(): { name: string; tel: string; whatsapp: string } {
  const entry = directoryEntry('sapa129');
  const tel = entry.channels.find((c) => c.kind === 'tel');
  const wa = entry.channels.find((c) => c.kind === 'whatsapp');
  return {
    name: entry.name,
    tel: tel?.kind === 'tel' ? tel.number : '',
    whatsapp: wa?.kind === 'whatsapp' ? wa.number : '',
  };
}
