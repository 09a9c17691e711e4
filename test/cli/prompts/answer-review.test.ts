import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reviewAnswers } from '../../../src/cli/prompts/answer-review.js';
import type { RawKlantForm } from '../../../src/cli/prompts/raw-form.js';
import { EcmError } from '../../../src/errors.js';
import { CATEGORY_IDS } from '../../../src/klant/categories.js';
import { parseKlantForm } from '../../../src/klant/schema.js';
import { lookups, makeFiles } from './fixtures.js';
import { answer, ERASED, refused, ScriptedPrompter } from './scripted-prompter.js';

const AT_THE_SUMMARY = /Create this klantomgeving\?/;
const COMPANY_QUESTIONS = [/Acro/, /Company name/, /Reference code/, /E-mail logo/, /Size instructions/];
/** The form's own checks stand in for the database's: what they give is what the review returns. */
const check = async (answers: RawKlantForm) => parseKlantForm(answers);

let dir: string;
let form: RawKlantForm;
beforeAll(() => {
  dir = makeFiles();
  form = {
    company: { acro: 'KPN', name: 'KNP B.V.', referenceCode: 'DEB-1001', emailLogo: join(dir, 'logo.png') },
    admin: { username: 'kpn.beheer', email: 'beheer@kpn.example' },
    portal: { copyFrom: 'NS', copy: ['customerSettings', 'emailSettings'], template: 'modern' },
    address: { street: 'Wilhelminakade', houseNumber: '91', country: 'NL', postalCode: '3072 AP', city: 'Rotterdam' },
  };
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

/** The summaries shown, each as one text. */
const summaries = (prompter: ScriptedPrompter) => prompter.notes.filter((note) => note.includes('Your answers'));

describe('reviewAnswers', () => {
  it('creates on Enter: create is the first choice and the default', async () => {
    const prompter = new ScriptedPrompter([answer(AT_THE_SUMMARY, undefined)]);

    const created = await reviewAnswers(prompter, lookups, form, check);

    prompter.finish();
    expect(created).toEqual(parseKlantForm(form));
    expect(summaries(prompter)).toHaveLength(1);
    expect(prompter.defaults.get('Create this klantomgeving?')).toBe('create');
  });

  it('asks a changed section again with its answers on the line, keeps the others, and shows the summary again', async () => {
    const prompter = new ScriptedPrompter([
      answer(AT_THE_SUMMARY, 'company'),
      refused(/Acro/, 'NS', /already in use/),
      answer(/Acro/, ''),
      answer(/Company name/, 'KPN B.V.'),
      answer(/Reference code/, ''),
      answer(/E-mail logo/, ''),
      answer(/Size instructions/, ''),
      answer(AT_THE_SUMMARY, 'create'),
    ]);

    const created = await reviewAnswers(prompter, lookups, form, check);

    prompter.finish();
    expect(created).toEqual(parseKlantForm({ ...form, company: { ...form.company, name: 'KPN B.V.' } }));
    const [before, after] = summaries(prompter);
    expect(before).toMatch(/Name +KNP B\.V\.\n/);
    expect(after).toMatch(/Name +KPN B\.V\.\n/);
    expect(after).toMatch(/Username +kpn\.beheer\n/);
    expect(prompter.notes).toContain('\nBedrijfsgegevens / company');
    const asked = prompter.asked.filter((q) => COMPANY_QUESTIONS.some((re) => re.test(q)));
    expect(asked.map((q) => prompter.defaults.get(q))).toEqual([
      'KPN',
      'KNP B.V.',
      'DEB-1001',
      join(dir, 'logo.png'),
      undefined,
    ]);
    expect(asked.filter((q) => prompter.prefilled.has(q))).toEqual(asked.slice(0, 4));
  });

  it('empties the address when its street is erased, and asks none of its other questions', async () => {
    const prompter = new ScriptedPrompter([
      answer(AT_THE_SUMMARY, 'address'),
      answer(/Street/, ERASED),
      answer(AT_THE_SUMMARY, 'create'),
    ]);

    const created = await reviewAnswers(prompter, lookups, form, check);

    prompter.finish();
    expect(created.address).toBeNull();
    expect(created.company.name).toBe('KNP B.V.');
    expect(summaries(prompter)[1]).toMatch(/Street +—\n/);
  });

  it('keeps the rules between a section’s answers: a started address needs its city', async () => {
    const prompter = new ScriptedPrompter([
      answer(AT_THE_SUMMARY, 'address'),
      answer(/Street/, ''),
      answer(/House number$/, '93'),
      answer(/addition/, ''),
      answer(/Country/, ''),
      answer(/Postal code/, ''),
      refused(/City/, ERASED, /is required/),
      answer(/City/, 'Den Haag'),
      answer(/Attention/, ''),
      answer(/Phone/, ''),
      answer(AT_THE_SUMMARY, 'create'),
    ]);

    const created = await reviewAnswers(prompter, lookups, form, check);

    prompter.finish();
    expect(created.address).toMatchObject({ street: 'Wilhelminakade', houseNumber: '93', city: 'Den Haag' });
  });

  it('offers the portal answers, ticks included, and the source can be changed to none', async () => {
    const prompter = new ScriptedPrompter([
      answer(AT_THE_SUMMARY, 'portal'),
      answer(/Copy settings from/, undefined),
      answer(/categories/, ['customerSettings']),
      answer(/Portal logo/, ''),
      answer(/Template/, undefined),
      answer(AT_THE_SUMMARY, 'portal'),
      answer(/Copy settings from/, null),
      answer(/Portal logo/, join(dir, 'photo.jpg')),
      answer(/Template/, 'standaard'),
      answer(AT_THE_SUMMARY, 'create'),
    ]);
    const offered = (question: RegExp) => prompter.defaults.get(prompter.asked.find((q) => question.test(q))!);

    const created = await reviewAnswers(prompter, lookups, form, check);

    prompter.finish();
    expect(offered(/categories/)).toEqual(['customerSettings', 'emailSettings']);
    expect(summaries(prompter)[1]).toMatch(/Categories +Customer settings\n {2}Logo/);
    expect(offered(/Copy settings from/)).toBe('NS');
    expect(created.portal).toEqual({ copyFrom: null, copy: [], logo: join(dir, 'photo.jpg'), template: 'standaard' });
  });

  it('can pick another copy source at the change', async () => {
    const prompter = new ScriptedPrompter([
      answer(AT_THE_SUMMARY, 'portal'),
      answer(/Copy settings from/, 'KPN-OLD'),
      answer(/categories/, undefined),
      answer(/Portal logo/, ''),
      answer(/Template/, undefined),
      answer(AT_THE_SUMMARY, 'create'),
    ]);

    const created = await reviewAnswers(prompter, lookups, form, check);

    prompter.finish();
    expect(created.portal).toEqual({
      copyFrom: 'KPN-OLD',
      copy: ['customerSettings', 'emailSettings'],
      logo: null,
      template: 'modern',
    });
  });

  it('offers a source and template as the flags typed them, in any case, and "all" as every category ticked', async () => {
    const fromFlags = { ...form, portal: { copyFrom: 'ns', copy: 'all' as const, template: 'MODERN' } };
    const prompter = new ScriptedPrompter([
      answer(AT_THE_SUMMARY, 'portal'),
      answer(/Copy settings from/, undefined),
      answer(/categories/, undefined),
      answer(/Portal logo/, ''),
      answer(/Template/, undefined),
      answer(AT_THE_SUMMARY, 'create'),
    ]);

    const created = await reviewAnswers(prompter, lookups, fromFlags, check);

    prompter.finish();
    expect(created.portal).toMatchObject({ copyFrom: 'NS', template: 'modern' });
    expect(created.portal?.copy).toHaveLength(CATEGORY_IDS.length);
  });

  it('cancels after a change, as "no" did: nothing is created', async () => {
    const prompter = new ScriptedPrompter([
      answer(AT_THE_SUMMARY, 'admin'),
      answer(/username/, ERASED),
      answer(AT_THE_SUMMARY, 'cancel'),
    ]);

    const review = reviewAnswers(prompter, lookups, form, check);

    await expect(review).rejects.toBeInstanceOf(EcmError);
    await expect(review).rejects.toMatchObject({ kind: 'cancelled', problems: [{ code: 'cancelled' }] });
    expect(summaries(prompter)[1]).toMatch(/Username +—\n/);
  });
});
