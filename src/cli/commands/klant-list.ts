import { listKlanten } from '../../app/klanten.js';
import { localTime } from '../../messages/time.js';
import { renderTable } from '../output/listings.js';
import type { Rendered, Session } from '../session.js';

const COLUMNS = ['acro', 'name', 'referenceCode', 'url', 'template', 'status', 'createdAt'] as const;

export async function run(session: Session, options: { status?: string }): Promise<Rendered> {
  const klanten = await listKlanten(await session.database('read'), options.status);
  const rows = klanten.map((klant) => ({ ...klant, createdAt: localTime(klant.createdAt) }));
  return { json: klanten, text: renderTable(session.cli.out, COLUMNS, rows) };
}
