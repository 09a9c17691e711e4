import { messages as m } from '../../messages/index.js';

/**
 * Messages are written to follow a field's path ("company.name: is required"); under a question they stand
 * alone, so they become sentences there, by the rules of the language (see `sentence` in the messages).
 */
export function asSentence(message: string): string {
  return m.sentence(message);
}
