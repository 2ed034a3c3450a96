import fs from 'node:fs';
import path from 'node:path';
import { parse as parseJsonc, type ParseError } from 'jsonc-parser';
import { describe, expect, test } from 'vitest';
import { z } from 'zod';
import { EXTENSION_ID, GECKO_ID } from '../../lib/extension-id';
import { parsePolicy, POLICY_KEYS } from '../../lib/settings/policy';

/**
 * The ready policy files in deploy/ must work as shipped: every file parses the way its browser parses it, names
 * the pinned extension id, and its Kawan Aman settings pass the extension's own policy validation with no problem.
 */

const DEPLOY = path.resolve('deploy');
const read = (file: string) => fs.readFileSync(path.join(DEPLOY, file), 'utf8');
const managedSchema = JSON.parse(fs.readFileSync(path.resolve('public/managed_schema.json'), 'utf8')) as SchemaNode;

function expectValidPolicy(raw: unknown): void {
  const { policy, problems } = parsePolicy(raw);
  expect(problems).toEqual([]);
  expect(Object.keys(policy).length).toBeGreaterThan(0);
}

/** Chromium reads policy JSON with comments but without trailing commas. */
function readJsonc(file: string): Record<string, unknown> {
  const errors: ParseError[] = [];
  const value = parseJsonc(read(file), errors, { allowTrailingComma: false, disallowComments: false });
  expect(errors, `${file} parses`).toEqual([]);
  return value as Record<string, unknown>;
}

// --- A small reader for regedit's .reg format (version 5.00), as `reg import` reads it. ---------------------------

type RegValue = { type: 'sz'; value: string } | { type: 'dword'; value: number } | { type: 'delete' };
interface RegKey {
  deleted: boolean;
  values: Map<string, RegValue>;
}

function parseReg(text: string): Map<string, RegKey> {
  const keys = new Map<string, RegKey>();
  const lines = text.split('\r\n');
  expect(lines[0]).toBe('Windows Registry Editor Version 5.00');
  let current: RegKey | undefined;
  for (const [n, line] of lines.slice(1).entries()) {
    if (line === '' || line.startsWith(';')) continue;
    const section = /^\[(-?)(HKEY_LOCAL_MACHINE\\[^\]]+)\]$/.exec(line);
    if (section) {
      const name = section[2]!.toUpperCase();
      current = keys.get(name) ?? { deleted: false, values: new Map() };
      if (section[1]) current.deleted = true;
      keys.set(name, current);
      continue;
    }
    const entry = /^"((?:[^"\\]|\\.)*)"=(?:"((?:[^"\\]|\\.)*)"|dword:([0-9a-f]{8})|(-))$/.exec(line);
    expect(entry, `line ${n + 2}: ${line}`).not.toBeNull();
    expect(current, `line ${n + 2} is inside a key`).toBeDefined();
    const [, name, sz, dword, remove] = entry!;
    const value: RegValue =
      sz !== undefined
        ? { type: 'sz', value: sz.replace(/\\(.)/g, '$1') }
        : dword !== undefined
          ? { type: 'dword', value: parseInt(dword, 16) }
          : (expect(remove).toBe('-'), { type: 'delete' });
    current!.values.set(name!, value);
  }
  return keys;
}

interface SchemaNode {
  type: string;
  properties?: Record<string, SchemaNode>;
  additionalProperties?: SchemaNode;
  items?: SchemaNode;
}

/**
 * Turns a registry key into JSON the way Chrome does for extension policy: the schema's type decides. REG_DWORD is a
 * number or (0/1) a boolean; an object or list is a subkey (lists: values named 1, 2, …) or a JSON string.
 */
function regToJson(keys: Map<string, RegKey>, keyPath: string, schema: SchemaNode): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const key = keys.get(keyPath.toUpperCase());
  const childSchema = (name: string) => schema.properties?.[name] ?? schema.additionalProperties;
  for (const [name, value] of key?.values ?? []) {
    const s = childSchema(name);
    expect(s, `${keyPath}\\${name} is a known key`).toBeDefined();
    if (value.type === 'dword') out[name] = s!.type === 'boolean' ? value.value !== 0 : value.value;
    else if (value.type === 'sz')
      out[name] = s!.type === 'object' || s!.type === 'array' ? JSON.parse(value.value) : value.value;
  }
  const prefix = `${keyPath}\\`.toUpperCase();
  for (const [sub, subKey] of keys) {
    if (!sub.startsWith(prefix) || sub.slice(prefix.length).includes('\\') || subKey.deleted) continue;
    const name = [...(schema.properties ? Object.keys(schema.properties) : [])].find(
      (k) => k.toUpperCase() === sub.slice(prefix.length),
    );
    expect(name, `${sub} is a known key`).toBeDefined();
    const s = childSchema(name!)!;
    out[name!] =
      s.type === 'array'
        ? [...subKey.values.entries()]
            .sort(([a], [b]) => Number(a) - Number(b))
            .map(([, v]) => (v.type === 'sz' ? v.value : v.type === 'dword' ? v.value : null))
        : regToJson(keys, `${keyPath}\\${name}`, s);
  }
  return out;
}

const linuxPolicy = () =>
  (readJsonc('linux/chrome/kawan-aman.json')['3rdparty'] as { extensions: Record<string, unknown> }).extensions[
    EXTENSION_ID
  ];

describe('Chrome and Chromium on Linux (JSON in /etc/…/policies/managed/)', () => {
  test.each(['chrome', 'chromium'])('%s: kawan-aman.json force-installs the pinned id and configures it', (dir) => {
    const file = readJsonc(`linux/${dir}/kawan-aman.json`);
    expect(Object.keys(file).sort()).toEqual(['3rdparty', 'ExtensionInstallForcelist']);
    expect(file.ExtensionInstallForcelist).toEqual([`${EXTENSION_ID};REPLACE_WITH_UPDATE_URL`]);
    const extensions = (file['3rdparty'] as { extensions: Record<string, unknown> }).extensions;
    expect(Object.keys(extensions)).toEqual([EXTENSION_ID]);
    expectValidPolicy(extensions[EXTENSION_ID]);
    expect(extensions[EXTENSION_ID]).toEqual(linuxPolicy());
  });

  test.each(['chrome', 'chromium'])(
    '%s: lab-hardening.json closes incognito, guest, devtools, other extensions',
    (dir) => {
      expect(readJsonc(`linux/${dir}/lab-hardening.json`)).toMatchObject({
        IncognitoModeAvailability: 1,
        BrowserGuestModeEnabled: false,
        BrowserAddPersonEnabled: false,
        DeveloperToolsAvailability: 2,
        ExtensionInstallBlocklist: ['*'],
      });
    },
  );

  test('the sample policy uses lab mode, the counsellor and only known keys', () => {
    const policy = linuxPolicy() as Record<string, unknown>;
    expect(policy.labMode).toBe(true);
    expect(policy.trustedAdult).toMatchObject({ role: 'Guru BK' });
    for (const key of Object.keys(policy)) expect(POLICY_KEYS).toContain(key);
  });
});

describe.each([
  ['chrome', 'GOOGLE\\CHROME', 'IncognitoModeAvailability', 'BrowserAddPersonEnabled'],
  ['edge', 'MICROSOFT\\EDGE', 'InPrivateModeAvailability', 'BrowserAddProfileEnabled'],
])('%s on Windows (.reg files)', (browser, vendor, privateMode, addProfile) => {
  const root = `HKEY_LOCAL_MACHINE\\SOFTWARE\\POLICIES\\${vendor}`;
  const policyKey = `${root}\\3RDPARTY\\EXTENSIONS\\${EXTENSION_ID.toUpperCase()}\\POLICY`;
  const files = fs.readdirSync(path.join(DEPLOY, 'windows', browser)).filter((f) => f.endsWith('.reg'));

  test('every file is ASCII with Windows line ends, as regedit expects', () => {
    expect(files.sort()).toEqual([
      '1-install-kawan-aman.reg',
      '2-kawan-aman-policy.reg',
      '3-lab-hardening.reg',
      'remove-kawan-aman.reg',
    ]);
    for (const file of files) {
      const text = read(`windows/${browser}/${file}`);
      expect(/^[\x20-\x7e\r\n]*$/.test(text), `${file} is printable ASCII`).toBe(true);
      expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
      parseReg(text);
    }
  });

  test('1-install force-installs the pinned id', () => {
    const keys = parseReg(read(`windows/${browser}/1-install-kawan-aman.reg`));
    expect(keys.get(`${root}\\EXTENSIONINSTALLFORCELIST`)?.values.get('1')).toEqual({
      type: 'sz',
      value: `${EXTENSION_ID};REPLACE_WITH_UPDATE_URL`,
    });
  });

  test('2-kawan-aman-policy gives the same valid settings as the Linux file, replacing what was there', () => {
    const keys = parseReg(read(`windows/${browser}/2-kawan-aman-policy.reg`));
    expect(keys.get(policyKey)?.deleted).toBe(true);
    const policy = regToJson(keys, policyKey, managedSchema);
    expectValidPolicy(policy);
    expect(policy).toEqual(linuxPolicy());
  });

  test('2-kawan-aman-policy: the optional lines, once uncommented, are valid too', () => {
    const uncommented = read(`windows/${browser}/2-kawan-aman-policy.reg`).replace(/^;(?=[["])/gm, '');
    const policy = regToJson(parseReg(uncommented), policyKey, managedSchema);
    expectValidPolicy(policy);
    expect(Object.keys(policy).sort()).toEqual(
      [...Object.keys(linuxPolicy() as object), 'localService', 'allowSites', 'blockSites', 'extraPhrases'].sort(),
    );
  });

  test('3-lab-hardening closes private windows, guest mode, new profiles, devtools and other extensions', () => {
    const keys = parseReg(read(`windows/${browser}/3-lab-hardening.reg`));
    const values = keys.get(root)!.values;
    expect(values.get(privateMode)).toEqual({ type: 'dword', value: 1 });
    expect(values.get('BrowserGuestModeEnabled')).toEqual({ type: 'dword', value: 0 });
    expect(values.get(addProfile)).toEqual({ type: 'dword', value: 0 });
    expect(values.get('DeveloperToolsAvailability')).toEqual({ type: 'dword', value: 2 });
    expect(keys.get(`${root}\\EXTENSIONINSTALLBLOCKLIST`)?.values.get('1')).toEqual({ type: 'sz', value: '*' });
  });

  test('remove-kawan-aman undoes all three', () => {
    const keys = parseReg(read(`windows/${browser}/remove-kawan-aman.reg`));
    expect(keys.get(`${root}\\3RDPARTY\\EXTENSIONS\\${EXTENSION_ID.toUpperCase()}`)?.deleted).toBe(true);
    expect(keys.get(`${root}\\EXTENSIONINSTALLFORCELIST`)?.values.get('1')).toEqual({ type: 'delete' });
    const hardening = parseReg(read(`windows/${browser}/3-lab-hardening.reg`)).get(root)!.values;
    for (const name of hardening.keys()) expect(keys.get(root)?.values.get(name), name).toEqual({ type: 'delete' });
  });
});

/**
 * Firefox's documented policies.json structure (mozilla policy-templates, `policies-schema.json`) for the policies we
 * ship. Strict objects: Firefox ignores unknown policy names and properties with only a log line, which an admin
 * would not see.
 */
const firefoxExtensionSettings = z.strictObject({
  installation_mode: z.enum(['allowed', 'blocked', 'force_installed', 'normal_installed']),
  install_url: z.string().optional(),
  blocked_install_message: z.string().optional(),
  updates_disabled: z.boolean().optional(),
  default_area: z.enum(['navbar', 'menupanel']).optional(),
  private_browsing: z.boolean().optional(),
});
const firefoxDefaultExtensionSettings = z.strictObject({
  installation_mode: z.enum(['allowed', 'blocked']),
  allowed_types: z.array(z.enum(['extension', 'dictionary', 'locale', 'theme', 'sitepermission'])).optional(),
  blocked_install_message: z.string().optional(),
  install_sources: z.array(z.string()).optional(),
  restricted_domains: z.array(z.string()).optional(),
});
const firefoxPolicies = z.strictObject({
  policies: z.strictObject({
    ExtensionSettings: z
      .record(z.string(), z.unknown())
      .superRefine((settings, ctx) => {
        for (const [id, value] of Object.entries(settings)) {
          const parsed = (id === '*' ? firefoxDefaultExtensionSettings : firefoxExtensionSettings).safeParse(value);
          if (!parsed.success) ctx.addIssue({ code: 'custom', path: [id], message: parsed.error.message });
        }
      })
      .optional(),
    '3rdparty': z.strictObject({ Extensions: z.record(z.string(), z.unknown()) }).optional(),
    DisablePrivateBrowsing: z.boolean().optional(),
    DisableDeveloperTools: z.boolean().optional(),
    BlockAboutConfig: z.boolean().optional(),
    BlockAboutProfiles: z.boolean().optional(),
  }),
});

describe('Firefox (policies.json)', () => {
  const file = JSON.parse(read('firefox/policies.json')) as unknown;

  test('is strict JSON in the structure Firefox documents', () => {
    const parsed = firefoxPolicies.safeParse(file);
    expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
  });

  test('force-installs the add-on by its gecko id, blocks others, and configures it under 3rdparty.Extensions', () => {
    const { policies } = firefoxPolicies.parse(file);
    expect(policies.ExtensionSettings?.[GECKO_ID]).toEqual({
      installation_mode: 'force_installed',
      install_url: 'REPLACE_WITH_XPI_URL',
      private_browsing: true,
    });
    expect(policies.ExtensionSettings?.['*']).toMatchObject({ installation_mode: 'blocked' });
    expect(Object.keys(policies['3rdparty']!.Extensions)).toEqual([GECKO_ID]);
    expectValidPolicy(policies['3rdparty']!.Extensions[GECKO_ID]);
    expect(policies['3rdparty']!.Extensions[GECKO_ID]).toEqual(linuxPolicy());
    expect(policies.DisablePrivateBrowsing).toBe(true);
    expect(policies.DisableDeveloperTools).toBe(true);
  });
});

describe('the school guide (docs/school-guide.md)', () => {
  test('explains every placeholder the files use', () => {
    const guide = fs.readFileSync(path.resolve('docs/school-guide.md'), 'utf8');
    const used = new Set<string>();
    for (const file of fs.readdirSync(DEPLOY, { recursive: true }) as string[]) {
      if (!/\.(json|reg)$/.test(file)) continue;
      for (const m of read(file).matchAll(/REPLACE_WITH_[A-Z_]+/g)) used.add(m[0]);
    }
    expect(used.size).toBeGreaterThan(3);
    for (const placeholder of used) expect(guide, placeholder).toContain(placeholder);
  });
});
