import { EcmError } from '../errors.js';
import { messages as m } from '../messages/index.js';
import type { Repositories, Supplier } from '../db/ports.js';

/** Every command but `init` needs a set-up database. */
export async function requireSupplier(db: Repositories): Promise<Supplier> {
  const supplier = await db.supplier();
  if (!supplier) throw EcmError.one('input', 'not_initialised', m.setup.notInitialised);
  return supplier;
}
