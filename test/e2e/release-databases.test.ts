/**
 * Databases written by the first release (test/fixtures/release-0.1.0, `npm run demo`'s NS and KPN) open and
 * work with this build unchanged: nothing to migrate, the same answers, and new writes beside the old rows.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { releaseDatabase } from './release-database.js';
import { DIALECTS, ecm, jsonOf, tempDir } from './run-ecm.js';

const json = ['--output', 'json'];
const env = { ECM_USER: 'jan' };

const KPN = {
  acro: 'KPN',
  name: 'KPN B.V.',
  referenceCode: 'DEB-1001',
  url: 'https://acme.ecmanage.nl/kpn',
  template: 'standaard',
  emailLogo: { format: 'png', width: 600, height: 100, bytes: 2766, sha256: expect.stringMatching(/^e06fb977/) },
  logo: { format: 'png', width: 120, height: 90, bytes: 4661, sha256: expect.stringMatching(/^73935043/) },
  sizeInstructions: { pages: 2, bytes: 3211, sha256: expect.stringMatching(/^32932fb4/) },
  address: {
    street: 'Wilhelminakade',
    houseNumber: '91',
    houseNumberAddition: 'A',
    postalCode: '3072 AP',
    city: 'Rotterdam',
    country: 'NL',
    attention: 'Facilitair bedrijf',
    phone: '+31 10 123 4567',
  },
  createdAt: expect.any(String),
  createdBy: 'jan',
  status: 'active',
  retiredAt: null,
  retiredBy: null,
  users: [
    { username: 'jan', email: 'jan@acme.example', role: 'leverancieradmin' },
    { username: 'piet', email: 'piet@acme.example', role: 'leverancieradmin' },
    { username: 'kpn.beheer', email: 'beheer@kpn.example', role: 'klantadmin' },
  ],
  settings: {
    customerSettings: 24,
    emailSettings: 9,
    languageSettings: 4,
    permissions: 65,
    customFields: 7,
    validationSettings: 6,
    orderStatuses: 6,
    returnReasons: 5,
    orderCosts: 3,
    employmentTypes: 0,
    functions: 0,
    assortment: 0,
    sets: 0,
  },
};

describe.each(DIALECTS)('a %s database written by ecm 0.1.0', (dialect) => {
  it('lists and shows what that release created', async () => {
    const db = await releaseDatabase(dialect);
    const list = await ecm(['klant', 'list', ...json], { db, env });
    expect([list.code, list.stderr]).toEqual([0, '']);
    expect(jsonOf(list).map((k: { acro: string; template: string }) => [k.acro, k.template])).toEqual([
      ['KPN', 'standaard'],
      ['NS', 'donker'],
    ]);
    const show = await ecm(['klant', 'show', 'kpn', ...json], { db, env });
    expect([show.code, show.stderr]).toEqual([0, '']);
    expect(jsonOf(show)).toEqual(KPN);
  });

  it('takes new environments and admins beside the old ones, and still refuses what they took', async () => {
    const db = await releaseDatabase(dialect);
    const added = await ecm(['leverancieradmin', 'add', '--username', 'kees', '--email', 'kees@acme.example'], {
      db,
      env,
    });
    expect([added.code, added.stderr]).toEqual([0, '']);

    const form = join(tempDir(), 'vgz.json');
    const copy = ['customerSettings', 'permissions', 'customFields', 'orderStatuses'];
    const document = { company: { acro: 'VGZ', name: 'VGZ' }, portal: { copyFrom: 'KPN', copy } };
    writeFileSync(form, JSON.stringify(document));
    const created = await ecm(['klant', 'create', '--json', form], { db, env });
    expect([created.code, created.stderr]).toEqual([0, '']);
    expect(jsonOf(created).ok).toBe(true);

    const show = jsonOf(await ecm(['klant', 'show', 'VGZ', ...json], { db, env }));
    expect(show.users.map((u: { username: string }) => u.username)).toEqual(['jan', 'kees', 'piet']);
    expect(show.settings).toMatchObject({ customerSettings: 24, permissions: 65, customFields: 7, orderStatuses: 6 });

    const list = jsonOf(await ecm(['klant', 'list', ...json], { db, env }));
    expect(list.map((k: { acro: string }) => k.acro)).toEqual(['KPN', 'NS', 'VGZ']);

    const taken = await ecm(['klant', 'create', '--acro', 'ns', '--name', 'Again', '--reference-code', 'deb-1001'], {
      db,
      env,
    });
    expect(taken.code).toBe(3);
  });
});
