import { describe, expect, it } from 'vitest';
import { confirmAnswers, renderAnswerSummary } from '../../../src/cli/prompts/answer-summary.js';
import { EcmError } from '../../../src/errors.js';
import { answer, ScriptedPrompter } from './scripted-prompter.js';

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

describe('confirmAnswers', () => {
  it('shows the summary and goes ahead on yes, the default', async () => {
    const prompter = new ScriptedPrompter([answer(/Create this klantomgeving\?/, undefined)]);
    await confirmAnswers(prompter, minimal);
    prompter.finish();
    expect(prompter.notes.join('\n')).toMatch(/Acro +KPN/);
  });

  it('cancels on no, as Ctrl-C does, so nothing is created', async () => {
    const prompter = new ScriptedPrompter([answer(/Create this klantomgeving\?/, false)]);
    const refusal = confirmAnswers(prompter, minimal);
    await expect(refusal).rejects.toBeInstanceOf(EcmError);
    await expect(refusal).rejects.toMatchObject({ kind: 'cancelled', problems: [{ code: 'cancelled' }] });
  });
});
