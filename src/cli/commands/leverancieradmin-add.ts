import { addSupplierAdmin } from '../../app/supplier-admins.js';
import { renderSupplierAdminAdded } from '../output/listings.js';
import type { Rendered, Session } from '../session.js';

export async function run(session: Session, options: Record<string, unknown>): Promise<Rendered> {
  const raw = { username: options.username as string | undefined, email: options.email as string | undefined };
  const db = await session.database();
  const result = await addSupplierAdmin(db, raw, { as: await session.operator(db, options), now: new Date() });
  return { json: { ok: true, ...result }, text: renderSupplierAdminAdded(session.cli.out, result) };
}
