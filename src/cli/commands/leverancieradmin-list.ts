import { listSupplierAdmins } from '../../app/supplier-admins.js';
import { renderTable } from '../output/listings.js';
import type { Rendered, Session } from '../session.js';

export async function run(session: Session): Promise<Rendered> {
  const admins = await listSupplierAdmins(await session.database('read'));
  return { json: admins, text: renderTable(session.cli.out, ['username', 'email'], admins) };
}
