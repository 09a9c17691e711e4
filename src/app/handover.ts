/** `klant handover` and `--handover`: what the handover page says about an environment, read from what is stored. */
import { handoverPdf, type HandoverContent } from '../assets/handover-pdf.js';
import type { Database, Repositories } from '../db/ports.js';
import { findKlant } from './environment.js';
import { requireSupplier } from './setup.js';

export interface Handover {
  acro: string;
  pdf: Uint8Array;
}

/**
 * The page for the environment `acro`; with `temporaryPassword` (only at the moment it is made) that
 * klantadmin's password and its expiry are on it too.
 */
export async function makeHandover(
  db: Database,
  acro: string,
  temporaryPassword: HandoverContent['temporaryPassword'] = null,
): Promise<Handover> {
  const supplier = await requireSupplier(db.read);
  const environment = await findKlant(db.read, acro);
  const { logo, emailLogo } = await db.read.branding(environment.id);
  const pdf = await handoverPdf({
    supplier: supplier.name,
    customer: environment.name,
    url: environment.url,
    usernames: await klantadminUsernames(db.read, environment.id),
    logo,
    emailLogo,
    temporaryPassword,
  });
  return { acro: environment.acro, pdf };
}

async function klantadminUsernames(db: Repositories, environmentId: number): Promise<string[]> {
  return (await db.environmentUsers(environmentId)).filter((u) => u.role === 'klantadmin').map((u) => u.username);
}
