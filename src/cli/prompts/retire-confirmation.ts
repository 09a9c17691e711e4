/** The question before retiring: the operator types the acro, as a guard against retiring the wrong one. */
import { EcmError } from '../../errors.js';
import { messages as m } from '../../messages/index.js';
import type { Prompter } from './prompter.js';

/** Resolves when the answer is the acro (ignoring case); anything else, or Ctrl-C, cancels: exit 130. */
export async function confirmRetirement(prompter: Prompter, acro: string): Promise<void> {
  let answer: string;
  try {
    answer = await prompter.input({ message: m.retirement.typeAcro(acro) });
  } catch (error) {
    if (error instanceof EcmError && error.kind === 'cancelled')
      throw EcmError.one('cancelled', 'cancelled', m.retirement.cancelled, null, error);
    throw error;
  }
  if (answer.trim().toLowerCase() !== acro.toLowerCase())
    throw EcmError.one('cancelled', 'cancelled', m.retirement.cancelled);
}
