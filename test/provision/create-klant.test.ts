import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createKlant, planKlant } from '../../src/app/create-klant.js';
import { showKlant } from '../../src/app/klanten.js';
import { EcmError } from '../../src/errors.js';
import { verifyPassword } from '../../src/klant/password.js';
import { parseKlantForm, type KlantFormInput } from '../../src/klant/schema.js';
import { CATEGORY_IDS, MASTER_DATA_CATEGORIES } from '../../src/klant/categories.js';
import { DIALECTS, NOW, supplierDatabase } from '../support/database.js';
import { FILES } from '../support/paths.js';
import { recordingReporter } from '../support/reporter.js';

const form = (raw: KlantFormInput) => parseKlantForm(raw);
const ns = form({
  company: { acro: 'NS', name: 'Nederlandse Spoorwegen' },
  address: { street: 'Laan van Puntenburg', houseNumber: '100', postalCode: '3511ER', city: 'Utrecht' },
});
const kpn = form({
  company: {
    acro: 'KPN',
    name: 'KPN B.V.',
    referenceCode: 'DEB-1001',
    emailLogo: join(FILES, 'email-logo-large.png'),
    sizeInstructions: join(FILES, 'maattabel.pdf'),
  },
  admin: { username: 'KPN.Beheer', email: 'beheer@kpn.example' },
  portal: {
    copyFrom: 'ns',
    copy: ['customerSettings', 'permissions'],
    logo: join(FILES, 'portal-logo.png'),
    template: 'donker',
  },
  address: { street: 'Wilhelminakade', houseNumber: '91', postalCode: '3072ap', city: 'Rotterdam' },
});

async function failure(promise: Promise<unknown>): Promise<EcmError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(EcmError);
  return error as EcmError;
}

describe.each(DIALECTS)('createKlant on %s', (dialect) => {
  it('provisions a whole environment and reports every step', async () => {
    const { db, query } = await supplierDatabase(dialect, { admins: ['piet'] });
    await createKlant(db, ns, { as: 'jan', reporter: recordingReporter().reporter, now: NOW });
    const { reporter, events } = recordingReporter();
    const result = await createKlant(db, kpn, { as: 'jan', reporter, now: NOW });

    expect(result.steps.map((s) => [s.id, s.status])).toEqual([
      ['validate', 'done'],
      ['environment', 'done'],
      ['files', 'done'],
      ['department', 'done'],
      ['defaults', 'done'],
      ['copy', 'done'],
      ['template', 'done'],
      ['leverancieradmins', 'done'],
      ['klantadmin', 'done'],
      ['activate', 'done'],
    ]);
    expect(events.filter((e) => e.startsWith('done'))).toHaveLength(10);
    expect(result.klant).toMatchObject({
      acro: 'KPN',
      url: 'https://acme.ecmanage.nl/kpn',
      template: 'donker',
      emailLogo: { format: 'png', width: 1200, height: 200 },
      logo: { format: 'png', height: 90 },
      sizeInstructions: { pages: 2 },
      address: { postalCode: '3072 AP', country: 'NL', houseNumberAddition: null },
      createdAt: NOW.toISOString(),
      createdBy: 'jan',
    });
    expect(result.warnings.map((w) => w.code)).toEqual(['email_logo_too_large']);
    expect(result.leverancieradmins).toEqual(['jan', 'piet']);
    expect(Object.keys(result.copied)).toEqual(['customerSettings', 'permissions']);
    expect(result.copied.customerSettings).toBeGreaterThan(0);

    const admin = result.klantadmin!;
    expect(admin).toMatchObject({
      username: 'kpn.beheer',
      role: 'klantadmin',
      passwordExpiresAt: '2026-12-27T10:00:00.000Z',
    });
    const [stored] = await query<{ password_hash: string; must_change_password: number | boolean }>(
      "select * from users where username = 'kpn.beheer'",
    );
    expect(await verifyPassword(admin.temporaryPassword, stored!.password_hash)).toBe(true);
    expect(Boolean(stored!.must_change_password)).toBe(true);

    const shown = await showKlant(db, 'kpn');
    expect(shown.users).toEqual([
      { username: 'jan', email: 'jan@acme.example', role: 'leverancieradmin' },
      { username: 'piet', email: 'piet@acme.example', role: 'leverancieradmin' },
      { username: 'kpn.beheer', email: 'beheer@kpn.example', role: 'klantadmin' },
    ]);
    for (const category of CATEGORY_IDS) {
      if (MASTER_DATA_CATEGORIES.has(category)) expect(shown.settings[category]).toBe(0);
      else expect(shown.settings[category], category).toBeGreaterThan(0);
    }
    expect(shown.settings.customerSettings).toBe(result.copied.customerSettings);

    const [audit] = await query<{ actor: string; input: unknown }>(
      "select * from audit_log where action = 'klant.create' order by id desc limit 1",
    );
    expect(audit!.actor).toBe('jan');
    const input = typeof audit!.input === 'string' ? audit!.input : JSON.stringify(audit!.input);
    expect(input).not.toContain(admin.temporaryPassword);
    expect(input).not.toContain(FILES);
    expect(JSON.parse(input).company.emailLogo.sha256).toBe(result.klant.emailLogo!.sha256);
  });

  it('skips the copy, files and klantadmin steps with a reason when they have nothing to do', async () => {
    const { db } = await supplierDatabase(dialect);
    const result = await createKlant(db, form({ company: { acro: 'X1', name: 'X' } }), {
      as: 'jan',
      reporter: recordingReporter().reporter,
      now: NOW,
    });
    expect(result.steps.filter((s) => s.status === 'skipped').map((s) => s.id)).toEqual([
      'files',
      'copy',
      'klantadmin',
    ]);
    expect(result.klantadmin).toBeNull();
    expect(result.copied).toEqual({});
    expect(result.klant).toMatchObject({
      emailLogo: null,
      logo: null,
      sizeInstructions: null,
      address: null,
      template: 'standaard',
    });
  });

  it('checks in the contract order: input, then what must exist, then what must not', async () => {
    const { db, snapshot } = await supplierDatabase(dialect);
    await createKlant(db, ns, { as: 'jan', reporter: recordingReporter().reporter, now: NOW });
    const before = await snapshot();
    const taken = form({
      company: { acro: 'ns', name: 'Again', referenceCode: null },
      portal: { copyFrom: 'nope', copy: 'all' },
    });
    expect((await failure(createKlant(db, taken, { as: 'jan', reporter: recordingReporter().reporter }))).kind).toBe(
      'notFound',
    );
    const withBadFile = form({
      company: { acro: 'ns', name: 'Again', emailLogo: join(FILES, 'missing.png') },
      portal: { copyFrom: 'nope', copy: 'all' },
    });
    const input = await failure(createKlant(db, withBadFile, { as: 'jan', reporter: recordingReporter().reporter }));
    expect(input.kind).toBe('input');
    expect(input.problems[0]).toMatchObject({ field: 'company.emailLogo', code: 'file_not_found' });
    const conflict = await failure(
      createKlant(
        db,
        form({ company: { acro: 'Ns', name: 'Again' }, admin: { username: 'Jan', email: 'j@x.example' } }),
        {
          reporter: recordingReporter().reporter,
        },
      ),
    );
    expect(conflict.kind).toBe('conflict');
    expect(conflict.problems.map((p) => [p.field, p.code])).toEqual([
      ['company.acro', 'acro_taken'],
      ['admin.username', 'username_taken'],
    ]);
    expect(await snapshot()).toBe(before);
  });

  it('refuses a taken reference code, ignoring case and spaces, and an unknown template', async () => {
    const { db } = await supplierDatabase(dialect);
    await createKlant(db, form({ company: { acro: 'A', name: 'A', referenceCode: 'deb-1' } }), {
      as: 'jan',
      reporter: recordingReporter().reporter,
    });
    const conflict = await failure(
      createKlant(db, form({ company: { acro: 'B', name: 'B', referenceCode: ' DEB-1 ' } }), {
        as: 'jan',
        reporter: recordingReporter().reporter,
      }),
    );
    expect(conflict.problems).toMatchObject([{ field: 'company.referenceCode', code: 'reference_code_taken' }]);
    const input = await failure(
      createKlant(db, form({ company: { acro: 'B', name: 'B' }, portal: { template: 'fancy' } }), {
        as: 'jan',
        reporter: recordingReporter().reporter,
      }),
    );
    expect(input.problems).toMatchObject([{ field: 'portal.template', code: 'unknown_template' }]);
  });

  it('plans without writing: a dry run counts what would be copied', async () => {
    const { db, snapshot } = await supplierDatabase(dialect);
    await createKlant(db, ns, { as: 'jan', reporter: recordingReporter().reporter });
    const before = await snapshot();
    const plan = await planKlant(db, kpn, { as: 'jan', reporter: recordingReporter().reporter });
    expect(await snapshot()).toBe(before);
    expect(plan.steps.map((s) => s.status)).toEqual(['done', ...Array(9).fill('planned')]);
    expect(plan.copy.customerSettings).toBeGreaterThan(0);
    expect(Object.keys(plan.copy)).toEqual(['customerSettings', 'permissions']);
  });
});
