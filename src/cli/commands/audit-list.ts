import { listAudit } from '../../app/audit.js';
import { localTime } from '../../messages/time.js';
import { renderTable } from '../output/listings.js';
import type { Rendered, Session } from '../session.js';

const COLUMNS = ['at', 'operator', 'action', 'acro', 'details'] as const;

export async function run(
  session: Session,
  options: { klant?: string; action?: string; limit?: string },
): Promise<Rendered> {
  const entries = await listAudit(await session.database('read'), options);
  const { out } = session.cli;
  return {
    json: entries,
    // Made only when asked for. One line per record: the time local, the details as compact JSON, made safe to
    // print by the table.
    get text() {
      return renderTable(
        out,
        COLUMNS,
        entries.map((entry) => ({ ...entry, at: localTime(entry.at), details: JSON.stringify(entry.details) })),
      );
    },
  };
}
