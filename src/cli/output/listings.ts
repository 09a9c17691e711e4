/** Human renderings of the small results: tables and one-line confirmations. */
import type { ChalkInstance } from 'chalk';
import { messages as m } from '../../messages/index.js';
import type { InitResult } from '../../app/init-supplier.js';
import type { AddedSupplierAdmin } from '../../app/supplier-admins.js';

export function renderTable<K extends string>(
  c: ChalkInstance,
  columns: readonly K[],
  rows: readonly Partial<Record<K, unknown>>[],
): string {
  if (rows.length === 0) return `${c.dim(m.summary.empty)}\n`;
  const cell = (v: unknown) => (v === null || v === undefined ? m.summary.none : String(v));
  const widths = columns.map((col) => Math.max(col.length, ...rows.map((r) => cell(r[col]).length)));
  const line = (values: string[]) =>
    values.map((v, i) => (i === values.length - 1 ? v : v.padEnd(widths[i]!))).join('  ');
  return [c.bold(line([...columns])), ...rows.map((r) => line(columns.map((col) => cell(r[col]))))].join('\n') + '\n';
}

export function renderInit(c: ChalkInstance, result: InitResult): string {
  const { username, email } = result.leverancieradmin;
  return `${c.green('✔')} ${m.summary.initDone(result.supplier.url)}\n  ${m.summary.firstAdmin(username, email)}\n`;
}

export function renderSupplierAdminAdded(c: ChalkInstance, result: AddedSupplierAdmin): string {
  const { username, email } = result.leverancieradmin;
  return `${c.green('✔')} ${m.summary.adminAdded(username, email, result.environments)}\n`;
}
