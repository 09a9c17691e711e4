import { listKlanten } from '../../app/klanten.js';
import { renderTable } from '../output/listings.js';
import type { Rendered, Session } from '../session.js';

export async function run(session: Session): Promise<Rendered> {
  const klanten = await listKlanten(await session.database('read'));
  return {
    json: klanten,
    text: renderTable(session.cli.out, ['acro', 'name', 'referenceCode', 'url', 'template', 'createdAt'], klanten),
  };
}
