import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createKlant } from '../../src/app/create-klant.js';
import { EcmError } from '../../src/errors.js';
import { parseKlantForm } from '../../src/klant/schema.js';
import { RECIPE } from '../../src/provision/recipe.js';
import { DIALECTS, NOW, supplierDatabase } from '../support/database.js';
import { FILES } from '../support/paths.js';
import { recordingReporter } from '../support/reporter.js';

const full = parseKlantForm({
  company: {
    acro: 'KPN',
    name: 'KPN',
    referenceCode: 'R1',
    emailLogo: join(FILES, 'email-logo.png'),
    sizeInstructions: join(FILES, 'maattabel.pdf'),
  },
  admin: { username: 'kpn.beheer', email: 'beheer@kpn.example' },
  portal: { copyFrom: 'NS', copy: 'all', logo: join(FILES, 'logo.jpg') },
  address: { street: 'Laan', houseNumber: '1', postalCode: '1234 AB', city: 'Utrecht' },
});
const source = parseKlantForm({ company: { acro: 'NS', name: 'NS' } });

async function thrown(promise: Promise<unknown>): Promise<EcmError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(EcmError);
  return error as EcmError;
}

describe.each(DIALECTS)('all or nothing on %s', (dialect) => {
  it.each(RECIPE.slice(1).map((step) => step.id))(
    'a failure in step %s leaves the database exactly as before',
    async (failing) => {
      const { db, snapshot } = await supplierDatabase(dialect, { admins: ['piet'] });
      await createKlant(db, source, { as: 'jan', reporter: recordingReporter().reporter });
      const before = await snapshot();
      // The real step runs and writes, then fails: its own writes and those of every step before it must go.
      const steps = RECIPE.map((step) =>
        step.id === failing
          ? {
              ...step,
              run: async (...args: Parameters<typeof step.run>) => {
                await step.run(...args);
                throw new Error('disk on fire');
              },
            }
          : step,
      );
      const { reporter, events } = recordingReporter();
      const error = await thrown(createKlant(db, full, { as: 'jan', reporter, steps }));
      expect(error.kind).toBe('provision');
      expect(error.problems[0]).toMatchObject({ field: null, code: 'provision_failed' });
      expect(error.problems[0]!.message).toContain(failing);
      expect(events.at(-1)).toBe(`failed ${failing}`);
      expect(await snapshot()).toBe(before);
      // The acro is free again: the same create now succeeds.
      await createKlant(db, full, { as: 'jan', reporter: recordingReporter().reporter });
    },
  );

  it('a cancel between steps rolls everything back', async () => {
    const { db, snapshot } = await supplierDatabase(dialect);
    await createKlant(db, source, { as: 'jan', reporter: recordingReporter().reporter });
    const before = await snapshot();
    const controller = new AbortController();
    const { reporter } = recordingReporter((id) => {
      if (id === 'copy') controller.abort();
    });
    const error = await thrown(createKlant(db, full, { as: 'jan', reporter, signal: controller.signal }));
    expect(error.kind).toBe('cancelled');
    expect(await snapshot()).toBe(before);
  });

  it('a simultaneous create of the same acro, found only while writing, is a conflict and leaves nothing', async () => {
    const { db, query } = await supplierDatabase(dialect);
    // Another administrator's create commits KPN after our checks passed, before our transaction starts.
    const steps = RECIPE.map((step) =>
      step.id === 'validate'
        ? {
            ...step,
            run: async (...args: Parameters<typeof step.run>) => {
              await step.run(...args);
              await query(
                `insert into environments (acro, acro_key, name, url, order_number_prefix, template_id, status, created_at, created_by)
                 values ('kpn', 'kpn', 'Other', 'https://acme.ecmanage.nl/kpn', 'KPN', 1, 'active', '${NOW.toISOString()}', 'piet')`,
              );
            },
          }
        : step,
    );
    const error = await thrown(
      createKlant(db, parseKlantForm({ company: { acro: 'KPN', name: 'KPN' } }), {
        as: 'jan',
        reporter: recordingReporter().reporter,
        steps,
        now: NOW,
      }),
    );
    expect(error.kind).toBe('conflict');
    expect(error.problems[0]).toMatchObject({ field: 'company.acro', code: 'acro_taken' });
    expect(await query('select name from environments')).toEqual([{ name: 'Other' }]);
  });
});
