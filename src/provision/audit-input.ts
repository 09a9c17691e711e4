/**
 * What the audit keeps of the input: the checked form with every file named by its hash and size instead
 * of a path on the operator's machine. The temporary password is never part of it.
 */
import type { FileKind } from '../db/ports.js';
import { checkedOf, type ProvisionContext } from './context.js';

export function auditInput(ctx: ProvisionContext): unknown {
  const files = new Map(
    checkedOf(ctx).files.map((f) => [f.kind, { sha256: f.sha256, bytes: f.bytes, format: f.format }]),
  );
  const file = (kind: FileKind) => files.get(kind) ?? null;
  const { form } = ctx;
  return {
    company: { ...form.company, emailLogo: file('emailLogo'), sizeInstructions: file('sizeInstructions') },
    admin: form.admin,
    portal: form.portal && { ...form.portal, logo: file('logo') },
    address: form.address,
  };
}
