/**
 * Contract, "ecm klant update": every line of it through the built binary, on both databases. The changes by
 * flags, by --clear and by --json; what counts as changed; the refusals in the contract's order, each leaving
 * the database (klant show and the audit rows among it) exactly as it was; the dry run; the audit record.
 */
import { createHash } from 'node:crypto';
import { copyFileSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { STANDARD_TEMPLATES } from '../../src/klant/templates.js';
import { query, snapshot } from '../support/database.js';
import { FILES } from '../support/paths.js';
import { auditRows, json, klantOf, KPN_AS_CREATED, ok, show, update, withKpn } from './kpn.js';
import { DIALECTS, ecm, problemsOf, tempDir } from './run-ecm.js';
const sha256 = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');
const facts = (path: string) => ({ bytes: statSync(path).size, sha256: sha256(path) });
const file = (name: string) => join(FILES, name);

const retire = (db: string, acro: string) =>
  query(
    db,
    `update environments set retired_at = '2026-11-28T10:00:00.000Z', retired_by = 'jan' where acro = '${acro}'`,
  );

describe.each(DIALECTS)('on %s', (dialect) => {
  describe.concurrent('changes by flags', () => {
    it('every changeable field at once: the result as the contract fixes it, and klant show agrees', async () => {
      const db = await withKpn(dialect);
      const before = await show(db, 'KPN');
      const result = await update(db, [
        'kpn',
        '--name',
        'KPN Zakelijk B.V.',
        '--reference-code',
        'DEB-2002',
        '--email-logo',
        file('email-logo-large.png'),
        '--size-instructions',
        file('maattabel.pdf'),
        '--logo',
        file('logo.jpg'),
        '--template',
        'Donker',
        '--city',
        'Den Haag',
        '--postal-code',
        '2595aa',
        ...json,
      ]);
      const doc = ok(result);
      expect(Object.keys(doc)).toEqual(['ok', 'klant', 'changed', 'warnings']);
      expect(doc.ok).toBe(true);
      // The size instructions are the same file as before: no change.
      expect(doc.changed).toEqual([
        'company.name',
        'company.referenceCode',
        'company.emailLogo',
        'portal.logo',
        'portal.template',
        'address.postalCode',
        'address.city',
      ]);
      expect(doc.warnings).toEqual([{ code: 'email_logo_too_large', message: expect.stringContaining('1200×200') }]);
      expect(doc.klant).toEqual(await klantOf(db, 'KPN'));
      expect(doc.klant).toEqual({
        ...before,
        users: undefined,
        settings: undefined,
        name: 'KPN Zakelijk B.V.',
        referenceCode: 'DEB-2002',
        template: 'donker',
        emailLogo: { format: 'png', width: 1200, height: 200, ...facts(file('email-logo-large.png')) },
        logo: { format: 'jpeg', width: 340, height: 80, ...facts(file('logo.jpg')) },
        address: { ...KPN_AS_CREATED.address, postalCode: '2595 AA', city: 'Den Haag' },
        status: 'active',
        retiredAt: null,
        retiredBy: null,
      });
      // Users and settings are untouched.
      const after = await show(db, 'KPN');
      expect(after.users).toEqual(before.users);
      expect(after.settings).toEqual(before.settings);
    });

    it('stores what it reports: the name on the root department too, one file per kind, the template’s theme', async () => {
      const db = await withKpn(dialect);
      ok(
        await update(db, [
          'KPN',
          '--name',
          'KPN Zakelijk',
          '--logo',
          file('portal-logo.png'),
          '--email-logo',
          file('email-logo-large.png'),
          '--template',
          'compact',
          ...json,
        ]),
      );
      const [environment] = await query<{ id: number }>(db, "select id from environments where acro = 'KPN'");
      const id = environment!.id;
      expect(await query(db, `select name from departments where environment_id = ${id}`)).toEqual([
        { name: 'KPN Zakelijk' },
      ]);
      const files = await query<{ kind: string; sha256: string }>(
        db,
        `select kind, sha256 from files where environment_id = ${id} order by kind`,
      );
      expect(files.map((f) => f.kind)).toEqual(['emailLogo', 'logo', 'sizeInstructions']);
      const pointed = await query<{ logo: string; email: string }>(
        db,
        `select fl.sha256 as logo, fe.sha256 as email from environments e
         join departments d on d.environment_id = e.id
         join files fl on fl.id = e.logo_file_id join files fe on fe.id = d.email_logo_file_id where e.id = ${id}`,
      );
      expect(pointed).toEqual([
        {
          logo: files.find((f) => f.kind === 'logo')!.sha256,
          email: sha256(file('email-logo-large.png')),
        },
      ]);
      const theme = await query<{ key: string; value: string }>(
        db,
        `select key, value from settings where environment_id = ${id} and category = 'theme' order by key`,
      );
      const compact = STANDARD_TEMPLATES.find((t) => t.name === 'compact')!.styles;
      expect(Object.fromEntries(theme.map((row) => [row.key, row.value]))).toEqual(compact);
    });

    it('a portal logo taller than 90 px is stored scaled, and is a change only when the scaled bytes differ', async () => {
      const db = await withKpn(dialect);
      // KPN was created with portal-logo.png, stored scaled to 120×90: the same file again is no change.
      const same = ok(await update(db, ['KPN', '--logo', file('portal-logo.png'), ...json]));
      expect(same.changed).toEqual([]);
      const big = join(tempDir(), 'tall.png');
      const { default: sharp } = await import('sharp');
      await sharp({ create: { width: 400, height: 300, channels: 3, background: '#c00' } })
        .png()
        .toFile(big);
      const doc = ok(await update(db, ['KPN', '--logo', big, ...json]));
      expect(doc.changed).toEqual(['portal.logo']);
      expect(doc.klant.logo).toMatchObject({ format: 'png', width: 120, height: 90 });
      expect(doc.klant.logo.sha256).not.toBe(sha256(big));
    });

    it('each address flag changes its own key and keeps the rest', async () => {
      const db = await withKpn(dialect);
      const doc = ok(await update(db, ['KPN', '--street', 'Maanplein', '--house-number', '55', ...json]));
      expect(doc.changed).toEqual(['address.street', 'address.houseNumber']);
      expect(doc.klant.address).toEqual({ ...KPN_AS_CREATED.address, street: 'Maanplein', houseNumber: '55' });
      // A postal code is judged with the stored country, and a country with the stored postal code.
      const belgian = ok(await update(db, ['KPN', '--country', 'BE', '--postal-code', '1000', ...json]));
      expect(belgian.changed).toEqual(['address.postalCode', 'address.country']);
      const dutchAgain = await update(db, ['KPN', '--country', 'nl', ...json]);
      expect([dutchAgain.code, problemsOf(dutchAgain)]).toEqual([2, [['address.postalCode', 'invalid_postal_code']]]);
    });

    it('an environment without an address needs a complete one', async () => {
      const db = await withKpn(dialect);
      const partial = await update(db, ['NS', '--city', 'Utrecht', '--attention', 'Inkoop', ...json]);
      expect([partial.code, problemsOf(partial)]).toEqual([
        2,
        [
          ['address.street', 'required'],
          ['address.houseNumber', 'required'],
          ['address.postalCode', 'required'],
        ],
      ]);
      const complete = ok(
        await update(db, [
          'NS',
          '--street',
          'Laan van Puntenburg',
          '--house-number',
          '100',
          '--postal-code',
          '3511er',
          '--city',
          'Utrecht',
          ...json,
        ]),
      );
      expect(complete.changed).toEqual([
        'address.street',
        'address.houseNumber',
        'address.postalCode',
        'address.city',
        'address.country',
      ]);
      expect(complete.klant.address).toEqual({
        street: 'Laan van Puntenburg',
        houseNumber: '100',
        houseNumberAddition: null,
        postalCode: '3511 ER',
        city: 'Utrecht',
        country: 'NL',
        attention: null,
        phone: null,
      });
    });

    it('--clear empties every optional field, by key or by path, once or repeated', async () => {
      const db = await withKpn(dialect);
      const doc = ok(
        await update(db, [
          'KPN',
          '--clear',
          'referenceCode, emailLogo,company.sizeInstructions',
          '--clear',
          'logo,houseNumberAddition,attention,address.phone',
          ...json,
        ]),
      );
      expect(doc.changed).toEqual([
        'company.referenceCode',
        'company.emailLogo',
        'company.sizeInstructions',
        'portal.logo',
        'address.houseNumberAddition',
        'address.attention',
        'address.phone',
      ]);
      expect(doc.klant).toMatchObject({
        referenceCode: null,
        emailLogo: null,
        sizeInstructions: null,
        logo: null,
        address: { ...KPN_AS_CREATED.address, houseNumberAddition: null, attention: null, phone: null },
      });
      expect(
        await query(db, "select f.id from files f join environments e on e.id = f.environment_id where e.acro = 'KPN'"),
      ).toEqual([]);
      // Its reference code is free again.
      ok(await update(db, ['NS', '--reference-code', 'deb-1001', ...json]));

      const cleared = ok(await update(db, ['KPN', '--clear', 'address', ...json]));
      expect(cleared.changed).toEqual([
        'address.street',
        'address.houseNumber',
        'address.postalCode',
        'address.city',
        'address.country',
      ]);
      expect(cleared.klant.address).toBeNull();
      expect((await klantOf(db, 'KPN')).address).toBeNull();
    });

    it('--clear refuses what is never empty, what it does not know, and a field also given', async () => {
      const db = await withKpn(dialect);
      const before = await snapshot(db);
      const result = await update(db, [
        'KPN',
        '--clear',
        'name,template,street,acro,colour,phone,address',
        '--phone',
        '010 1234567',
        ...json,
      ]);
      expect([result.code, problemsOf(result)]).toEqual([
        2,
        [
          ['company.name', 'required'],
          ['portal.template', 'required'],
          ['address.street', 'required'],
          ['company.acro', 'acro_immutable'],
          [null, 'invalid_value'],
          ['address.phone', 'invalid_value'],
          ['address', 'invalid_value'],
        ],
      ]);
      expect(await snapshot(db)).toBe(before);
    });
  });

  describe.concurrent('changes by --json', () => {
    it('a key present sets, null clears, the address is replaced whole; paths from the JSON file’s folder', async () => {
      const db = await withKpn(dialect);
      const dir = tempDir();
      copyFileSync(file('logo.jpg'), join(dir, 'nieuw.jpg'));
      writeFileSync(
        join(dir, 'changes.json'),
        JSON.stringify({
          company: { name: 'KPN Zakelijk', referenceCode: null, emailLogo: null },
          portal: { logo: 'nieuw.jpg', template: 'compact' },
          address: { street: 'Maanplein', houseNumber: '55', postalCode: '2516ck', city: 'Den Haag' },
        }),
      );
      const doc = ok(await update(db, ['KPN', '--json', join(dir, 'changes.json')]));
      expect(doc.changed).toEqual([
        'company.name',
        'company.referenceCode',
        'company.emailLogo',
        'portal.logo',
        'portal.template',
        'address.street',
        'address.houseNumber',
        'address.houseNumberAddition',
        'address.postalCode',
        'address.city',
        'address.attention',
        'address.phone',
      ]);
      expect(doc.klant).toEqual(await klantOf(db, 'KPN'));
      expect(doc.klant).toMatchObject({
        name: 'KPN Zakelijk',
        referenceCode: null,
        emailLogo: null,
        sizeInstructions: { pages: 2 },
        logo: { format: 'jpeg', ...facts(file('logo.jpg')) },
        template: 'compact',
        address: {
          street: 'Maanplein',
          houseNumber: '55',
          houseNumberAddition: null,
          postalCode: '2516 CK',
          city: 'Den Haag',
          country: 'NL',
          attention: null,
          phone: null,
        },
      });
    });

    it('--json - reads standard input, paths from the working directory; null clears the address', async () => {
      const db = await withKpn(dialect);
      const dir = tempDir();
      copyFileSync(file('maattabel.pdf'), join(dir, 'maat.pdf'));
      const result = await ecm(['klant', 'update', 'KPN', '--json', '-'], {
        db,
        cwd: dir,
        env: { ECM_USER: 'jan' },
        stdin: JSON.stringify({ company: { sizeInstructions: 'maat.pdf' }, address: null }),
      });
      const doc = ok(result);
      // The same PDF as before under another name: no change; the address goes key by key.
      expect(doc.changed).toEqual([
        'address.street',
        'address.houseNumber',
        'address.houseNumberAddition',
        'address.postalCode',
        'address.city',
        'address.country',
        'address.attention',
        'address.phone',
      ]);
      expect(doc.klant.address).toBeNull();
    });

    it('--json with a field flag or --clear is refused', async () => {
      const db = await withKpn(dialect);
      for (const extra of [
        ['--name', 'X'],
        ['--clear', 'phone'],
        ['--acro', 'X'],
      ]) {
        const result = await update(db, ['KPN', '--json', '-', ...extra], { stdin: '{"company":{"name":"Y"}}' });
        expect([result.code, problemsOf(result)], extra.join(' ')).toEqual([2, [[null, 'json_with_flags']]]);
      }
    });
  });

  describe.concurrent('what counts as changed', () => {
    it('values it has already are no change: changed [] and exit 0, nothing written, no audit row', async () => {
      const db = await withKpn(dialect);
      const before = await snapshot(db);
      const shown = await klantOf(db, 'KPN');
      const flags = ok(
        await update(db, [
          'KPN',
          '--name',
          ' KPN B.V. ',
          '--reference-code',
          'DEB-1001',
          '--email-logo',
          file('email-logo.png'),
          '--size-instructions',
          file('maattabel.pdf'),
          '--logo',
          file('portal-logo.png'),
          '--template',
          'STANDAARD',
          '--postal-code',
          '3072ap',
          '--country',
          'nl',
          ...json,
        ]),
      );
      expect(flags).toEqual({ ok: true, klant: shown, changed: [], warnings: [] });
      const whole = ok(
        await update(db, ['KPN', '--json', '-'], {
          stdin: JSON.stringify({ address: { ...KPN_AS_CREATED.address, houseNumber: 91 } }),
        }),
      );
      expect(whole.changed).toEqual([]);
      // Clearing what is empty already is no change either.
      expect(ok(await update(db, ['NS', '--clear', 'logo,address,attention', ...json])).changed).toEqual([]);
      expect(await snapshot(db)).toBe(before);
    });

    it('another case of the same reference code is a change, and its own code is no clash', async () => {
      const db = await withKpn(dialect);
      const doc = ok(await update(db, ['KPN', '--reference-code', 'deb-1001', ...json]));
      expect(doc.changed).toEqual(['company.referenceCode']);
      expect(doc.klant.referenceCode).toBe('deb-1001');
    });
  });

  describe.concurrent('refusals leave everything as it was', () => {
    const json2 = (value: unknown) => ({ stdin: JSON.stringify(value), args: ['--json', '-'] });
    const cases: {
      name: string;
      acro?: string;
      args?: string[];
      stdin?: string;
      retired?: string;
      exit: number;
      problems: [string | null, string][];
    }[] = [
      { name: '--acro', args: ['--acro', 'KPN2'], exit: 2, problems: [['company.acro', 'acro_immutable']] },
      {
        name: 'acro in the JSON, even the same one',
        ...json2({ company: { acro: 'KPN', name: 'X' } }),
        exit: 2,
        problems: [['company.acro', 'acro_immutable']],
      },
      {
        name: 'admin, copyFrom and copy in the JSON',
        ...json2({ admin: { username: 'x', email: 'x@x.example' }, portal: { copyFrom: 'NS', copy: 'all' } }),
        exit: 2,
        problems: [
          ['portal.copyFrom', 'unknown_key'],
          ['portal.copy', 'unknown_key'],
          ['admin', 'unknown_key'],
        ],
      },
      {
        name: 'the create-only flags',
        args: ['--admin-username', 'x', '--admin-email', 'x@x.example', '--copy-from', 'NS', '--copy', 'all'],
        exit: 2,
        problems: [
          ['admin.username', 'unknown_key'],
          ['admin.email', 'unknown_key'],
          ['portal.copyFrom', 'unknown_key'],
          ['portal.copy', 'unknown_key'],
        ],
      },
      { name: 'no change given', args: [], exit: 2, problems: [[null, 'nothing_to_change']] },
      { name: 'an empty JSON document', ...json2({ company: {} }), exit: 2, problems: [[null, 'nothing_to_change']] },
      { name: 'JSON that is no object', ...json2([]), exit: 2, problems: [[null, 'invalid_type']] },
      {
        name: 'values the create refuses',
        args: ['--name', 'x'.repeat(201), '--phone', 'bel me', '--house-number', 'A', '--country', 'XX'],
        exit: 2,
        problems: [
          ['address.country', 'invalid_country'],
          ['address.houseNumber', 'invalid_house_number'],
          ['address.phone', 'invalid_phone'],
          ['company.name', 'too_long'],
        ],
      },
      {
        name: 'files the create refuses, and an unknown template, all at once',
        args: [
          '--email-logo',
          file('maattabel.pdf').replace(/\.pdf$/, '.png'),
          '--size-instructions',
          file('password-protected.pdf'),
          '--logo',
          file('ns.gif'),
          '--template',
          'nope',
        ],
        exit: 2,
        problems: [
          ['portal.logo', 'file_extension'],
          ['company.emailLogo', 'file_not_found'],
          ['company.sizeInstructions', 'pdf_encrypted'],
          ['portal.template', 'unknown_template'],
        ],
      },
      {
        name: 'a reference code another environment has (ignoring case)',
        args: ['--reference-code', 'ref-ns'],
        exit: 3,
        problems: [['company.referenceCode', 'reference_code_taken']],
      },
      {
        name: 'a retired environment',
        args: ['--name', 'KPN Zakelijk'],
        retired: 'KPN',
        exit: 3,
        problems: [['acro', 'environment_retired']],
      },
      {
        name: 'a retired environment and a reference code taken: both conflicts at once',
        args: ['--reference-code', 'REF-NS'],
        retired: 'KPN',
        exit: 3,
        problems: [
          ['acro', 'environment_retired'],
          ['company.referenceCode', 'reference_code_taken'],
        ],
      },
      {
        name: 'a retired environment with bad input: the input first',
        args: ['--template', 'nope'],
        retired: 'KPN',
        exit: 2,
        problems: [['portal.template', 'unknown_template']],
      },
      {
        name: 'an unknown acro',
        acro: 'KPN-OLD',
        args: ['--name', 'X'],
        exit: 4,
        problems: [['acro', 'environment_not_found']],
      },
      {
        name: 'an unknown acro with bad input: the input first',
        acro: 'KPN-OLD',
        args: ['--phone', 'x'],
        exit: 2,
        problems: [['address.phone', 'invalid_phone']],
      },
      {
        name: 'a partial address where there is none: after the lookup, still exit 2',
        acro: 'NS',
        args: ['--city', 'Utrecht', '--reference-code', 'DEB-1001'],
        exit: 2,
        problems: [
          ['address.street', 'required'],
          ['address.houseNumber', 'required'],
          ['address.postalCode', 'required'],
        ],
      },
    ];

    for (const c of cases) {
      it(`${c.name}: exit ${c.exit}, ${c.problems.map(([, code]) => code).join(', ')}`, async () => {
        const db = await withKpn(dialect);
        if (c.retired) await retire(db, c.retired);
        const acro = c.acro ?? 'KPN';
        const shownBefore = await ecm(['klant', 'show', acro, ...json], { db });
        const before = await snapshot(db);
        for (const dryRun of [[], ['--dry-run']]) {
          const result = await update(db, [acro, ...(c.args ?? []), ...dryRun, ...json], { stdin: c.stdin });
          expect([result.code, problemsOf(result)], `${dryRun.join('')}: ${result.stdout}`).toEqual([
            c.exit,
            c.problems,
          ]);
          expect(result.stderr).toBe('');
        }
        expect(await snapshot(db)).toBe(before);
        const shownAfter = await ecm(['klant', 'show', acro, ...json], { db });
        expect(shownAfter.stdout).toBe(shownBefore.stdout);
      });
    }

    it('before init, the hint to run it whatever else is wrong', async () => {
      const db = join(tempDir(), 'ecm.sqlite');
      writeFileSync(db, '');
      const result = await ecm(['klant', 'update', 'KPN', '--acro', 'X', ...json], { db });
      expect([result.code, problemsOf(result)]).toEqual([2, [[null, 'not_initialised']]]);
    });

    it('an operator who is no leverancieradmin, with the input problems', async () => {
      const db = await withKpn(dialect);
      const result = await ecm(['klant', 'update', 'KPN', '--phone', 'x', '--as', 'kees', ...json], { db });
      expect([result.code, problemsOf(result)]).toEqual([
        2,
        [
          [null, 'unknown_operator'],
          ['address.phone', 'invalid_phone'],
        ],
      ]);
    });
  });

  describe.concurrent('--dry-run', () => {
    it('checks everything and writes nothing; the result it would give, with "dryRun": true', async () => {
      const db = await withKpn(dialect);
      const before = await snapshot(db);
      const args = [
        'KPN',
        '--name',
        'KPN Zakelijk',
        '--logo',
        file('logo.jpg'),
        '--clear',
        'address',
        '--email-logo',
        file('email-logo-large.png'),
      ];
      const planned = ok(await update(db, [...args, '--dry-run', ...json]));
      expect(await snapshot(db)).toBe(before);
      expect(Object.keys(planned)).toEqual(['ok', 'dryRun', 'klant', 'changed', 'warnings']);
      expect(planned.dryRun).toBe(true);
      const done = ok(await update(db, [...args, ...json]));
      expect({ ...planned, dryRun: undefined }).toEqual({ ...done, dryRun: undefined });
    });

    it('in text: what would change, and nothing written', async () => {
      const db = await withKpn(dialect);
      const before = await snapshot(db);
      const result = await update(db, ['KPN', '--city', 'Den Haag', '--postal-code', '2595 AA', '--dry-run']);
      expect([result.code, result.stderr]).toEqual([0, '']);
      expect(result.stdout).toContain('Dry run for KPN');
      expect(result.stdout).toMatch(/Address: city\s+Rotterdam → Den Haag/);
      expect(await snapshot(db)).toBe(before);
    });
  });

  describe.concurrent('the audit', () => {
    it('klant.update with the operator, each changed path with its old and new value, files by sha256', async () => {
      const db = await withKpn(dialect);
      const created = await auditRows(db);
      const oldLogo = (await klantOf(db, 'KPN')).logo.sha256;
      ok(
        await update(
          db,
          ['kpn', '--name', 'KPN Zakelijk', '--logo', file('logo.jpg'), '--clear', 'attention,emailLogo', ...json],
          { env: { ECM_USER: 'piet' } },
        ),
      );
      const rows = await auditRows(db);
      expect(rows.slice(0, created.length)).toEqual(created);
      expect(rows).toHaveLength(created.length + 1);
      const [environment] = await query<{ id: number }>(db, "select id from environments where acro = 'KPN'");
      const row = rows.at(-1)!;
      expect(row).toEqual({
        environment_id: environment!.id,
        action: 'klant.update',
        actor: 'piet',
        at: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/),
        input: {
          'company.name': { old: 'KPN B.V.', new: 'KPN Zakelijk' },
          'company.emailLogo': { old: sha256(file('email-logo.png')), new: null },
          'portal.logo': { old: oldLogo, new: sha256(file('logo.jpg')) },
          'address.attention': { old: 'Facilitair bedrijf', new: null },
        },
      });
      // --as wins over ECM_USER.
      ok(await update(db, ['KPN', '--name', 'KPN', '--as', 'jan', ...json], { env: { ECM_USER: 'piet' } }));
      expect((await auditRows(db)).at(-1)).toMatchObject({
        actor: 'jan',
        input: { 'company.name': { old: 'KPN Zakelijk', new: 'KPN' } },
      });
    });
  });

  describe.concurrent('text output', () => {
    it('what changed, old → new, then the klantomgeving; the e-mail logo warning on stderr', async () => {
      const db = await withKpn(dialect);
      const result = await update(db, [
        'KPN',
        '--name',
        'KPN Zakelijk',
        '--email-logo',
        file('email-logo-large.png'),
        '--clear',
        'referenceCode',
      ]);
      expect(result.code).toBe(0);
      expect(result.stdout).toMatch(/Klantomgeving KPN changed/);
      expect(result.stdout).toMatch(/Name\s+KPN B\.V\. → KPN Zakelijk/);
      expect(result.stdout).toMatch(/Reference code\s+DEB-1001 → —/);
      expect(result.stdout).toMatch(/E-mail logo\s+PNG 600×100 px, \d+ bytes → PNG 1200×200 px, \d+ bytes/);
      expect(result.stdout).toMatch(/URL\s+https:\/\/acme\.ecmanage\.nl\/kpn/);
      expect(result.stderr).toMatch(/warning: the e-mail logo is 1200×200 px/);
      expect(result.stderr).not.toMatch(/^\s+at /m);

      const again = await update(db, ['KPN', '--name', 'KPN Zakelijk']);
      expect([again.code, again.stderr]).toEqual([0, '']);
      expect(again.stdout).toMatch(/nothing changed/);
    });

    it('refusals name the flag of the field', async () => {
      const db = await withKpn(dialect);
      const result = await update(db, ['NS', '--city', 'Utrecht']);
      expect(result.code).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr).toMatch(/address\.street \(--street\): is required when an address is given/);
    });
  });
});
