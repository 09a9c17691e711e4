/** The names a shell completion looks up while the operator types: environments' acros or templates' names. */
import type { Lookup } from '../cli/completion/tree.js';
import type { Database } from '../db/ports.js';
import { requireSupplier } from './setup.js';

export async function completionWords(db: Database, lookup: Lookup): Promise<string[]> {
  await requireSupplier(db.read);
  const rows = lookup === 'templates' ? await db.read.templates() : await db.read.environments();
  return rows.map((row) => ('acro' in row ? row.acro : row.name));
}
