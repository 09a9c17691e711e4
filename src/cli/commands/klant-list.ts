import { listKlanten } from '../../app/klanten.js';
import { renderTable } from '../output/listings.js';
import type { Rendered, Session } from '../session.js';

const COLUMNS = ['acro', 'name', 'referenceCode', 'url', 'template', 'status', 'createdAt'] as const;

export async function run(session: Session, options: { status?: string }): Promise<Rendered> {
  const klanten = await listKlanten(await session.database('read'), options.status);
  return { json: klanten, text: renderTable(session.cli.out, COLUMNS, klanten) };
}
