/**
 * `ecm klant create` in a real terminal whose locale is Dutch (`LANG=nl_NL.UTF-8`): the form is asked in
 * Dutch, from its first question to the summary, and with `--lang en` in English after all.
 */
import { describe, expect, it } from 'vitest';
import { en } from '../../src/messages/en.js';
import { nl } from '../../src/messages/nl.js';
import { asked, ecmInTerminal, ecmOk, KEY, shown, supplierDatabase } from './support/ecm.js';

const DUTCH = { LANG: 'nl_NL.UTF-8', TZ: 'Europe/Amsterdam' };
const q = nl.prompts;

describe('ecm klant create in a Dutch terminal', () => {
  it('asks the form in Dutch: headings, questions, refusals, the keys, the summary and the confirmation', async () => {
    const db = await supplierDatabase();
    const s = ecmInTerminal(db, ['klant', 'create'], undefined, DUTCH);

    await s.waitFor(shown(q.headings.company));
    await s.waitFor(asked(q.company.acro));
    s.type(`admin${KEY.enter}`);
    await s.waitFor(shown(nl.sentence(nl.acro.acro_reserved)));
    s.type(`${KEY.ctrlU}KPN${KEY.enter}`);
    await s.answer(asked(q.company.name), 'KPN B.V.');
    for (const question of [q.company.referenceCode, q.company.emailLogo, q.company.sizeInstructions])
      await s.answer(asked(question), '');
    await s.waitFor(shown(q.headings.admin));
    await s.answer(asked(q.admin.username), '');
    await s.answer(asked(q.portal.logo), '');

    // A list: inquirer's line of keys in Dutch too.
    await s.listShowing(asked(q.portal.template));
    await s.waitFor(new RegExp(`${q.keys.navigate}.*${q.keys.select}`));
    expect(s.text()).toMatch(shown(`standaard ${q.portal.defaultTemplate}`));
    s.type(KEY.enter);
    await s.answer(asked(q.address.street), '');

    await s.waitFor(shown(q.summary.title));
    await s.waitFor(asked(q.confirm));
    await s.waitFor(new RegExp(`^❯ ${shown(q.review.create).source}$`, 'm'));
    s.type(`j${KEY.enter}`);
    const createdAt = new RegExp(`${nl.summary.labels.createdAt} +\\d\\d-\\d\\d-\\d{4} \\d\\d:\\d\\d door jan`);
    expect(await s.endedShowing(createdAt, 60_000)).toEqual({ code: 0, signal: 0 });
    expect(s.history()).toMatch(new RegExp(`^✔ ${shown(q.confirm).source} ${q.yes}$`, 'm'));
    expect(s.history()).toMatch(shown(nl.steps.environment));
    expect(s.history()).toMatch(shown(nl.summary.created('KPN')));
    expect(s.history()).not.toMatch(shown(en.prompts.company.acro));
    const list = JSON.parse(await ecmOk(db, ['klant', 'list', '--output', 'json']));
    expect(list).toMatchObject([{ acro: 'KPN', name: 'KPN B.V.' }]);
  }, 90_000);

  it('cancels on "nee" at the Dutch confirmation', async () => {
    const db = await supplierDatabase();
    const s = ecmInTerminal(db, ['klant', 'create', '--acro', 'KPN', '--name', 'KPN B.V.', '--no-color'], undefined, {
      ...DUTCH,
    });
    for (const question of [
      q.company.referenceCode,
      q.company.emailLogo,
      q.company.sizeInstructions,
      q.admin.username,
      q.portal.logo,
      q.portal.template,
      q.address.street,
    ])
      await s.answer(asked(question), '');
    await s.answer(asked(q.confirm), 'nee');
    expect(await s.endedShowing(shown(nl.cancelled))).toEqual({ code: 130, signal: 0 });
    expect(s.text()).toMatch(new RegExp(`^✔ ${shown(q.confirm).source} ${q.no}$`, 'm'));
    expect(s.text()).toMatch(shown(nl.cancelled));
  }, 90_000);

  it('asks in English with --lang en, whatever the locale', async () => {
    const db = await supplierDatabase();
    const s = ecmInTerminal(db, ['klant', 'create', '--lang', 'en'], undefined, DUTCH);
    await s.waitFor(asked(en.prompts.company.acro));
    expect(s.text()).not.toMatch(shown(q.company.acro));
    s.type(KEY.ctrlC);
    expect((await s.ended()).code).toBe(130);
  });
});
