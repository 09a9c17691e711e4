/**
 * "Copy settings from" in a real terminal among a thousand environments: typing part of a name narrows the
 * list, Enter picks the one on top, and the new environment copies from it. Needs `npm run build` first.
 */
import { describe, expect, it } from 'vitest';
import { messages as m } from '../../src/messages/index.js';
import { nl } from '../../src/messages/nl.js';
import { asked, ecmInTerminal, ecmOk, KEY, type PtySession, shown, supplierDatabase } from './support/ecm.js';
import { addEnvironments } from './support/many-environments.js';

const q = m.prompts;

/** Leaves the optional questions before the portal section empty (acro and name come as flags). */
async function answerCompanyAndAdmin(s: PtySession, words: typeof q): Promise<void> {
  for (const question of [
    words.company.referenceCode,
    words.company.emailLogo,
    words.company.sizeInstructions,
    words.admin.username,
  ])
    await s.answer(asked(question), '');
}

describe('searching the environment to copy settings from', () => {
  it('narrows a thousand environments as you type, and copies from the one picked', async () => {
    const db = await supplierDatabase({ ns: true });
    await addEnvironments(db, 1000);
    const s = ecmInTerminal(db, ['klant', 'create', '--acro', 'KPN', '--name', 'KPN B.V.', '--yes']);
    await answerCompanyAndAdmin(s, q);

    await s.waitFor(asked(q.portal.copyFrom));
    await s.listShowing(new RegExp(`^❯ ${shown(q.portal.none).source}$`, 'm'));
    expect(s.text()).toMatch(/^ {2}K0001 — Klant 0001 B\.V\.$/m);
    // Accents and case do not matter: "SPOOR" finds Spoorwegen, and only that among the thousand.
    s.type('SPOOR');
    await s.listShowing(/^❯ NS — Nederlandse Spoorwegen$/m);
    expect(s.text()).not.toMatch(/Klant \d{4}/);
    s.type(KEY.enter);

    await s.waitFor(asked(q.portal.categoriesOrNone));
    expect(s.history()).toMatch(new RegExp(`^✔ ${shown(q.portal.copyFrom).source} NS — Nederlandse Spoorwegen$`, 'm'));
    s.type(`${KEY.space}${KEY.enter}`);
    await s.answer(asked(q.portal.logo), '');
    await s.answer(asked(q.portal.template), '');
    await s.answer(asked(q.address.street), '');

    expect(await s.ended(60_000)).toEqual({ code: 0, signal: 0 });
    const [created] = JSON.parse(await ecmOk(db, ['audit', 'list', '--klant', 'KPN', '--output', 'json']));
    expect(created).toMatchObject({
      action: 'klant.create',
      details: { portal: { copyFrom: 'NS', copy: ['customerSettings'] } },
    });
  }, 120_000);

  it('offers no "none" when a flag gave the categories; the arrows move among the matches', async () => {
    const db = await supplierDatabase();
    await addEnvironments(db, 1000);
    const s = ecmInTerminal(db, ['klant', 'create', '--acro', 'KPN', '--name', 'KPN B.V.', '--copy', 'all']);
    await answerCompanyAndAdmin(s, q);
    await s.waitFor(asked(q.portal.copyFrom));
    await s.listShowing(/^❯ K0001 — Klant 0001 B\.V\.$/m);
    expect(s.text()).not.toMatch(shown(q.portal.none));
    s.type('k099');
    await s.listShowing(/^❯ K0990 — Klant 0990 B\.V\.$/m);
    expect(s.text()).toMatch(/^ {2}K0999 — Klant 0999 B\.V\.$/m);
    s.type(KEY.down);
    await s.waitFor(/^❯ K0991 — Klant 0991 B\.V\.$/m);
    s.type(KEY.enter);
    await s.waitFor(new RegExp(`^✔ ${shown(q.portal.copyFrom).source} K0991 — Klant 0991 B\\.V\\.$`, 'm'));
    // Between two questions the terminal is not in raw mode, and Ctrl-C there kills ecm with SIGINT (no exit
    // code): it goes at the next question, which takes it as a key.
    await s.waitFor(asked(q.portal.logo));
    s.type(KEY.ctrlC);
    expect((await s.ended()).code).toBe(130);
  }, 90_000);

  it('says in Dutch how to search and that nothing matches', async () => {
    const db = await supplierDatabase({ ns: true });
    const s = ecmInTerminal(db, ['klant', 'create', '--acro', 'KPN', '--name', 'KPN B.V.'], undefined, {
      LANG: 'nl_NL.UTF-8',
    });
    await answerCompanyAndAdmin(s, nl.prompts);
    await s.waitFor(asked(nl.prompts.portal.copyFrom));
    await s.waitFor(shown(`${nl.prompts.keys.type} ${nl.prompts.keys.search} • ↑↓ ${nl.prompts.keys.navigate}`));
    s.type('philips');
    await s.listShowing(shown(nl.prompts.matches.none));
    expect(s.text()).not.toMatch(/No results/);
    s.type(KEY.ctrlC);
    expect((await s.ended()).code).toBe(130);
  }, 90_000);
});
