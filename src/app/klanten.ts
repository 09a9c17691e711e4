/** `ecm klant list` and `ecm klant show`: reading environments back. */
import { EcmError } from '../errors.js';
import { CATEGORY_IDS, type CategoryId } from '../klant/categories.js';
import { messages as m } from '../messages/index.js';
import type { Database, EnvironmentUser } from '../db/ports.js';
import { klantView, type KlantView } from './klant-view.js';
import { requireSupplier } from './setup.js';

export interface KlantListItem {
  acro: string;
  name: string;
  referenceCode: string | null;
  url: string;
  template: string;
  createdAt: string;
}

export async function listKlanten(db: Database): Promise<KlantListItem[]> {
  await requireSupplier(db.read);
  return (await db.read.environments()).map(({ acro, name, referenceCode, url, template, createdAt }) => ({
    acro,
    name,
    referenceCode,
    url,
    template,
    createdAt,
  }));
}

export interface KlantDetails extends KlantView {
  users: EnvironmentUser[];
  settings: Record<CategoryId, number>;
}

export async function showKlant(db: Database, acro: string): Promise<KlantDetails> {
  await requireSupplier(db.read);
  const environment = await db.read.findEnvironment(acro);
  if (!environment) throw EcmError.one('notFound', 'environment_not_found', m.show.notFound(acro), 'acro');
  const settings = {} as Record<CategoryId, number>;
  for (const category of CATEGORY_IDS) settings[category] = await db.read.countCategoryRows(environment.id, category);
  return { ...klantView(environment), users: await db.read.environmentUsers(environment.id), settings };
}
