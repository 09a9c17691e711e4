/** Human renderings of the small results: tables and one-line confirmations. */
import type { ChalkInstance } from 'chalk';
import stringWidth from 'string-width';
import { messages as m } from '../../messages/index.js';
import type { InitResult } from '../../app/init-supplier.js';
import type { AddedSupplierAdmin } from '../../app/supplier-admins.js';
import { visible, visibleData } from './visible.js';

export function renderTable<K extends string>(
  c: ChalkInstance,
  columns: readonly K[],
  rows: readonly Partial<Record<K, unknown>>[],
): string {
  if (rows.length === 0) return `${c.dim(m.summary.empty)}\n`;
  const cell = (v: unknown) => (v === null || v === undefined ? m.summary.none : visible(String(v)));
  const cells = rows.map((r) => columns.map((col) => cell(r[col])));
  // Columns line up by what the terminal shows: wide letters take two cells, combining marks none.
  const widths = columns.map((col, i) => Math.max(stringWidth(col), ...cells.map((values) => stringWidth(values[i]!))));
  const pad = (v: string, width: number) => v + ' '.repeat(Math.max(0, width - stringWidth(v)));
  const line = (values: string[]) =>
    values.map((v, i) => (i === values.length - 1 ? v : pad(v, widths[i]!))).join('  ');
  return [c.bold(line([...columns])), ...cells.map(line)].join('\n') + '\n';
}

export function renderInit(c: ChalkInstance, result: InitResult): string {
  const { username, email } = visibleData(result.leverancieradmin);
  return `${c.green('✔')} ${m.summary.initDone(result.supplier.url)}\n  ${m.summary.firstAdmin(username, email)}\n`;
}

export function renderSupplierAdminAdded(c: ChalkInstance, result: AddedSupplierAdmin): string {
  const { username, email } = visibleData(result.leverancieradmin);
  return `${c.green('✔')} ${m.summary.adminAdded(username, email, result.environments)}\n`;
}
