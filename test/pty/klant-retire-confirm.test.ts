/**
 * `klant retire` on a terminal asks the operator to type the acro: the right acro (any case) retires, a wrong
 * one or Ctrl-C cancels with exit 130 and changes nothing.
 */
import { expect, it } from 'vitest';
import { messages as m } from '../../src/messages/index.js';
import { snapshot } from '../support/database.js';
import { asked, ecmInTerminal, ecmOk, KEY, supplierDatabase } from './support/ecm.js';

const question = asked(m.retirement.typeAcro('NS'));

async function statusOfNs(db: string): Promise<string> {
  return JSON.parse(await ecmOk(db, ['klant', 'show', 'NS', '--output', 'json'])).status;
}

it('retires when the acro is typed, in any case', async () => {
  const db = await supplierDatabase({ ns: true });
  const s = ecmInTerminal(db, ['klant', 'retire', 'NS']);
  await s.waitFor(question);
  s.type('ns\r');
  await s.waitFor(/Klantomgeving NS retired/);
  expect((await s.exited).code).toBe(0);
  expect(await statusOfNs(db)).toBe('retired');
});

it.each([
  ['a wrong acro', 'KPN\r'],
  ['Ctrl-C', KEY.ctrlC],
])('cancels on %s: exit 130, nothing changed', async (_, keys) => {
  const db = await supplierDatabase({ ns: true });
  const before = await snapshot(db);
  const s = ecmInTerminal(db, ['klant', 'retire', 'NS']);
  await s.waitFor(question);
  s.type(keys);
  await s.waitFor(new RegExp(m.retirement.cancelled), { in: 'history' });
  expect((await s.exited).code).toBe(130);
  expect(await snapshot(db)).toBe(before);
});
