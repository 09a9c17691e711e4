import { initSupplier } from '../../app/init-supplier.js';
import { renderInit } from '../output/listings.js';
import type { Rendered, Session } from '../session.js';

export async function run(session: Session, options: Record<string, unknown>): Promise<Rendered> {
  const input = {
    supplier: options.supplier,
    domain: options.domain,
    admin: options.admin,
    adminEmail: options.adminEmail,
  };
  const result = await initSupplier(await session.database(), input as Parameters<typeof initSupplier>[1], new Date());
  return { json: { ok: true, ...result }, text: renderInit(session.cli.out, result) };
}
