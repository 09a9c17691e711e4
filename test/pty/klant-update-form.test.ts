/**
 * `ecm klant update` in a real terminal with no change given: it asks which fields to change, then those,
 * with the values the environment has as defaults, shows old → new, and asks to save. Needs `npm run build`.
 */
import { describe, expect, it } from 'vitest';
import { messages as m } from '../../src/messages/index.js';
import { snapshot } from '../support/database.js';
import { asked, ecmInTerminal, ecmOk, KEY, shown, supplierDatabase } from './support/ecm.js';

const q = m.prompts;
const FIELDS = q.update.fields('NS');
/** The question with the value it offers, which comes after the question on its line. */
const offering = (question: string, value: string) => new RegExp(`${asked(question).source}.*\\(${value}\\)`, 'm');

describe('ecm klant update in a terminal', () => {
  it('asks which fields, then those with their values as defaults, and saves what changed', async () => {
    const db = await supplierDatabase({ ns: true });
    const s = ecmInTerminal(db, ['klant', 'update', 'ns']);

    await s.waitFor(asked(FIELDS));
    await s.listShowing(/❯◯ Name \(now: Nederlandse Spoorwegen\)/);
    expect(s.text()).toMatch(/Address \(now: Laan van Puntenburg 100, 3511 ER Utrecht, NL\)/);
    s.type(KEY.space);
    await s.waitFor(/❯◉ Name/);
    for (let i = 0; i < 6; i++) s.type(KEY.down);
    await s.waitFor(/❯◯ Address/);
    s.type(KEY.space);
    await s.waitFor(/❯◉ Address/);
    s.type(KEY.enter);

    // The name offers the one it has; typing replaces it.
    await s.waitFor(offering(q.update.name, 'Nederlandse Spoorwegen'));
    s.type(`NS Reizigers${KEY.enter}`);
    // Enter keeps each part of the address, Backspace on the empty line drops the offered value.
    await s.waitFor(offering(q.update.street, 'Laan van Puntenburg'));
    s.type(KEY.enter);
    await s.answer(asked(q.address.houseNumber), '');
    await s.answer(asked(q.address.houseNumberAddition), 'bis');
    await s.answer(asked(q.address.country), '');
    await s.answer(asked(q.address.postalCode), '');
    await s.waitFor(offering(q.address.city, 'Utrecht'));
    s.type(`\u007f${KEY.enter}`);
    await s.waitFor(shown(m.address.required));
    s.type(`Amersfoort${KEY.enter}`);
    await s.answer(asked(q.address.attention), 'Inkoop');
    await s.answer(asked(q.address.phone), '');

    await s.waitFor(asked(q.update.confirm));
    const changes = s.history().slice(s.history().lastIndexOf(q.address.phone));
    expect(changes).toMatch(/Name\s+Nederlandse Spoorwegen → NS Reizigers/);
    expect(changes).toMatch(/Address: addition\s+— → bis/);
    expect(changes).toMatch(/Address: city\s+Utrecht → Amersfoort/);
    expect(changes).toMatch(/Address: attention\s+— → Inkoop/);
    expect(changes).not.toMatch(/Address: street/);
    s.type(KEY.enter);

    expect(await s.endedShowing(shown(m.update.changed('NS')), 60_000)).toEqual({ code: 0, signal: 0 });
    const klant = JSON.parse(await ecmOk(db, ['klant', 'show', 'NS', '--output', 'json']));
    expect(klant).toMatchObject({
      name: 'NS Reizigers',
      referenceCode: 'DEB-1000',
      template: 'donker',
      address: {
        street: 'Laan van Puntenburg',
        houseNumber: '100',
        houseNumberAddition: 'bis',
        postalCode: '3511 ER',
        city: 'Amersfoort',
        country: 'NL',
        attention: 'Inkoop',
        phone: null,
      },
    });
  }, 120_000);

  it('"no" at the end changes nothing: exit 130', async () => {
    const db = await supplierDatabase({ ns: true });
    const before = await snapshot(db);
    const s = ecmInTerminal(db, ['klant', 'update', 'NS']);
    await s.waitFor(asked(FIELDS));
    s.type(`${KEY.space}${KEY.enter}`);
    await s.answer(asked(q.update.name), 'NS Reizigers');
    await s.waitFor(asked(q.update.confirm));
    s.type(`n${KEY.enter}`);
    expect(await s.endedShowing(shown(m.update.cancelled))).toEqual({ code: 130, signal: 0 });
    expect(await snapshot(db)).toBe(before);
  }, 90_000);

  it('asks nothing when the flags say what to change', async () => {
    const db = await supplierDatabase({ ns: true });
    const s = ecmInTerminal(db, ['klant', 'update', 'NS', '--template', 'compact']);
    expect(await s.endedShowing(/Template\s+donker → compact/)).toEqual({ code: 0, signal: 0 });
    expect(s.history()).not.toMatch(/^\? /m);
  });
});
