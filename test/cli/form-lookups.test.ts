import { describe, expect, it } from 'vitest';
import { createKlant } from '../../src/app/create-klant.js';
import { retireKlant } from '../../src/app/retirement.js';
import { formLookups } from '../../src/cli/form-lookups.js';
import { parseKlantForm } from '../../src/klant/schema.js';
import { DIALECTS, NOW, supplierDatabase } from '../support/database.js';
import { recordingReporter } from '../support/reporter.js';

describe.each(DIALECTS)('the form lookups on %s', (dialect) => {
  it('offer only active environments to copy from, while a retired acro stays taken', async () => {
    const { db } = await supplierDatabase(dialect);
    for (const acro of ['KPN', 'NS'])
      await createKlant(db, parseKlantForm({ company: { acro, name: `${acro} B.V.` } }), {
        as: 'jan',
        reporter: recordingReporter().reporter,
        now: NOW,
      });
    await retireKlant(db, 'NS', { as: 'jan', now: NOW, dryRun: false, confirmation: 'given' });
    const lookups = formLookups(db.read);
    expect(await lookups.environments()).toEqual([{ acro: 'KPN', name: 'KPN B.V.' }]);
    expect(await lookups.acroTaken('ns')).toBe(true);
  });
});
