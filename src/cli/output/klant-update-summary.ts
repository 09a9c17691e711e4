/** The human output of `klant update`: what changed (old → new), then the klantomgeving as it is now. */
import type { ChalkInstance } from 'chalk';
import type { Change, ChangeValue, KlantUpdated } from '../../app/update-klant.js';
import { ADDRESS_KEYS } from '../../klant/update-schema.js';
import { messages as m } from '../../messages/index.js';
import { klantEntries, rows } from './klant-summary.js';
import { visible, visibleData } from './visible.js';

/** The label of a changed path, in the language chosen (so made when it is shown, not when this is loaded). */
function label(path: string): string {
  const L = m.summary.labels;
  const labels: Record<string, string> = {
    'company.name': L.name,
    'company.referenceCode': L.referenceCode,
    'company.emailLogo': L.emailLogo,
    'company.sizeInstructions': L.sizeInstructions,
    'portal.logo': L.logo,
    'portal.template': L.template,
    ...Object.fromEntries(
      ADDRESS_KEYS.map((key) => [`address.${key}`, m.update.addressKey(m.prompts.summary.labels.address[key])]),
    ),
  };
  return labels[path] ?? path;
}

function shown(value: ChangeValue): string {
  if (value === null) return m.summary.none;
  if (typeof value === 'string') return visible(value);
  if (value.format === 'pdf') return `${m.summary.pages(value.pages ?? 0)}, ${value.bytes} bytes`;
  return `${value.format.toUpperCase()} ${value.width}×${value.height} px, ${value.bytes} bytes`;
}

/** One line per change: its label, the old value, an arrow, the new value. */
export function renderChanges(c: ChalkInstance, changes: readonly Change[]): string[] {
  return rows(
    c,
    changes.map((change) => [label(change.path), `${c.dim(shown(change.old))} → ${shown(change.new)}`]),
  );
}

export function renderKlantUpdated(c: ChalkInstance, updated: KlantUpdated): string {
  const acro = visible(updated.klant.acro);
  const heading =
    updated.changes.length > 0
      ? [`${c.green('✔')} ${c.bold(m.update.changed(acro))}`, ...renderChanges(c, updated.changes)]
      : [`${c.dim('-')} ${m.update.unchanged(acro)}`];
  return [...heading, '', ...rows(c, klantEntries(visibleData(updated.klant)))].join('\n') + '\n';
}

export function renderUpdatePlan(c: ChalkInstance, planned: KlantUpdated): string {
  const changes =
    planned.changes.length > 0
      ? [m.update.wouldChange, ...renderChanges(c, planned.changes)]
      : [m.update.nothingWouldChange];
  return (
    [
      c.bold(m.update.dryRun(visible(planned.klant.acro))),
      ...changes,
      '',
      ...rows(c, klantEntries(visibleData(planned.klant))),
    ].join('\n') + '\n'
  );
}
