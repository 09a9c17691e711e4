/**
 * `ecm leverancieradmin add|list`. A new supplier admin is created in every existing environment in the same
 * transaction, so no environment is ever without one of them.
 */
import * as z from 'zod';
import { allInputChecks, EcmError } from '../errors.js';
import { emailField, usernameField, zodProblems } from '../klant/schema.js';
import { messages as m } from '../messages/index.js';
import type { Database } from '../db/ports.js';
import { resolveOperator } from './operator.js';
import { requireSupplier } from './setup.js';

const addSchema = z.object({ username: usernameField, email: emailField });

export interface AddedSupplierAdmin {
  leverancieradmin: { username: string; email: string };
  environments: number;
}

export async function addSupplierAdmin(
  db: Database,
  raw: { username?: string; email?: string },
  options: { as?: string; now: Date },
): Promise<AddedSupplierAdmin> {
  // Before init the one useful answer is the hint to run it, whatever else is wrong.
  await requireSupplier(db.read);
  const [{ username, email }, operator] = await allInputChecks([
    parseNewAdmin(raw),
    resolveOperator(db.read, options.as),
  ] as const);
  return db.transaction(async (tx) => {
    await tx.lockSupplierAdmins();
    if ((await tx.supplierAdmins()).some((a) => a.username === username)) {
      throw EcmError.one('conflict', 'username_taken', m.username.supplierAdminExists(username), 'username');
    }
    const inUse = await tx.environmentsWithUser(username);
    if (inUse.length > 0)
      throw EcmError.one('conflict', 'username_taken', m.username.takenInEnvironments(username, inUse), 'username');
    const admin = await tx.createSupplierAdmin({ username, email, createdAt: options.now.toISOString() });
    const environments = await tx.addUserToEveryEnvironment({
      username,
      email,
      role: 'leverancieradmin',
      supplierAdminId: admin.id,
      passwordHash: null,
      passwordExpiresAt: null,
      mustChangePassword: false,
    });
    await tx.recordAudit({
      environmentId: null,
      action: 'leverancieradmin.add',
      actor: operator,
      at: options.now.toISOString(),
      input: { username, email },
    });
    return { leverancieradmin: { username, email }, environments };
  });
}

async function parseNewAdmin(raw: { username?: string; email?: string }): Promise<z.output<typeof addSchema>> {
  const parsed = addSchema.safeParse(raw, { reportInput: true });
  if (!parsed.success) throw new EcmError('input', zodProblems(parsed.error));
  return parsed.data;
}

export async function listSupplierAdmins(db: Database): Promise<{ username: string; email: string }[]> {
  await requireSupplier(db.read);
  return (await db.read.supplierAdmins()).map(({ username, email }) => ({ username, email }));
}
