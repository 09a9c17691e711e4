/**
 * `klant update` at the same moment as another, and killed halfway, as processes on one database: two changes
 * of one environment both land and the audit holds both, with the old values each found; one reference code
 * goes to one environment only; and a process killed inside its transaction leaves the old logo.
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { query, snapshot } from '../support/database.js';
import { FILES, ROOT } from '../support/paths.js';
import { auditRows, json, klantOf, KPN_AS_CREATED, ok, update, withKpn } from './kpn.js';
import { DIALECTS, ecm, problemsOf, tempDir } from './run-ecm.js';

/** See the hook: it stops the process just before COMMIT and says so on stderr with this line. */
const HOOK = join(ROOT, 'test', 'e2e', 'hooks', 'hold-before-commit.js');
const HOLDING = 'ecm-test: holding before COMMIT';

/** A valid PNG of several megabytes: noise does not compress. */
async function largePng(): Promise<string> {
  const path = join(tempDir(), 'groot-logo.png');
  const { default: sharp } = await import('sharp');
  await sharp({
    create: {
      width: 1500,
      height: 1200,
      channels: 3,
      background: '#888',
      noise: { type: 'gaussian', mean: 128, sigma: 60 },
    },
  })
    .png()
    .toFile(path);
  return path;
}

const logoFiles = (db: string) =>
  query<{ sha256: string }>(
    db,
    "select f.sha256 from files f join environments e on e.id = f.environment_id where e.acro = 'KPN' and f.kind = 'logo'",
  );

describe.concurrent.each(DIALECTS)('at the same moment, on %s', (dialect) => {
  it('two changes of different fields of one environment: both land, and the audit holds both', async () => {
    const db = await withKpn(dialect);
    const before = await auditRows(db);
    const [first, second] = await Promise.all([
      update(db, ['KPN', '--name', 'KPN Zakelijk', '--city', 'Den Haag', '--postal-code', '2595 AA', ...json]),
      update(db, ['kpn', '--street', 'Maanplein', '--house-number', '55', '--clear', 'attention', ...json]),
    ]);
    expect(ok(first).changed).toEqual(['company.name', 'address.postalCode', 'address.city']);
    expect(ok(second).changed).toEqual(['address.street', 'address.houseNumber', 'address.attention']);
    expect(await klantOf(db, 'KPN')).toMatchObject({
      name: 'KPN Zakelijk',
      address: {
        ...KPN_AS_CREATED.address,
        street: 'Maanplein',
        houseNumber: '55',
        postalCode: '2595 AA',
        city: 'Den Haag',
        attention: null,
      },
    });
    const added = (await auditRows(db)).slice(before.length);
    expect(added.map((row) => row.action)).toEqual(['klant.update', 'klant.update']);
    expect(added.flatMap((row) => Object.keys(row.input as object)).sort()).toEqual(
      [
        'company.name',
        'address.postalCode',
        'address.city',
        'address.street',
        'address.houseNumber',
        'address.attention',
      ].sort(),
    );
  });

  it('two new logos for one environment: one after the other, one logo stored, and the audit chains them', async () => {
    const db = await withKpn(dialect);
    const original = (await klantOf(db, 'KPN')).logo.sha256;
    const before = await auditRows(db);
    const runs = await Promise.all(
      [join(FILES, 'logo.jpg'), await largePng()].map((logo) => update(db, ['KPN', '--logo', logo, ...json])),
    );
    const results = runs.map(ok);
    expect(results.map((r) => r.changed)).toEqual([['portal.logo'], ['portal.logo']]);
    const added = (await auditRows(db))
      .slice(before.length)
      .map((row) => (row.input as Record<string, { old: string; new: string }>)['portal.logo']);
    expect(added).toHaveLength(2);
    const [earlier, later] = added;
    // The later one replaced what the earlier one stored, not what was there when both started.
    expect(earlier!.old).toBe(original);
    expect(later!.old).toBe(earlier!.new);
    expect(await logoFiles(db)).toEqual([{ sha256: later!.new }]);
    expect((await klantOf(db, 'KPN')).logo.sha256).toBe(later!.new);
  });

  it('one reference code for two environments: one changes (exit 0), the other is a conflict (exit 3)', async () => {
    const db = await withKpn(dialect);
    const runs = await Promise.all(
      ['KPN', 'NS'].map((acro) => update(db, [acro, '--reference-code', 'DEB-9999', ...json])),
    );
    expect(runs.map((run) => run.code).sort(), runs.map((run) => run.stdout).join('\n')).toEqual([0, 3]);
    const loser = runs.find((run) => run.code === 3)!;
    expect(loser.stderr).toBe('');
    expect(problemsOf(loser)).toEqual([['company.referenceCode', 'reference_code_taken']]);
    const codes = await query<{ acro: string }>(db, "select acro from environments where reference_code = 'DEB-9999'");
    expect(codes).toHaveLength(1);
  });

  it('killed (SIGKILL) inside its transaction while replacing the logo: the old logo stays, nothing changed', async () => {
    const db = await withKpn(dialect);
    const logo = await largePng();
    const shown = await klantOf(db, 'KPN');
    const before = await snapshot(db);
    let holding = false;
    const killed = await ecm(['klant', 'update', 'KPN', '--logo', logo, '--name', 'Half KPN', '--clear', 'address'], {
      db,
      env: { ECM_USER: 'jan', NODE_OPTIONS: `--import=${pathToFileURL(HOOK).href}` },
      onStderr: (text, child) => {
        if (!holding && text.includes(HOLDING)) {
          holding = true;
          child.kill('SIGKILL');
        }
      },
    });
    expect([killed.signal, holding], killed.stderr).toEqual(['SIGKILL', true]);
    expect(await snapshot(db)).toBe(before);
    expect(await klantOf(db, 'KPN')).toEqual(shown);
    // Nothing is left locked: the next change goes through.
    ok(await update(db, ['KPN', '--logo', logo, ...json]));
    expect((await klantOf(db, 'KPN')).logo.sha256).not.toBe(shown.logo.sha256);
  });
});
