/** `ecm init`: a supplier installation in an empty database, with its templates and first supplier admin. */
import * as z from 'zod';
import { EcmError } from '../errors.js';
import { text } from '../klant/fields.js';
import { emailField, usernameField, zodProblems } from '../klant/schema.js';
import { STANDARD_TEMPLATES } from '../klant/templates.js';
import { messages as m } from '../messages/index.js';
import { UniqueViolation, type Database } from '../db/ports.js';

const SUPPLIER_NAME = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;
const DOMAIN = /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;

const initSchema = z.object({
  // Messages as functions: they are read when a value is refused, in the language chosen by then.
  supplier: text().regex(SUPPLIER_NAME, { error: () => m.setup.invalidSupplierName }),
  domain: text()
    .toLowerCase()
    .regex(DOMAIN, { error: () => m.setup.invalidDomain })
    .default('ecmanage.nl'),
  admin: usernameField,
  adminEmail: emailField,
});

export type InitInput = z.input<typeof initSchema>;

export interface InitResult {
  supplier: { name: string; domain: string; url: string };
  leverancieradmin: { username: string; email: string };
}

export async function initSupplier(db: Database, raw: InitInput, now: Date): Promise<InitResult> {
  const parsed = initSchema.safeParse(raw, { reportInput: true });
  if (!parsed.success) throw new EcmError('input', zodProblems(parsed.error));
  const input = parsed.data;
  const alreadySetUp = (name: string) =>
    EcmError.one('conflict', 'already_initialised', m.setup.alreadyInitialised(name));
  return db.transaction(async (tx) => {
    const existing = await tx.supplier();
    if (existing) throw alreadySetUp(existing.name);
    // Two inits at the same moment both find no supplier; the one-row key refuses the second.
    await tx.createSupplier({ name: input.supplier, domain: input.domain }).catch((error: unknown) => {
      throw error instanceof UniqueViolation ? alreadySetUp(input.supplier) : error;
    });
    await tx.createTemplates(STANDARD_TEMPLATES);
    await tx.createSupplierAdmin({ username: input.admin, email: input.adminEmail, createdAt: now.toISOString() });
    // Nobody acts before the first admin exists: the set-up is recorded as that admin's.
    await tx.recordAudit({
      environmentId: null,
      action: 'supplier.init',
      actor: input.admin,
      at: now.toISOString(),
      input: { supplier: input.supplier, domain: input.domain, admin: input.admin, adminEmail: input.adminEmail },
    });
    return {
      supplier: { name: input.supplier, domain: input.domain, url: `https://${input.supplier}.${input.domain}` },
      leverancieradmin: { username: input.admin, email: input.adminEmail },
    };
  });
}
