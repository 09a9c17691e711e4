/**
 * `ecm klant create` in a real terminal, at the summary of the answers: a section changed with its answers on
 * the line to edit, the others kept, round after round until create or cancel. Needs `npm run build` first.
 */
import { describe, expect, it } from 'vitest';
import { en } from '../../src/messages/en.js';
import type { Messages } from '../../src/messages/index.js';
import { nl } from '../../src/messages/nl.js';
import { query, snapshot } from '../support/database.js';
import { asked, ecmInTerminal, KEY, type PtySession, shown, supplierDatabase } from './support/ecm.js';

/** A question asked with this answer on its line, ready to edit. */
const onTheLine = (question: string, answer: string) =>
  new RegExp(`^\\? ${shown(question).source} ${shown(answer).source}$`, 'm');
/** The choice the cursor is on in a list. */
const pointingAt = (choice: string) => new RegExp(`^❯ ${shown(choice).source}$`, 'm');

/** Presses Enter at each of these questions in turn: an optional field left out, or a select's default. */
async function leaveEmpty(s: PtySession, ...questions: string[]): Promise<void> {
  for (const question of questions) await s.answer(asked(question), '');
}

/** The address after its street: number 91, in the Netherlands, 3072 AP Rotterdam. */
async function answerTheRestOfTheAddress(s: PtySession, q: Messages['prompts']): Promise<void> {
  await s.answer(asked(q.address.houseNumber), '91');
  await leaveEmpty(s, q.address.houseNumberAddition, q.address.country);
  await s.answer(asked(q.address.postalCode), '3072ap');
  await s.answer(asked(q.address.city), 'Rotterdam');
  await leaveEmpty(s, q.address.attention, q.address.phone);
}

/** Moves down the list at the summary to the section's "change" and takes it; a note says how to edit. */
async function changeAtTheSummary(
  s: PtySession,
  q: Messages['prompts'],
  section: keyof Messages['prompts']['headings'],
): Promise<void> {
  await s.waitFor(pointingAt(q.review.create));
  s.type(KEY.down.repeat(Object.keys(q.headings).indexOf(section) + 1));
  await s.waitFor(pointingAt(q.review.change(q.headings[section])));
  s.type(KEY.enter);
  await s.waitFor(shown(q.review.editing.trim()));
}

describe('ecm klant create in a terminal: changing a section at the summary', () => {
  it('fixes a typo in the name by changing the company section; the other answers are kept', async () => {
    const q = en.prompts;
    const db = await supplierDatabase();
    const s = ecmInTerminal(db, ['klant', 'create']);

    await s.answer(asked(q.company.acro), 'KPN');
    await s.answer(asked(q.company.name), 'KNP B.V.');
    await s.answer(asked(q.company.referenceCode), 'DEB-1001');
    await leaveEmpty(s, q.company.emailLogo, q.company.sizeInstructions);
    await s.answer(asked(q.admin.username), 'kpn.beheer');
    await s.answer(asked(q.admin.email), 'beheer@kpn.example');
    await leaveEmpty(s, q.portal.logo, q.portal.template);
    await s.answer(asked(q.address.street), 'Wilhelminakade');
    await answerTheRestOfTheAddress(s, q);

    // The typo shows in the summary.
    await s.waitFor(asked(q.confirm));
    expect(s.history()).toMatch(/^ {2}Name +KNP B\.V\.$/m);
    await changeAtTheSummary(s, q, 'company');
    await s.waitFor(onTheLine(q.company.acro, 'KPN'));
    s.type(KEY.enter);
    await s.waitFor(onTheLine(q.company.name, 'KNP B.V.'));
    // Fixed where it is: to the start, past the K, delete the N, past the P, and the N typed there.
    s.type(`${KEY.home}${KEY.right}${KEY.delete}${KEY.right}N`);
    await s.waitFor(onTheLine(q.company.name, 'KPN B.V.'));
    s.type(KEY.enter);
    await s.waitFor(onTheLine(q.company.referenceCode, 'DEB-1001'));
    s.type(KEY.enter);
    await leaveEmpty(s, q.company.emailLogo, q.company.sizeInstructions);

    // The summary again, with the name fixed and every other answer as it was.
    await s.waitFor(asked(q.confirm));
    const summary = s.history().slice(s.history().lastIndexOf(q.summary.title));
    for (const line of [
      /^ {2}Acro +KPN$/m,
      /^ {2}Name +KPN B\.V\.$/m,
      /^ {2}Reference code +DEB-1001$/m,
      /^ {2}Username +kpn\.beheer$/m,
      /^ {2}Street +Wilhelminakade$/m,
      /^ {2}Postal code +3072 AP$/m,
      /^ {2}City +Rotterdam$/m,
    ]) {
      expect(summary).toMatch(line);
    }
    const answeredOnce = (question: string) =>
      s.history().match(new RegExp(`^✔ ${shown(question).source}`, 'gm')) ?? [];
    expect(answeredOnce(q.admin.username)).toHaveLength(1);
    expect(answeredOnce(q.address.street)).toHaveLength(1);
    await s.waitFor(pointingAt(q.review.create));
    s.type(KEY.enter);

    expect(await s.ended(60_000)).toEqual({ code: 0, signal: 0 });
    expect(await query(db, 'select acro, name, reference_code from environments')).toEqual([
      { acro: 'KPN', name: 'KPN B.V.', reference_code: 'DEB-1001' },
    ]);
    expect(await query(db, "select username from users where username = 'kpn.beheer'")).toHaveLength(1);
    expect(await query(db, 'select street, city from departments where is_root')).toEqual([
      { street: 'Wilhelminakade', city: 'Rotterdam' },
    ]);
  }, 120_000);

  it('speaks Dutch at the summary; an emptied address is gone in the next round; "nee" cancels', async () => {
    const q = nl.prompts;
    const db = await supplierDatabase();
    const before = await snapshot(db);
    const s = ecmInTerminal(
      db,
      ['klant', 'create', '--acro', 'KPN', '--name', 'KPN B.V.', '--street', 'Wilhelminakade'],
      undefined,
      {
        LANG: 'nl_NL.UTF-8',
      },
    );

    await leaveEmpty(s, q.company.referenceCode, q.company.emailLogo, q.company.sizeInstructions);
    await leaveEmpty(s, q.admin.username, q.portal.logo, q.portal.template);
    await answerTheRestOfTheAddress(s, q);

    await s.listShowing(asked(q.confirm));
    for (const choice of [
      q.review.create,
      ...Object.values(q.headings).map((heading) => q.review.change(heading)),
      q.review.cancel,
    ]) {
      expect(s.text()).toMatch(new RegExp(`^[❯ ] ${shown(choice).source}$`, 'm'));
    }

    // The street came from a flag, and is offered like the rest: erased, and once more Backspace, it is empty.
    await changeAtTheSummary(s, q, 'address');
    await s.waitFor(onTheLine(q.address.street, 'Wilhelminakade'));
    s.type(KEY.ctrlU);
    await s.waitFor(onTheLine(q.address.street, '(Wilhelminakade)'));
    s.type(`${KEY.backspace}${KEY.enter}`);

    await s.waitFor(asked(q.confirm));
    const summary = s.history().slice(s.history().lastIndexOf(q.summary.title));
    expect(summary).toMatch(/^ {2}Straat +—$/m);
    expect(summary).toMatch(/^ {2}Plaats +—$/m);
    s.type(`nee${KEY.enter}`);

    expect(await s.endedShowing(shown(nl.cancelled))).toEqual({ code: 130, signal: 0 });
    expect(s.text()).toMatch(new RegExp(`^✔ ${shown(q.confirm).source} ${q.no}$`, 'm'));
    expect(s.text()).toMatch(shown(nl.cancelled));
    expect(await snapshot(db)).toBe(before);
  }, 120_000);
});
