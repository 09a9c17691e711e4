/**
 * Who is acting: `--as` wins over ECM_USER; with neither, the only supplier admin when there is exactly one.
 */
import { EcmError } from '../errors.js';
import { normaliseUsername } from '../klant/username.js';
import { messages as m } from '../messages/index.js';
import type { Repositories } from '../db/ports.js';

export async function resolveOperator(db: Repositories, requested: string | undefined): Promise<string> {
  const names = (await db.supplierAdmins()).map((a) => a.username);
  if (requested !== undefined && requested.trim() !== '') {
    const username = normaliseUsername(requested);
    if (!names.includes(username))
      throw EcmError.one('input', 'unknown_operator', m.operator.unknown(requested, names));
    return username;
  }
  if (names.length === 1) return names[0]!;
  if (names.length === 0) throw EcmError.one('input', 'no_operator', m.operator.noneExists);
  throw EcmError.one('input', 'operator_required', m.operator.noneNamed(names));
}
