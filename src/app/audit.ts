/** `ecm audit list`: the audit trail read back, newest first. */
import { allInputChecks, EcmError } from '../errors.js';
import { messages as m } from '../messages/index.js';
import type { Database } from '../db/ports.js';
import { findKlant } from './environment.js';
import { requireSupplier } from './setup.js';

export const AUDIT_ACTIONS = [
  'supplier.init',
  'leverancieradmin.add',
  'klant.create',
  'klant.update',
  'klant.retire',
  'klant.reactivate',
  'klantadmin.add',
  'klantadmin.reset_password',
] as const;

export const DEFAULT_AUDIT_LIMIT = 50;

export interface AuditListItem {
  at: string;
  /** The acting leverancieradmin; for `supplier.init` the one it created. */
  operator: string;
  action: string;
  acro: string | null;
  details: Record<string, unknown>;
}

export interface AuditFilter {
  klant?: string;
  action?: string;
  /** As typed: a positive whole number. */
  limit?: string;
}

export async function listAudit(db: Database, filter: AuditFilter): Promise<AuditListItem[]> {
  const [action, limit] = await allInputChecks([parseAction(filter.action), parseLimit(filter.limit)] as const);
  await requireSupplier(db.read);
  const environment = filter.klant === undefined ? null : await findKlant(db.read, filter.klant, 'klant');
  const entries = await db.read.auditEntries({ environmentId: environment?.id ?? null, action, limit });
  return entries.map(({ at, actor, action, acro, input }) => ({
    at,
    operator: actor,
    action,
    acro,
    // Every record is written with an object (recordAudit's `input`).
    details: input as Record<string, unknown>,
  }));
}

async function parseAction(action: string | undefined): Promise<string | null> {
  if (action === undefined) return null;
  if (!(AUDIT_ACTIONS as readonly string[]).includes(action))
    throw EcmError.one('input', 'invalid_value', m.audit.invalidAction(AUDIT_ACTIONS), 'action');
  return action;
}

async function parseLimit(limit: string | undefined): Promise<number> {
  if (limit === undefined) return DEFAULT_AUDIT_LIMIT;
  if (!/^\d+$/.test(limit) || Number(limit) < 1)
    throw EcmError.one('input', 'invalid_value', m.audit.invalidLimit, 'limit');
  // Beyond what any trail holds, a larger limit means the same: all of it.
  return Math.min(Number(limit), Number.MAX_SAFE_INTEGER);
}
