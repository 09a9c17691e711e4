import { describe, expect, it } from 'vitest';
import { renderAnswerSummary } from '../../../src/cli/prompts/answer-summary.js';

const minimal = { company: { acro: 'KPN', name: 'KPN B.V.' } };

describe('renderAnswerSummary', () => {
  it('lists every field of every section, with a dash for what was left out', () => {
    const text = renderAnswerSummary(minimal).join('\n');

    for (const heading of ['Bedrijfsgegevens', 'Beheerder/klantadmin', 'Portaalgegevens', 'Adresgegevens']) {
      expect(text).toContain(heading);
    }
    expect(text).toMatch(/Acro +KPN\n/);
    expect(text).toMatch(/Name +KPN B\.V\.\n/);
    for (const label of ['Reference code', 'E-mail logo', 'Size instructions', 'Username', 'E-mail address']) {
      expect(text).toMatch(new RegExp(`${label} +—\\n`));
    }
    for (const label of ['Copy settings from', 'Categories', 'Logo', 'Template', 'Street', 'Postal code', 'City']) {
      expect(text).toMatch(new RegExp(`${label} +—\\n`));
    }
    expect(text).toMatch(/Phone +—$/);
  });

  it('shows the answers given, one line per category to copy', () => {
    const lines = renderAnswerSummary({
      ...minimal,
      admin: { username: 'kpn.beheer', email: 'beheer@kpn.example' },
      portal: { copyFrom: 'NS', copy: ['customerSettings', 'sets'], template: 'modern' },
      address: { street: 'Wilhelminakade', houseNumber: '91', postalCode: '3072 AP', city: 'Rotterdam', country: 'NL' },
    });

    const categories = lines.findIndex((line) => line.includes('Categories'));
    expect(lines[categories]).toMatch(/Categories +Customer settings$/);
    expect(lines[categories + 1]).toMatch(/^ +Sets$/);
    expect(lines.join('\n')).toMatch(/Username +kpn\.beheer\n/);
    expect(lines.join('\n')).toMatch(/Postal code +3072 AP\n/);
    expect(renderAnswerSummary({ ...minimal, portal: { copyFrom: 'NS', copy: 'all' } }).join('\n')).toMatch(
      /Categories +all categories\n/,
    );
  });
});
