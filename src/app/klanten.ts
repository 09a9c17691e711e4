/** `ecm klant list` and `ecm klant show`: reading environments back. */
import { EcmError } from '../errors.js';
import { CATEGORY_IDS, type CategoryId } from '../klant/categories.js';
import { messages as m } from '../messages/index.js';
import type { Database, EnvironmentUser } from '../db/ports.js';
import { klantState, klantView, type KlantState, type KlantView } from './klant-view.js';
import { findKlant } from './environment.js';
import { requireSupplier } from './setup.js';

export interface KlantListItem extends KlantState {
  acro: string;
  name: string;
  referenceCode: string | null;
  url: string;
  template: string;
  createdAt: string;
}

export const STATUS_FILTERS = ['active', 'retired', 'all'] as const;
export type StatusFilter = (typeof STATUS_FILTERS)[number];

export async function listKlanten(db: Database, filter: string = 'all'): Promise<KlantListItem[]> {
  if (!(STATUS_FILTERS as readonly string[]).includes(filter)) {
    throw EcmError.one('input', 'invalid_value', m.list.invalidStatus(STATUS_FILTERS), 'status');
  }
  await requireSupplier(db.read);
  return (await db.read.environments())
    .map(({ acro, name, referenceCode, url, template, createdAt, retiredAt, retiredBy }) => ({
      acro,
      name,
      referenceCode,
      url,
      template,
      createdAt,
      ...klantState({ retiredAt, retiredBy }),
    }))
    .filter((klant) => filter === 'all' || klant.status === filter);
}

export interface KlantDetails extends KlantView, KlantState {
  users: EnvironmentUser[];
  settings: Record<CategoryId, number>;
}

export async function showKlant(db: Database, acro: string): Promise<KlantDetails> {
  await requireSupplier(db.read);
  const environment = await findKlant(db.read, acro);
  const settings = {} as Record<CategoryId, number>;
  for (const category of CATEGORY_IDS) settings[category] = await db.read.countCategoryRows(environment.id, category);
  return {
    ...klantView(environment),
    ...klantState(environment),
    users: await db.read.environmentUsers(environment.id),
    settings,
  };
}
