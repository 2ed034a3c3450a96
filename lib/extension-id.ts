/**
 * The extension's identity, pinned so school admins and tests can name it
 * (docs/school-guide.md#how-kawan-aman-reads-the-policy).
 *
 * `PUBLIC_KEY` is the manifest `key` of the Chrome build (a public key only; the private key was thrown away).
 * `EXTENSION_ID` is derived from it: the first 32 hex chars of SHA-256 of the key, mapped 0-f to a-p.
 * A meta-test recomputes the id from the key so the two cannot drift.
 */
export const PUBLIC_KEY =
  'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA1jkAbSEYaoDRFXVqcclQ1m/l1SJhGo6Zp+Ii4anX91DxtxCnMVdl8jKyaUAlOWeGCzgT6o5C7EnFkgKB6TaCpelMOOszZ5dg306gSBof3q3QtJ83xos+tuaL1Re4B5kaTJnq3TiPYEhYg2an7kaG7SYLjFwbkYr+16AW8eTa8yMV5xugB8D+HBp1Q9+KBqleJtyrnE48nVdUdy5KakQ5ENwXlSpRxrU3AjuQmuDbnA3EdqUXUXXyxnSSOA5GzAS/FqPe1b7jqgXZ4v5nlH1XsDkr/N+ZNZM/MJJ+5FDCQeiVgQBhWtZTpdvBnqFRKaCHylriTsPvrXKcffi0SnxfGQIDAQAB';

export const EXTENSION_ID = 'ifaihjeonnmjpoamjeekoiljhmjejhpo';

/** Firefox has no manifest `key`; its id is set here and used in policies.json. */
export const GECKO_ID = 'kawan-aman@kawan-aman.github.io';
