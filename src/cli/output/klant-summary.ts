/** The human summary of a klantomgeving: after create, for `klant show`, and the plan of a dry run. */
import type { ChalkInstance } from 'chalk';
import { messages as m } from '../../messages/index.js';
import type { KlantCreated, KlantPlan } from '../../app/create-klant.js';
import type { KlantDetails } from '../../app/klanten.js';
import type { KlantView } from '../../app/klant-view.js';
import type { CategoryId } from '../../klant/categories.js';
import { localTime } from '../../messages/time.js';
import type { Warning } from '../../provision/context.js';
import { visible, visibleData } from './visible.js';

/** Labels in a column; a value of several lines keeps its later lines under its first. */
export function rows(c: ChalkInstance, entries: [string, string][]): string[] {
  const width = Math.max(...entries.map(([label]) => label.length));
  const indent = ' '.repeat(width + 4);
  return entries.map(([label, value]) => `  ${c.dim(label.padEnd(width))}  ${value.split('\n').join(`\n${indent}`)}`);
}

export function klantEntries(k: KlantView): [string, string][] {
  const L = m.summary.labels;
  const none = m.summary.none;
  const image = (f: KlantView['logo']) =>
    f ? `${f.format.toUpperCase()} ${f.width}×${f.height} px, ${f.bytes} bytes` : none;
  const a = k.address;
  const address = a
    ? [[a.attention], [a.street, a.houseNumber, a.houseNumberAddition], [a.postalCode, a.city], [a.country], [a.phone]]
        .map((part) => part.filter(Boolean).join(' '))
        .filter(Boolean)
        .join(', ')
    : none;
  return [
    [L.acro, k.acro],
    [L.name, k.name],
    [L.referenceCode, k.referenceCode ?? none],
    [L.url, k.url],
    [L.template, k.template],
    [L.emailLogo, image(k.emailLogo)],
    [L.logo, image(k.logo)],
    [
      L.sizeInstructions,
      k.sizeInstructions ? `${m.summary.pages(k.sizeInstructions.pages)}, ${k.sizeInstructions.bytes} bytes` : none,
    ],
    [L.address, address],
    [L.createdAt, m.summary.createdBy(localTime(k.createdAt), k.createdBy)],
  ];
}

function counts(entries: Partial<Record<CategoryId, number>>): string {
  const list = Object.entries(entries).map(([id, n]) => m.summary.rowCount(id, n));
  return list.length === 0 ? m.summary.none : list.join(', ');
}

export type PasswordDisplay = { shown: 'summary' } | { shown: 'stderr' } | { shown: 'no'; file: string | null };

export function renderKlantCreated(c: ChalkInstance, created: KlantCreated, password: PasswordDisplay): string {
  const L = m.summary.labels;
  const r = visibleData(created);
  const lines = [
    `${c.green('✔')} ${c.bold(m.summary.created(r.klant.acro))}`,
    ...rows(c, [
      ...klantEntries(r.klant),
      [L.copied, counts(r.copied)],
      [L.leverancieradmins, r.leverancieradmins.join(', ')],
    ]),
  ];
  if (r.klantadmin) lines.push('', ...klantadminLines(c, r.klantadmin, password));
  return `${lines.join('\n')}\n`;
}

/**
 * A klantadmin with its temporary password where `password` says it goes, for the create and the klantadmin
 * commands alike; `account` must already be made visible.
 */
export function klantadminLines(
  c: ChalkInstance,
  account: { username: string; email: string; temporaryPassword: string; passwordExpiresAt: string },
  password: PasswordDisplay,
): string[] {
  const passwordText =
    password.shown === 'summary'
      ? c.bold(account.temporaryPassword)
      : password.shown === 'stderr'
        ? m.summary.passwordOnTerminal
        : password.file !== null
          ? m.summary.passwordWritten(password.file)
          : c.dim(m.summary.passwordHidden);
  return [
    c.bold(m.summary.klantadminHeading),
    ...rows(c, [
      [m.summary.klantadminUsername, account.username],
      [m.summary.klantadminEmail, account.email],
      [m.summary.temporaryPassword, passwordText],
      ['', m.summary.passwordExpires(localTime(account.passwordExpiresAt))],
    ]),
    `  ${m.summary.klantadminOnly}`,
  ];
}

export function renderKlantDetails(c: ChalkInstance, details: KlantDetails): string {
  const k = visibleData(details);
  const users = k.users.map((u) => `${u.username} <${u.email}> (${u.role})`).join('\n');
  const status =
    k.retiredAt === null || k.retiredBy === null
      ? m.summary.status.active
      : m.summary.retiredBy(localTime(k.retiredAt), k.retiredBy);
  const L = m.summary.labels;
  const entries: [string, string][] = [
    ...klantEntries(k),
    [L.status, status],
    [L.users, users || m.summary.none],
    [L.settings, counts(k.settings)],
  ];
  return `${rows(c, entries).join('\n')}\n`;
}

export function renderPlan(c: ChalkInstance, acro: string, planned: KlantPlan): string {
  const plan = visibleData(planned);
  const steps = plan.steps.map((s) => {
    const status =
      s.status === 'skipped'
        ? c.dim(`${m.stepStatus.skipped}: ${s.reason}`)
        : s.status === 'done'
          ? c.green(m.stepStatus.done)
          : m.stepStatus.wouldRun;
    return `  ${m.steps[s.id]} — ${status}`;
  });
  return (
    [
      `${c.bold(m.summary.dryRun(visible(acro)))}`,
      ...steps,
      ...rows(c, [[m.summary.labels.wouldCopy, counts(plan.copy)]]),
    ].join('\n') + '\n'
  );
}

/** For stderr, in text output only: the JSON result carries the warnings itself. */
export function renderWarnings(c: ChalkInstance, warnings: readonly Warning[]): string {
  return warnings.map((w) => `${c.yellow('⚠')} ${c.yellow(m.summary.warning)}: ${visible(w.message)}\n`).join('');
}

/** The password alone, for the terminal on stderr when the summary goes elsewhere. */
export function renderPasswordNotice(
  c: ChalkInstance,
  account: { username: string; temporaryPassword: string },
): string {
  return `${m.summary.passwordNotice(visible(account.username))} ${c.bold(account.temporaryPassword)}\n`;
}
