import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { askKlantForm } from '../../../src/cli/prompts/klant-form.js';
import { parseKlantForm } from '../../../src/klant/schema.js';
import { messages as m } from '../../../src/messages/index.js';
import { allGiven, lookups, makeFiles, noEnvironments } from './fixtures.js';
import { answer, ScriptedPrompter, searched } from './scripted-prompter.js';

const q = m.prompts;
let dir: string;
beforeAll(() => {
  dir = makeFiles();
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});
afterEach(() => {
  vi.restoreAllMocks();
});

describe('askKlantForm', () => {
  it('asks every section in order and returns the whole form, with file paths made absolute', async () => {
    vi.spyOn(process, 'cwd').mockReturnValue(dir);
    const prompter = new ScriptedPrompter([
      answer(/Acro/, ' KPN '),
      answer(/Company name/, 'KPN B.V.'),
      answer(/Reference code/, 'DEB-1001'),
      answer(/E-mail logo/, 'logo.png'),
      answer(/Size instructions/, join(dir, 'maat.pdf')),
      answer(/username/, 'Jöhn.Dœ'),
      answer(/e-mail address/, 'john@kpn.example'),
      searched(/Copy settings from/, 'spoor', 'NS'),
      answer(/categories/, ['customerSettings', 'emailSettings']),
      answer(/Portal logo/, 'photo.jpg'),
      answer(/Template/, 'modern'),
      answer(/Street/, 'Wilhelminakade'),
      answer(/House number$/, '91'),
      answer(/addition/, 'A'),
      answer(/Country/, ''),
      answer(/Postal code/, '3072ap'),
      answer(/City/, 'Rotterdam'),
      answer(/Attention/, 'Facilitair bedrijf'),
      answer(/Phone/, '+31 10 123 4567'),
    ]);

    const form = await askKlantForm(prompter, lookups, {});

    prompter.finish();
    expect(form).toEqual({
      company: {
        acro: 'KPN',
        name: 'KPN B.V.',
        referenceCode: 'DEB-1001',
        emailLogo: join(dir, 'logo.png'),
        sizeInstructions: join(dir, 'maat.pdf'),
      },
      admin: { username: 'john.doe', email: 'john@kpn.example' },
      portal: {
        copyFrom: 'NS',
        copy: ['customerSettings', 'emailSettings'],
        logo: join(dir, 'photo.jpg'),
        template: 'modern',
      },
      address: {
        street: 'Wilhelminakade',
        houseNumber: '91',
        houseNumberAddition: 'A',
        country: 'NL',
        postalCode: '3072 AP',
        city: 'Rotterdam',
        attention: 'Facilitair bedrijf',
        phone: '+31 10 123 4567',
      },
    });
    expect(() => parseKlantForm(form)).not.toThrow();
    // The file questions, and only those, complete paths with Tab.
    expect(prompter.paths).toEqual([q.company.emailLogo, q.company.sizeInstructions, q.portal.logo]);
    expect(prompter.notes).toEqual([
      '\nBedrijfsgegevens / company',
      '\nBeheerder/klantadmin (optional)',
      '  the username is stored as "john.doe"',
      '\nPortaalgegevens / portal',
      '\nAdresgegevens / address (optional)',
    ]);
  });

  it('needs only the acro and the name: every empty answer leaves its field or section out', async () => {
    const prompter = new ScriptedPrompter([
      answer(/Acro/, 'NS2'),
      answer(/Company name/, 'NS Reizigers'),
      answer(/Reference code/, ''),
      answer(/E-mail logo/, ''),
      answer(/Size instructions/, ''),
      answer(/username/, ''),
      answer(/Portal logo/, ''),
      answer(/Template/, 'standaard'),
      answer(/Street/, ''),
    ]);

    const form = await askKlantForm(prompter, noEnvironments, {});

    prompter.finish();
    expect(form).toEqual({ company: { acro: 'NS2', name: 'NS Reizigers' }, portal: { template: 'standaard' } });
    expect(prompter.asked.join('\n')).not.toMatch(/Copy settings from/);
    expect(parseKlantForm(form)).toMatchObject({ admin: null, address: null, portal: { copyFrom: null, copy: [] } });
  });

  it('offers "none" first as the copy source, which copies nothing', async () => {
    const prompter = new ScriptedPrompter([
      answer(/Copy settings from/, null),
      answer(/Portal logo/, ''),
      answer(/Template/, 'standaard'),
    ]);
    const form = await askKlantForm(prompter, lookups, { ...allGiven, portal: undefined });
    prompter.finish();
    expect(form.portal).toEqual({ template: 'standaard' });
  });

  it('does not ask again what the flags gave, nor show the heading of a section they filled', async () => {
    const prompter = new ScriptedPrompter([
      answer(/e-mail address/, 'beheer@kpn.example'),
      answer(/Portal logo/, ''),
      answer(/addition/, ''),
      answer(/Country/, 'nl'),
      answer(/Attention/, ''),
      answer(/Phone/, ''),
    ]);
    const prefilled = {
      company: { acro: 'KPN', name: 'KPN B.V.', referenceCode: 'DEB-1', emailLogo: 'a.png', sizeInstructions: 'b.pdf' },
      admin: { username: 'kpn.beheer' },
      portal: { copyFrom: 'NS', copy: 'all' as const, template: 'modern' },
      address: { street: 'Wilhelminakade', houseNumber: '91', postalCode: '3072 AP', city: 'Rotterdam' },
    };

    const form = await askKlantForm(prompter, lookups, prefilled);

    prompter.finish();
    expect(form).toEqual({
      ...prefilled,
      admin: { username: 'kpn.beheer', email: 'beheer@kpn.example' },
      address: { ...prefilled.address, country: 'NL' },
    });
    expect(prompter.notes).not.toContain('\nBedrijfsgegevens / company');
  });

  it('asks for the username when a flag gave only the e-mail, and then requires it', async () => {
    const prompter = new ScriptedPrompter([
      { question: /^Klantadmin username$/, answer: '', refusedWith: /username is required/ },
      answer(/^Klantadmin username$/, 'beheer'),
    ]);
    const form = await askKlantForm(prompter, lookups, { ...allGiven, admin: { email: 'b@a.example' } });
    prompter.finish();
    expect(form.admin).toEqual({ username: 'beheer', email: 'b@a.example' });
  });
});
