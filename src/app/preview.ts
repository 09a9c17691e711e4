/** `klant preview`: how the environment's branding will look, drawn from what is stored. */
import { drawBrandingPreview, type Preview } from '../assets/branding-preview.js';
import type { Database } from '../db/ports.js';
import { findKlant } from './environment.js';
import { requireSupplier } from './setup.js';

export async function previewKlant(db: Database, acro: string): Promise<Preview & { acro: string }> {
  await requireSupplier(db.read);
  const environment = await findKlant(db.read, acro);
  const preview = await drawBrandingPreview(environment.name, await db.read.branding(environment.id));
  return { acro: environment.acro, ...preview };
}
