import { listKlanten } from '../../app/klanten.js';
import { localTime } from '../../messages/time.js';
import { renderTable } from '../output/listings.js';
import type { Rendered, Session } from '../session.js';

const COLUMNS = ['acro', 'name', 'referenceCode', 'url', 'template', 'status', 'createdAt'] as const;

export async function run(session: Session, options: { status?: string }): Promise<Rendered> {
  const klanten = await listKlanten(await session.database('read'), options.status);
  const { out } = session.cli;
  return {
    json: klanten,
    // Made only when asked for: with JSON output, 10,000 rows need no table and no local times.
    get text() {
      return renderTable(
        out,
        COLUMNS,
        klanten.map((klant) => ({ ...klant, createdAt: localTime(klant.createdAt) })),
      );
    },
  };
}
