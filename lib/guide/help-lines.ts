/**
 * Help lines the parent guide names, exactly as DESIGN.md §7 lists them (never invent one). The district service
 * (UPTD PPA, DP3AKB) has no verified default: it comes from the `localService` setting.
 * Keep in step with the child's help directory of the report flow (issue #6), which lists the same entries.
 */
export const HELP_LINES_CHECKED = '2026-11-29';

export const HELP_LINES = {
  sapaPhone: '129',
  sapaWhatsapp: '08111-129-129',
  tepsa: '1500-771',
  iwf: 'https://report.iwf.org.uk/id',
  takeItDown: 'https://takeitdown.ncmec.org',
  aduanKonten: 'https://aduankonten.id',
  patroliSiber: 'https://patrolisiber.id',
} as const;

/** `tel:` / `https://wa.me/` links for the numbers above (WhatsApp wants the international form without +). */
export const HELP_LINKS = {
  sapaPhone: 'tel:129',
  sapaWhatsapp: 'https://wa.me/628111129129',
  tepsa: 'tel:1500771',
} as const;
