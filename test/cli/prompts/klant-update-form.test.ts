/**
 * `klant update` in a terminal, with scripted answers: which fields (a checkbox), then only those, each with
 * the value the environment has as its default; what the answers make goes through the same checks as --json.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { KlantView } from '../../../src/app/klant-view.js';
import { askKlantUpdate } from '../../../src/cli/prompts/klant-update-form.js';
import { parseKlantUpdate } from '../../../src/klant/update-schema.js';
import { messages as m } from '../../../src/messages/index.js';
import { lookups, makeFiles } from './fixtures.js';
import { answer, ERASED, refused, ScriptedPrompter } from './scripted-prompter.js';

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

const KPN: KlantView = {
  acro: 'KPN',
  name: 'KPN B.V.',
  referenceCode: 'DEB-1001',
  url: 'https://acme.ecmanage.nl/kpn',
  template: 'standaard',
  emailLogo: { format: 'png', width: 600, height: 100, bytes: 2766, sha256: 'a'.repeat(64) },
  logo: { format: 'png', width: 120, height: 90, bytes: 4661, sha256: 'b'.repeat(64) },
  sizeInstructions: null,
  address: {
    street: 'Wilhelminakade',
    houseNumber: '91',
    houseNumberAddition: 'A',
    postalCode: '3072 AP',
    city: 'Rotterdam',
    country: 'NL',
    attention: 'Facilitair bedrijf',
    phone: '+31 10 123 4567',
  },
  createdAt: '2026-11-27T10:00:00.000Z',
  createdBy: 'jan',
};

const q = m.prompts.update;
const FIELDS = /Which fields of KPN/;

describe('askKlantUpdate', () => {
  it('lists every field with its value now, refuses ticking none, and asks nothing else', async () => {
    const prompter = new ScriptedPrompter([
      refused(FIELDS, [], new RegExp(q.atLeastOne)),
      answer(FIELDS, ['name']),
      answer(/Company name/, 'KPN Zakelijk B.V.'),
    ]);
    const choices: string[] = [];
    const checkbox = prompter.checkbox.bind(prompter);
    vi.spyOn(prompter, 'checkbox').mockImplementation((question) => {
      choices.push(...question.choices.map((c) => c.name));
      return checkbox(question);
    });

    expect(await askKlantUpdate(prompter, lookups, KPN)).toEqual({ company: { name: 'KPN Zakelijk B.V.' } });
    prompter.finish();
    expect(choices).toEqual([
      'Name (now: KPN B.V.)',
      'Reference code (now: DEB-1001)',
      'E-mail logo (now: PNG 600×100 px, 2766 bytes)',
      'Size instructions (now: —)',
      'Portal logo (now: PNG 120×90 px, 4661 bytes)',
      'Template (now: standaard)',
      'Address (now: Wilhelminakade 91 A, 3072 AP Rotterdam, NL)',
    ]);
    expect(prompter.defaults.get(q.name)).toBe('KPN B.V.');
  });

  it('offers the values it has as defaults: Enter keeps one, erasing it clears an optional one', async () => {
    const prompter = new ScriptedPrompter([
      answer(FIELDS, ['address', 'referenceCode', 'name', 'template']),
      answer(/Company name/, ''),
      answer(/Reference code/, ERASED),
      answer(/Template/, 'compact'),
      answer(/Street/, ''),
      answer(/House number$/, ''),
      answer(/addition/, ERASED),
      answer(/Country/, ''),
      answer(/Postal code/, '2595aa'),
      answer(/City/, 'Den Haag'),
      answer(/Attention/, ''),
      answer(/Phone/, ERASED),
    ]);
    const document = await askKlantUpdate(prompter, { ...lookups, templates: async () => templates }, KPN);
    prompter.finish();
    expect(document).toEqual({
      company: { name: 'KPN B.V.', referenceCode: null },
      portal: { template: 'compact' },
      address: {
        street: 'Wilhelminakade',
        houseNumber: '91',
        country: 'NL',
        postalCode: '2595 AA',
        city: 'Den Haag',
        attention: 'Facilitair bedrijf',
      },
    });
    // The fields in the form's order, whatever order they were ticked in.
    expect(prompter.asked.slice(1, 4)).toEqual([q.name, q.referenceCode, q.template]);
    expect(prompter.defaults.get(q.template)).toBe('standaard');
    expect(prompter.defaults.get(m.prompts.address.city)).toBe('Rotterdam');
    expect(prompter.defaults.get(q.street)).toBe('Wilhelminakade');
    // The answers make a document the --json checks take.
    expect(parseKlantUpdate(document)).toMatchObject({ referenceCode: null, address: { phone: null } });
  });

  it('checks each answer as it is typed, by the create’s rules; its own reference code is no clash', async () => {
    const prompter = new ScriptedPrompter([
      answer(FIELDS, ['name', 'referenceCode']),
      refused(/Company name/, ERASED, /is required/),
      refused(/Company name/, 'x'.repeat(201), /at most 200/),
      answer(/Company name/, 'KPN'),
      refused(/Reference code/, 'deb-0001', /already used by another environment/),
      answer(/Reference code/, 'deb-1001'),
    ]);
    const own = { ...lookups, referenceCodeTaken: async (code: string) => code.toLowerCase() === 'deb-0001' };
    expect(await askKlantUpdate(prompter, own, KPN)).toEqual({ company: { name: 'KPN', referenceCode: 'deb-1001' } });
    prompter.finish();
  });

  it('replaces or removes a file it has, and asks for one it has not; each file checked at its question', async () => {
    vi.spyOn(process, 'cwd').mockReturnValue(dir);
    const prompter = new ScriptedPrompter([
      answer(FIELDS, ['emailLogo', 'sizeInstructions', 'logo']),
      answer(/E-mail logo \(now PNG 600×100 px, 2766 bytes\)/, 'remove'),
      refused(/New size instructions/, '', /is required/),
      refused(/New size instructions/, 'fake.pdf', /not a PDF/),
      answer(/New size instructions/, 'maat.pdf'),
      answer(/Portal logo \(now PNG 120×90 px/, 'replace'),
      refused(/New portal logo/, 'fake.png', /not a PNG or JPEG/),
      refused(/New portal logo/, 'maat.pdf', /must end in/),
      answer(/New portal logo/, 'photo.jpg'),
    ]);
    expect(await askKlantUpdate(prompter, lookups, KPN)).toEqual({
      company: { emailLogo: null, sizeInstructions: join(dir, 'maat.pdf') },
      portal: { logo: join(dir, 'photo.jpg') },
    });
    prompter.finish();
    expect(new Set(prompter.paths)).toEqual(new Set([q.sizeInstructions, q.logo]));
  });

  it('removes the address when its street is erased; asks a whole one where there is none', async () => {
    const removing = new ScriptedPrompter([answer(FIELDS, ['address']), answer(/Street/, ERASED)]);
    expect(await askKlantUpdate(removing, lookups, KPN)).toEqual({ address: null });
    removing.finish();

    const adding = new ScriptedPrompter([
      answer(FIELDS, ['address']),
      answer(/Street \(leave empty for no address\)/, 'Laan'),
      answer(/House number$/, '1'),
      answer(/addition/, ''),
      answer(/Country/, ''),
      refused(/Postal code/, '12345', /1234 AB/),
      answer(/Postal code/, '3511ab'),
      answer(/City/, 'Utrecht'),
      answer(/Attention/, ''),
      answer(/Phone/, ''),
    ]);
    expect(await askKlantUpdate(adding, lookups, { ...KPN, address: null })).toEqual({
      address: { street: 'Laan', houseNumber: '1', country: 'NL', postalCode: '3511 AB', city: 'Utrecht' },
    });
    adding.finish();
  });
});

const templates = [
  { name: 'standaard', description: 'The standard look', isDefault: true },
  { name: 'compact', description: 'Dense lists', isDefault: false },
];
