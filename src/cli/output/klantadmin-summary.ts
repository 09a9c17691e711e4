/** The human result of `klantadmin add` and `klantadmin reset-password`. */
import type { ChalkInstance } from 'chalk';
import type { KlantadminResult } from '../../app/klantadmins.js';
import { messages as m } from '../../messages/index.js';
import { klantadminLines, type PasswordDisplay } from './klant-summary.js';
import { visibleData } from './visible.js';

export function renderKlantadmin(
  c: ChalkInstance,
  act: 'add' | 'reset',
  result: KlantadminResult,
  password: PasswordDisplay,
): string {
  const r = visibleData(result);
  const { username } = r.klantadmin;
  if (r.dryRun) {
    const said = act === 'add' ? m.klantadminSummary.addDryRun : m.klantadminSummary.resetDryRun;
    return `${c.bold(said(username, r.acro))}\n`;
  }
  const said = act === 'add' ? m.klantadminSummary.added : m.klantadminSummary.reset;
  return [
    `${c.green('✔')} ${c.bold(said(username, r.acro))}`,
    '',
    ...klantadminLines(c, r.klantadmin, password),
    '',
  ].join('\n');
}
