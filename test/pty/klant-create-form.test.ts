/**
 * `ecm klant create` in a real terminal: the interactive form as a person fills it, with the keys a person
 * presses, read back from what the screen shows. Needs `npm run build` first (it runs bin/ecm.js).
 */
import { asSentence } from '../../src/cli/prompts/sentence.js';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { verifyPassword, meetsPasswordPolicy } from '../../src/klant/password.js';
import { messages as m } from '../../src/messages/index.js';
import { STEP_IDS } from '../../src/provision/step.js';
import { query, snapshot } from '../support/database.js';
import { ROOT } from '../support/paths.js';
import { asked, ecmInTerminal, ecmOk, KEY, type PtySession, shown, supplierDatabase } from './support/ecm.js';

const q = m.prompts;
/** A question answered: inquirer marks it with "✔" and shows the answer after it. */
const answered = (question: string, answer: string) =>
  new RegExp(`^✔ ${shown(question).source} ${shown(answer).source}$`, 'm');

/** Presses Enter at each of these questions in turn: an optional field left out, or a select's default. */
async function leaveEmpty(s: PtySession, ...questions: string[]): Promise<void> {
  for (const question of questions) await s.answer(asked(question), '');
}

/** The optional questions after acro and name, on a database without environments to copy from. */
const REST_OF_THE_FORM = [
  q.company.referenceCode,
  q.company.emailLogo,
  q.company.sizeInstructions,
  q.admin.username,
  q.portal.logo,
  q.portal.template,
  q.address.street,
];

describe('ecm klant create in a terminal', () => {
  it('asks the whole form, refuses wrong answers on screen, and creates the klantomgeving', async () => {
    const db = await supplierDatabase({ ns: true });
    const s = ecmInTerminal(db, ['klant', 'create']);

    // Bedrijfsgegevens, with two acros that are refused and then corrected.
    await s.waitFor(shown(q.headings.company));
    await s.answer(asked(q.company.acro), 'admin');
    await s.waitFor(shown(asSentence(m.acro.acro_reserved)));
    s.type(`${KEY.ctrlU}ns${KEY.enter}`);
    await s.waitFor(shown(asSentence(m.acro.taken('ns'))));
    s.type(`${KEY.ctrlU}KPN${KEY.enter}`);
    await s.answer(asked(q.company.name), 'KPN B.V.');
    expect(s.text()).toMatch(answered(q.company.acro, 'KPN'));
    expect(s.text()).not.toMatch(shown(asSentence(m.acro.taken('ns'))));
    await s.answer(asked(q.company.referenceCode), 'DEB-1001');
    await s.answer(asked(q.company.emailLogo), 'fixtures/files/email-logo.png');
    // A PDF passes a look at its first bytes, but one that needs a password is refused at the question too.
    await s.answer(asked(q.company.sizeInstructions), 'fixtures/files/password-protected.pdf');
    await s.waitFor(shown(asSentence(m.file.encryptedPdf('fixtures/files/password-protected.pdf'))));
    s.type(`${KEY.ctrlU}fixtures/files/maattabel.pdf${KEY.enter}`);

    // Beheerder/klantadmin: a leverancieradmin's username is refused; the one given is normalised.
    await s.waitFor(shown(q.headings.admin));
    await s.answer(asked(q.admin.username), 'Jan');
    await s.waitFor(shown(asSentence(m.username.takenBySupplierAdmin('jan'))));
    s.type(`${KEY.ctrlU}Kpn.Beheer${KEY.enter}`);
    await s.answer(asked(q.admin.email), 'beheer@kpn.example');
    expect(s.text()).toMatch(shown(q.admin.normalised('kpn.beheer').trim()));

    // Portaalgegevens: NS in the select, two categories ticked, a logo, the second template.
    await s.waitFor(shown(q.headings.portal));
    await s.waitFor(asked(q.portal.copyFrom));
    await s.waitFor(new RegExp(`^❯ ${shown(q.portal.none).source}`, 'm'));
    s.type(KEY.down);
    await s.waitFor(/^❯ NS — Nederlandse Spoorwegen$/m);
    s.type(KEY.enter);
    await s.waitFor(asked(q.portal.categories));
    s.type(KEY.space);
    await s.waitFor(new RegExp(`❯◉ ${shown(m.categories.customerSettings).source}`));
    s.type(KEY.down);
    await s.waitFor(new RegExp(`❯◯ ${shown(m.categories.emailSettings).source}`));
    s.type(KEY.space);
    await s.waitFor(new RegExp(`❯◉ ${shown(m.categories.emailSettings).source}`));
    s.type(KEY.enter);
    await s.answer(asked(q.portal.logo), 'fixtures/files/portal-logo.png');
    await s.waitFor(asked(q.portal.template));
    await s.waitFor(/^❯ standaard \(default\)$/m);
    s.type(KEY.down);
    await s.waitFor(/^❯ donker$/m);
    s.type(KEY.enter);

    // Adresgegevens: the Dutch postal code typed loosely.
    await s.waitFor(shown(q.headings.address));
    await s.answer(asked(q.address.street), 'Wilhelminakade');
    await s.answer(asked(q.address.houseNumber), '91');
    await s.answer(asked(q.address.houseNumberAddition), 'A');
    // The offered answer comes after the question on its line.
    await s.waitFor(new RegExp(`${asked(q.address.country).source}.*\\(NL\\)`, 'm'));
    s.type(KEY.enter);
    await s.answer(asked(q.address.postalCode), '1234ab');
    await s.answer(asked(q.address.city), 'Rotterdam');
    await leaveEmpty(s, q.address.attention, q.address.phone);

    // The answers shown back, then the confirmation.
    await s.waitFor(asked(q.confirm));
    const summary = s.history().slice(s.history().lastIndexOf(q.summary.title));
    for (const line of [
      /^ {2}Acro +KPN$/m,
      /^ {2}Name +KPN B\.V\.$/m,
      /^ {2}Reference code +DEB-1001$/m,
      /^ {2}E-mail logo +.*email-logo\.png$/m,
      /^ {2}Size instructions +.*maattabel\.pdf$/m,
      /^ {2}Username +kpn\.beheer$/m,
      /^ {2}E-mail address +beheer@kpn\.example$/m,
      /^ {2}Copy settings from +NS$/m,
      shown(m.categories.emailSettings),
      /^ {2}Template +donker$/m,
      /^ {2}Postal code +1234 AB$/m,
      /^ {2}Country +NL$/m,
      /^ {2}Attention +—$/m,
    ]) {
      expect(summary).toMatch(line);
    }
    s.type(`y${KEY.enter}`);

    // The note on the klantadmin's access is the summary's last line.
    expect(await s.endedShowing(shown(m.summary.klantadminOnly), 60_000)).toEqual({ code: 0, signal: 0 });
    const shownAfter = s.history().slice(s.history().lastIndexOf(q.confirm));
    // Every step, in order, with its done mark.
    const positions = STEP_IDS.map((id) => shownAfter.search(new RegExp(`^✔ ${shown(m.steps[id]).source}`, 'm')));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    expect(shownAfter).toMatch(shown(m.summary.created('KPN')));
    expect(shownAfter).toMatch(shown(m.summary.klantadminOnly));
    // stdout is a terminal, so the temporary password is shown, and it is the one that was stored (as a hash).
    const password = shownAfter.match(/^ {2}Temporary password +(\S+)$/m)?.[1] ?? '';
    expect(meetsPasswordPolicy(password)).toBe(true);
    const [klantadmin] = await query<{ password_hash: string }>(
      db,
      "select password_hash from users where username = 'kpn.beheer'",
    );
    expect(await verifyPassword(password, klantadmin!.password_hash)).toBe(true);

    const shownKlant = JSON.parse(await ecmOk(db, ['klant', 'show', 'KPN', '--output', 'json']));
    expect(shownKlant).toMatchObject({
      acro: 'KPN',
      name: 'KPN B.V.',
      referenceCode: 'DEB-1001',
      url: 'https://acme.ecmanage.nl/kpn',
      template: 'donker',
      emailLogo: { format: 'png' },
      logo: { format: 'png' },
      sizeInstructions: { pages: expect.any(Number) },
      address: {
        street: 'Wilhelminakade',
        houseNumber: '91',
        houseNumberAddition: 'A',
        postalCode: '1234 AB',
        city: 'Rotterdam',
        country: 'NL',
        attention: null,
        phone: null,
      },
      createdBy: 'jan',
    });
    expect(shownKlant.users).toEqual(
      expect.arrayContaining([
        { username: 'kpn.beheer', email: 'beheer@kpn.example', role: 'klantadmin' },
        expect.objectContaining({ username: 'jan', role: 'leverancieradmin' }),
      ]),
    );
  }, 120_000);

  it('does not ask what the flags gave', async () => {
    const db = await supplierDatabase();
    const s = ecmInTerminal(db, ['klant', 'create', '--acro', 'KPN', '--name', 'KPN B.V.']);

    await s.waitFor(asked(q.company.referenceCode));
    expect(s.history()).toMatch(shown(q.headings.company));
    expect(s.history()).not.toMatch(shown(q.company.acro));
    expect(s.history()).not.toMatch(shown(q.company.name));
    await leaveEmpty(s, ...REST_OF_THE_FORM);
    await s.waitFor(asked(q.confirm));
    expect(s.history()).toMatch(/^ {2}Acro +KPN$/m);
    expect(s.history()).toMatch(/^ {2}Name +KPN B\.V\.$/m);
    s.type(`y${KEY.enter}`);

    expect(await s.ended(60_000)).toEqual({ code: 0, signal: 0 });
    const shownKlant = JSON.parse(await ecmOk(db, ['klant', 'show', 'kpn', '--output', 'json']));
    expect(shownKlant).toMatchObject({ acro: 'KPN', name: 'KPN B.V.', referenceCode: null, address: null });
  }, 90_000);

  it('refuses bad flags before the first question: exit 2', async () => {
    const db = await supplierDatabase();
    const before = await snapshot(db);
    const s = ecmInTerminal(db, ['klant', 'create', '--acro', 'admin', '--logo', 'fixtures/files/missing.png']);

    const missing = shown(m.file.missing(join(ROOT, 'fixtures', 'files', 'missing.png')));
    expect(await s.endedShowing(missing)).toEqual({ code: 2, signal: 0 });
    expect(s.history()).toMatch(shown(m.acro.acro_reserved));
    expect(s.history()).toMatch(missing);
    expect(s.history()).not.toMatch(/^\? /m);
    expect(await snapshot(db)).toBe(before);
  });

  it('asks who is acting before the first question, unless --as says', async () => {
    const db = await supplierDatabase();
    await ecmOk(db, ['leverancieradmin', 'add', '--username', 'piet', '--email', 'piet@acme.example']);
    const s = ecmInTerminal(db, ['klant', 'create']);
    await s.waitFor(asked(m.operator.question));
    expect(s.history()).not.toMatch(shown(q.company.acro));
    s.type(KEY.ctrlC);
    expect(await s.ended()).toEqual({ code: 130, signal: 0 });

    const named = ecmInTerminal(db, ['--as', 'piet', 'klant', 'create']);
    await named.waitFor(asked(q.company.acro));
    named.type(KEY.ctrlC);
    expect(await named.ended()).toEqual({ code: 130, signal: 0 });
  });

  it('follows --no-color in the form too', async () => {
    const db = await supplierDatabase();
    // Colour and style sequences, ESC [ … m.
    // eslint-disable-next-line no-control-regex
    const sgr = /\u001b\[[0-9;]*m/;
    const refuseAndCancel = async (s: PtySession) => {
      await s.answer(asked(q.company.acro), 'admin');
      await s.waitFor(shown(asSentence(m.acro.acro_reserved)));
      s.type(KEY.ctrlC);
      expect(await s.ended()).toEqual({ code: 130, signal: 0 });
    };

    const coloured = ecmInTerminal(db, ['klant', 'create']);
    await refuseAndCancel(coloured);
    expect(coloured.raw()).toMatch(sgr);

    const plain = ecmInTerminal(db, ['--no-color', 'klant', 'create']);
    await refuseAndCancel(plain);
    expect(plain.raw()).not.toMatch(sgr);
  });

  it('cancels with Ctrl-C at a question: exit 130, nothing created', async () => {
    const db = await supplierDatabase({ ns: true });
    const before = await snapshot(db);
    const s = ecmInTerminal(db, ['klant', 'create']);

    await s.answer(asked(q.company.acro), 'KPN');
    await s.waitFor(asked(q.company.name));
    s.type(KEY.ctrlC);

    expect(await s.endedShowing(shown(m.cancelled))).toEqual({ code: 130, signal: 0 });
    expect(s.text()).toMatch(shown(m.cancelled));
    expect(await snapshot(db)).toBe(before);
  }, 60_000);

  it('cancels when the confirmation is answered "no": exit 130, nothing created', async () => {
    const db = await supplierDatabase();
    const before = await snapshot(db);
    const s = ecmInTerminal(db, ['klant', 'create']);

    await s.answer(asked(q.company.acro), 'KPN');
    await s.answer(asked(q.company.name), 'KPN B.V.');
    await leaveEmpty(s, ...REST_OF_THE_FORM);
    await s.answer(asked(q.confirm), 'n');

    expect(await s.endedShowing(shown(m.cancelled))).toEqual({ code: 130, signal: 0 });
    expect(s.text()).toMatch(new RegExp(`^✔ ${shown(q.confirm).source} No$`, 'm'));
    expect(s.text()).toMatch(shown(m.cancelled));
    expect(s.history()).not.toMatch(shown(m.steps.environment));
    expect(await snapshot(db)).toBe(before);
  }, 90_000);

  it('skips the confirmation with --yes, and asks everything else', async () => {
    const db = await supplierDatabase();
    const s = ecmInTerminal(db, ['klant', 'create', '--yes']);

    await s.answer(asked(q.company.acro), 'KPN');
    await s.answer(asked(q.company.name), 'KPN B.V.');
    await leaveEmpty(s, ...REST_OF_THE_FORM);

    expect(await s.endedShowing(shown(m.summary.created('KPN')), 60_000)).toEqual({ code: 0, signal: 0 });
    expect(s.history()).not.toMatch(shown(q.confirm));
    expect(s.history()).toMatch(shown(m.summary.created('KPN')));
    const list = JSON.parse(await ecmOk(db, ['klant', 'list', '--output', 'json']));
    expect(list).toMatchObject([{ acro: 'KPN', name: 'KPN B.V.' }]);
  }, 90_000);
});
