/**
 * Two administrators at the same moment, as two processes on one database: the database itself keeps the
 * acro unique, and an admin added while an environment is being created still ends up in every environment.
 */
import { describe, expect, it } from 'vitest';
import { DIALECTS, ecm, initialisedDatabase, jsonOf, problemsOf } from './run-ecm.js';

const json = ['--output', 'json'];

describe.concurrent.each(DIALECTS)('at the same moment, on %s', (dialect) => {
  it('two creates of one acro in different case: one created (exit 0), one conflict (exit 3)', async () => {
    const db = await initialisedDatabase(dialect);
    const acros = ['KPN', 'kpn'];
    const runs = await Promise.all(
      acros.map((acro) => ecm(['klant', 'create', '--acro', acro, '--name', `${acro} B.V.`, ...json], { db })),
    );
    expect(runs.map((run) => run.code).sort(), runs.map((run) => run.stdout + run.stderr).join('\n')).toEqual([0, 3]);
    const winner = runs.findIndex((run) => run.code === 0);
    const loser = runs[1 - winner]!;
    expect(loser.stderr).toBe('');
    expect(problemsOf(loser)).toEqual([['company.acro', 'acro_taken']]);
    const list = jsonOf(await ecm(['klant', 'list', ...json], { db }));
    expect(list.map((klant: { acro: string }) => klant.acro)).toEqual([acros[winner]]);
  });

  it('a leverancieradmin added while an environment is created is in every environment afterwards', async () => {
    const db = await initialisedDatabase(dialect, { klanten: ['NS'] });
    const [added, created] = await Promise.all([
      ecm(['leverancieradmin', 'add', '--username', 'piet', '--email', 'piet@acme.example', '--as', 'jan', ...json], {
        db,
      }),
      ecm(['klant', 'create', '--acro', 'KPN', '--name', 'KPN', '--as', 'jan', ...json], { db }),
    ]);
    expect([added.code, added.stderr], added.stdout).toEqual([0, '']);
    expect([created.code, created.stderr], created.stdout).toEqual([0, '']);
    const list = jsonOf(await ecm(['klant', 'list', ...json], { db }));
    expect(list.map((klant: { acro: string }) => klant.acro)).toEqual(['KPN', 'NS']);
    for (const acro of ['KPN', 'NS']) {
      const shown = jsonOf(await ecm(['klant', 'show', acro, ...json], { db }));
      expect(shown.users, acro).toEqual([
        { username: 'jan', email: 'jan@acme.example', role: 'leverancieradmin' },
        { username: 'piet', email: 'piet@acme.example', role: 'leverancieradmin' },
      ]);
    }
  });
});
