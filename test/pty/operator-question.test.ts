/**
 * With several leverancieradmins and none named (no `--as`, ECM_USER unset), a terminal asks who is acting
 * instead of refusing with operator_required; the one picked is the operator the audit names. A name given
 * is never asked about, and a wrong one stays an error.
 */
import { describe, expect, it } from 'vitest';
import { en } from '../../src/messages/en.js';
import { nl } from '../../src/messages/nl.js';
import {
  asked,
  ecmInTerminal,
  ecmOk,
  KEY,
  kpnFlagsBut,
  type PtySession,
  shown,
  supplierDatabase,
} from './support/ecm.js';

const q = en.prompts;

/** The supplier database with a second leverancieradmin, piet, beside jan. */
async function twoAdmins(options: { ns?: boolean } = {}): Promise<string> {
  const db = await supplierDatabase(options);
  await ecmOk(db, ['leverancieradmin', 'add', '--username', 'piet', '--email', 'piet@acme.example', '--as', 'jan']);
  return db;
}

async function auditActors(db: string, action: string): Promise<string[]> {
  const rows = JSON.parse(await ecmOk(db, ['audit', 'list', '--action', action, '--output', 'json'])) as {
    operator: string;
  }[];
  return rows.map((row) => row.operator);
}

/** Waits for the question with jan chosen, moves to piet (whose e-mail shows), and picks him. */
async function pickPiet(s: PtySession, question: string): Promise<void> {
  await s.waitFor(asked(question));
  await s.listShowing(/^❯ jan$/m);
  expect(s.text()).toMatch(/^ {2}piet$/m);
  expect(s.text()).toMatch(/jan@acme\.example/);
  s.type(KEY.down);
  await s.waitFor(/^❯ piet$/m);
  await s.waitFor(/piet@acme\.example/);
  s.type(KEY.enter);
}

describe('who acts, asked on a terminal', () => {
  it('asks before the first question of the form; the klantomgeving is made by the one picked', async () => {
    const db = await twoAdmins();
    // Every field but the acro given, so the form's one question is the acro.
    const s = ecmInTerminal(db, ['klant', 'create', '--yes', ...kpnFlagsBut('acro')]);
    await s.waitFor(asked(en.operator.question));
    expect(s.text()).not.toMatch(shown(q.company.acro));
    await pickPiet(s, en.operator.question);
    await s.answer(asked(q.company.acro), 'KPN');
    expect(await s.ended(60_000)).toEqual({ code: 0, signal: 0 });
    expect(await auditActors(db, 'klant.create')).toEqual(['piet']);
    expect(JSON.parse(await ecmOk(db, ['klant', 'show', 'KPN', '--output', 'json'])).createdBy).toBe('piet');
  }, 90_000);

  it('asks before the confirmation of klant retire too', async () => {
    const db = await twoAdmins({ ns: true });
    const s = ecmInTerminal(db, ['klant', 'retire', 'NS']);
    await pickPiet(s, en.operator.question);
    await s.answer(asked(en.retirement.typeAcro('NS')), 'NS');
    expect(await s.ended()).toEqual({ code: 0, signal: 0 });
    expect(await auditActors(db, 'klant.retire')).toEqual(['piet']);
  });

  it('asks before the fields klant update offers to change', async () => {
    const db = await twoAdmins({ ns: true });
    const s = ecmInTerminal(db, ['klant', 'update', 'NS']);
    await s.waitFor(asked(en.operator.question));
    expect(s.text()).not.toMatch(shown(q.update.fields('NS')));
    await pickPiet(s, en.operator.question);
    await s.waitFor(asked(q.update.fields('NS')));
    s.type(KEY.ctrlC);
    expect((await s.ended()).code).toBe(130);
  });

  it('asks in Dutch in a Dutch terminal, with the keys in Dutch', async () => {
    const db = await twoAdmins();
    const s = ecmInTerminal(
      db,
      ['leverancieradmin', 'add', '--username', 'klaas', '--email', 'k@acme.example'],
      undefined,
      {
        LANG: 'nl_NL.UTF-8',
      },
    );
    await s.waitFor(asked(nl.operator.question));
    await s.waitFor(new RegExp(`${nl.prompts.keys.navigate}.*${nl.prompts.keys.select}`));
    await pickPiet(s, nl.operator.question);
    expect(await s.ended()).toEqual({ code: 0, signal: 0 });
    // Newest first: klaas added by piet, after piet added by jan.
    expect(await auditActors(db, 'leverancieradmin.add')).toEqual(['piet', 'jan']);
  });

  it('Ctrl-C at the question cancels: exit 130, nothing done', async () => {
    const db = await twoAdmins();
    const s = ecmInTerminal(db, ['klant', 'create']);
    await s.waitFor(asked(en.operator.question));
    s.type(KEY.ctrlC);
    await s.waitFor(shown(en.operator.cancelled), { in: 'history' });
    expect((await s.exited).code).toBe(130);
    expect(JSON.parse(await ecmOk(db, ['klant', 'list', '--output', 'json']))).toEqual([]);
  });

  it('does not ask when --as names someone; an unknown name stays an error', async () => {
    const db = await twoAdmins();
    const s = ecmInTerminal(db, ['klant', 'create', '--as', 'klaas']);
    const unknown = shown(en.operator.unknown('klaas', ['jan', 'piet']));
    expect(await s.endedShowing(unknown)).toEqual({ code: 2, signal: 0 });
    expect(s.history()).not.toMatch(shown(en.operator.question));
  });

  it('does not ask with JSON output: operator_required, as without a terminal', async () => {
    const db = await twoAdmins();
    const s = ecmInTerminal(db, ['klant', 'create', '--acro', 'KPN', '--name', 'KPN', '--output', 'json']);
    expect(await s.endedShowing(/"code": "operator_required"/)).toEqual({ code: 2, signal: 0 });
    expect(s.history()).not.toMatch(shown(en.operator.question));
  });
});
