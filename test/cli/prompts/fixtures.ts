/** Fixed lookups (not a database, but the real file inspection) and small real files for the form's file checks. */
import { copyFileSync, mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inspectFile } from '../../../src/cli/form-lookups.js';
import type { FormLookups } from '../../../src/cli/prompts/prompter.js';
import { FILES } from '../../support/paths.js';
import type { RawKlantForm } from '../../../src/cli/prompts/raw-form.js';

export const lookups: FormLookups = {
  acroTaken: async (acro) => ['ns', 'kpn-old'].includes(acro.toLowerCase()),
  referenceCodeTaken: async (code) => code.trim().toLowerCase() === 'deb-0001',
  supplierAdminUsernames: async () => ['jan', 'piet.de.vries'],
  environments: async () => [
    { acro: 'NS', name: 'Nederlandse Spoorwegen' },
    { acro: 'KPN-OLD', name: 'KPN (old)' },
  ],
  templates: async () => [
    { name: 'standaard', description: 'The standard look', isDefault: true },
    { name: 'modern', description: 'A lighter look', isDefault: false },
  ],
  inspectFile,
};

/** Every field given, as if by flags; a test takes out the part it asks about. */
export const allGiven = {
  company: { acro: 'A', name: 'A', referenceCode: 'R', emailLogo: 'a.png', sizeInstructions: 'b.pdf' },
  admin: { username: 'a', email: 'a@a.example' },
  portal: { copyFrom: 'NS', copy: 'all' as const, logo: 'l.png', template: 'modern' },
  address: {
    street: 'S',
    houseNumber: '1',
    houseNumberAddition: 'B',
    postalCode: '1234 AB',
    city: 'C',
    country: 'NL',
    attention: 'A',
    phone: '010 1234567',
  },
} satisfies RawKlantForm;

export const noEnvironments: FormLookups = { ...lookups, environments: async () => [] };

/** A folder holding `logo.png`, `photo.jpg`, `maat.pdf`, `fake.png` (text), `fake.pdf` (a PNG) and a folder `dir.png`. */
export function makeFiles(): string {
  const dir = mkdtempSync(join(tmpdir(), 'ecm-prompts-'));
  copyFileSync(join(FILES, 'email-logo.png'), join(dir, 'logo.png'));
  copyFileSync(join(FILES, 'logo.jpg'), join(dir, 'photo.jpg'));
  copyFileSync(join(FILES, 'maattabel.pdf'), join(dir, 'maat.pdf'));
  writeFileSync(join(dir, 'fake.png'), 'not an image');
  writeFileSync(join(dir, 'fake.pdf'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  mkdirSync(join(dir, 'dir.png'));
  return dir;
}
