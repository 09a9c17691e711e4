/**
 * `klant create --save-input` in a terminal: the form's answers, typed and given as flags, are saved once they
 * are confirmed, and `--json` replays the file to the same klantomgeving; "no" at the confirmation saves nothing.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { messages as m } from '../../src/messages/index.js';
import { ROOT } from '../support/paths.js';
import { asked, ecmInTerminal, ecmOk, kpnFlagsBut, type PtySession, shown, supplierDatabase } from './support/ecm.js';

const q = m.prompts;

/** Every field but the acro and the two logos given as flags: those three are the form's questions. */
const FLAGS = kpnFlagsBut('acro', 'email-logo', 'logo');

async function fillIn(s: PtySession): Promise<void> {
  await s.answer(asked(q.company.acro), 'KPN');
  await s.answer(asked(q.company.emailLogo), 'fixtures/files/email-logo.png');
  await s.answer(asked(q.portal.logo), 'fixtures/files/portal-logo.png');
  await s.waitFor(asked(q.confirm));
}

async function shownWithoutTime(db: string) {
  const { createdAt, ...rest } = JSON.parse(await ecmOk(db, ['klant', 'show', 'KPN', '--output', 'json']));
  expect(createdAt).toEqual(expect.any(String));
  return rest;
}

describe('ecm klant create --save-input in a terminal', () => {
  it('saves the confirmed answers as a form that --json replays', async () => {
    const db = await supplierDatabase();
    const saved = join(dirname(db), 'kpn.json');
    const s = ecmInTerminal(db, ['klant', 'create', '--save-input', saved, ...FLAGS]);
    await fillIn(s);
    expect(existsSync(saved)).toBe(false);
    s.type('y\r');
    // The start of the line: the rest may wrap inside the path.
    const savedNote = shown(m.savedInput.saved(saved).split(';')[0]!);
    expect(await s.endedShowing(savedNote, 60_000)).toEqual({ code: 0, signal: 0 });

    // Typed and flagged paths alike are taken from the working directory, and saved relative to the file.
    const form = JSON.parse(readFileSync(saved, 'utf8'));
    const file = (name: string) => relative(dirname(saved), join(ROOT, 'fixtures', 'files', name));
    expect(form.company).toEqual({
      acro: 'KPN',
      name: 'KPN B.V.',
      referenceCode: 'DEB-1001',
      emailLogo: file('email-logo.png'),
      sizeInstructions: file('maattabel.pdf'),
    });
    expect(form.portal).toEqual({ logo: file('portal-logo.png'), template: 'donker' });

    const replay = await supplierDatabase();
    await ecmOk(replay, ['klant', 'create', '--json', saved]);
    expect(await shownWithoutTime(replay)).toEqual(await shownWithoutTime(db));
  }, 90_000);

  it('saves nothing when the answers are not confirmed', async () => {
    const db = await supplierDatabase();
    const saved = join(dirname(db), 'kpn.json');
    const s = ecmInTerminal(db, ['klant', 'create', '--save-input', saved, ...FLAGS]);
    await fillIn(s);
    s.type('n\r');
    expect((await s.ended()).code).toBe(130);
    expect(existsSync(saved)).toBe(false);
  }, 90_000);
});
