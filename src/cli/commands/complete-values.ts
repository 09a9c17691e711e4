import { completionWords } from '../../app/completion-words.js';
import { EcmError } from '../../errors.js';
import { messages as m } from '../../messages/index.js';
import { LOOKUPS, type Lookup } from '../completion/tree.js';
import type { Rendered, Session } from '../session.js';

export async function run(session: Session, _options: Record<string, unknown>, [lookup]: string[]): Promise<Rendered> {
  if (!LOOKUPS.includes(lookup as Lookup)) {
    throw EcmError.one('input', 'invalid_value', m.documents.unknownLookup(lookup!, LOOKUPS), 'lookup');
  }
  const words = await completionWords(await session.database('read'), lookup as Lookup);
  return { json: words, text: words.map((word) => `${word}\n`).join('') };
}
