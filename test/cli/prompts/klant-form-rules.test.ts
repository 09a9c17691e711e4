/** Answers are checked as they are typed, with the schema's rules and the lookups; a refused answer is asked again. */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { askKlantForm } from '../../../src/cli/prompts/klant-form.js';
import { allGiven, lookups, makeFiles } from './fixtures.js';
import { answer, refused, ScriptedPrompter } from './scripted-prompter.js';

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

async function run(
  prefilled: Parameters<typeof askKlantForm>[2],
  script: ConstructorParameters<typeof ScriptedPrompter>[0],
) {
  const prompter = new ScriptedPrompter(script);
  const form = await askKlantForm(prompter, lookups, prefilled);
  prompter.finish();
  return { form, prompter };
}

describe('checks while asking', () => {
  it('refuses an acro that is taken (ignoring case), reserved or malformed', async () => {
    const { form } = await run({ ...allGiven, company: { ...allGiven.company, acro: undefined } }, [
      refused(/Acro/, 'ns', /acro "ns" is already in use/),
      refused(/Acro/, 'Kpn-Old', /already in use/),
      refused(/Acro/, 'Login', /path the supplier site itself uses/),
      refused(/Acro/, 'K P N', /only letters/),
      refused(/Acro/, '', /is required/),
      answer(/Acro/, 'KPN'),
    ]);
    expect(form.company?.acro).toBe('KPN');
  });

  it('requires the name and refuses a reference code that is taken or too long', async () => {
    const { form } = await run(
      { ...allGiven, company: { acro: 'KPN', emailLogo: 'a.png', sizeInstructions: 'b.pdf' } },
      [
        refused(/Company name/, '  ', /is required/),
        answer(/Company name/, 'KPN B.V.'),
        refused(/Reference code/, 'DEB-0001', /already used/),
        refused(/Reference code/, 'x'.repeat(51), /at most 50 characters/),
        answer(/Reference code/, 'DEB-1001'),
      ],
    );
    expect(form.company).toMatchObject({ name: 'KPN B.V.', referenceCode: 'DEB-1001' });
  });

  it('refuses control characters, direction overrides and invisible text under the question', async () => {
    const { form } = await run(
      { ...allGiven, company: { acro: 'KPN', emailLogo: 'a.png', sizeInstructions: 'b.pdf', referenceCode: 'R' } },
      [
        refused(/Company name/, 'Evil \u001b[2J', /must not hold control characters/),
        refused(/Company name/, 'Shop \u202eexe', /override or isolate the direction/),
        refused(/Company name/, '\u200b', /at least one visible character/),
        answer(/Company name/, 'KPN B.V.'),
      ],
    );
    expect(form.company?.name).toBe('KPN B.V.');
  });

  it('refuses a missing file, a folder, a wrong extension and content that is not what its name says', async () => {
    vi.spyOn(process, 'cwd').mockReturnValue(dir);
    const { form } = await run({ ...allGiven, company: { acro: 'KPN', name: 'KPN', referenceCode: 'R' } }, [
      refused(/E-mail logo/, 'missing.png', /file not found: missing\.png/),
      refused(/E-mail logo/, 'dir.png', /not a regular file/),
      refused(/E-mail logo/, 'maat.pdf', /must end in \.png, \.jpg, \.jpeg/),
      refused(/E-mail logo/, 'fake.png', /not a PNG or JPEG/),
      answer(/E-mail logo/, 'photo.jpg'),
      refused(/Size instructions/, 'fake.pdf', /not a PDF/),
      answer(/Size instructions/, 'maat.pdf'),
    ]);
    expect(form.company).toMatchObject({ emailLogo: join(dir, 'photo.jpg'), sizeInstructions: join(dir, 'maat.pdf') });
  });

  it("refuses a leverancieradmin's username, compared after normalising, and shows how a username is stored", async () => {
    const { form, prompter } = await run({ ...allGiven, admin: undefined }, [
      refused(/username/, 'JAN', /"jan" belongs to a leverancieradmin/),
      refused(/username/, 'Piet.de.Vriës', /"piet.de.vries" belongs to a leverancieradmin/),
      refused(/username/, '!!!', /no usable characters/),
      answer(/username/, 'Beheer KPN'),
      refused(/e-mail address/, '', /e-mail address is required/),
      refused(/e-mail address/, 'beheer@', /not a valid e-mail address/),
      answer(/e-mail address/, 'beheer@kpn.example'),
    ]);
    expect(form.admin).toEqual({ username: 'beheerkpn', email: 'beheer@kpn.example' });
    expect(prompter.notes).toContain('  the username is stored as "beheerkpn"');
  });

  it('takes back a chosen source when no category is ticked', async () => {
    const { form } = await run({ ...allGiven, portal: { logo: 'l.png', template: 'modern' } }, [
      answer(/Copy settings from/, 'KPN-OLD'),
      answer(/tick none to copy nothing/, []),
    ]);
    expect(form.portal).toEqual({ logo: 'l.png', template: 'modern' });
  });

  it('needs at least one category when --copy-from gave the source', async () => {
    const { form } = await run({ ...allGiven, portal: { copyFrom: 'KPN-OLD', logo: 'l.png', template: 'modern' } }, [
      refused(/Which categories to copy\?$/, [], /at least one category/),
      answer(/Which categories to copy\?$/, ['orderCosts']),
    ]);
    expect(form.portal).toMatchObject({ copyFrom: 'KPN-OLD', copy: ['orderCosts'] });
  });

  it('copies from a chosen environment the ticked categories, refusing sets without assortment', async () => {
    const { form } = await run({ ...allGiven, portal: { logo: 'l.png', template: 'modern' } }, [
      answer(/Copy settings from/, 'KPN-OLD'),
      refused(/categories/, ['sets'], /"sets" can only be copied together with "assortment"/),
      answer(/categories/, ['assortment', 'sets']),
    ]);
    expect(form.portal).toEqual({
      copyFrom: 'KPN-OLD',
      copy: ['assortment', 'sets'],
      logo: 'l.png',
      template: 'modern',
    });
  });

  it('requires the address fields once the street is given, and a Dutch postal code in the Netherlands', async () => {
    const { form } = await run({ ...allGiven, address: undefined }, [
      answer(/Street/, 'Wilhelminakade'),
      refused(/House number$/, '', /required when an address is given/),
      refused(/House number$/, 'A', /starts with a digit/),
      answer(/House number$/, '91'),
      answer(/addition/, ''),
      refused(/Country/, 'XX', /two-letter ISO country code/),
      answer(/Country/, ''),
      refused(/Postal code/, '', /required/),
      refused(/Postal code/, '123', /a Dutch postal code looks like 1234 AB/),
      answer(/Postal code/, '3072ap'),
      refused(/City/, '', /required/),
      answer(/City/, 'Rotterdam'),
      answer(/Attention/, ''),
      refused(/Phone/, 'call me', /phone number holds digits/),
      answer(/Phone/, ''),
    ]);
    expect(form.address).toEqual({
      street: 'Wilhelminakade',
      houseNumber: '91',
      country: 'NL',
      postalCode: '3072 AP',
      city: 'Rotterdam',
    });
  });

  it('requires the street when flags began the address', async () => {
    const { form } = await run({ ...allGiven, address: { ...allGiven.address, street: undefined } }, [
      refused(/^Street$/, '', /required when an address is given/),
      answer(/^Street$/, 'Stationsplein'),
    ]);
    expect(form.address?.street).toBe('Stationsplein');
  });

  it('takes any postal code outside the Netherlands, as typed', async () => {
    const { form } = await run({ ...allGiven, address: { street: 'Rue Neuve', houseNumber: '1', city: 'Brussel' } }, [
      answer(/addition/, ''),
      answer(/Country/, 'be'),
      answer(/Postal code/, '1000'),
      answer(/Attention/, ''),
      answer(/Phone/, ''),
    ]);
    expect(form.address).toMatchObject({ country: 'BE', postalCode: '1000' });
  });
});
