import type { Database } from '../db/ports.js';
import { requireSupplier } from './setup.js';

export async function listTemplates(db: Database): Promise<{ name: string; description: string }[]> {
  await requireSupplier(db.read);
  return (await db.read.templates()).map(({ name, description }) => ({ name, description }));
}
