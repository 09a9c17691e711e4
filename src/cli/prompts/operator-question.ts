/**
 * Who is acting, asked on a terminal where no one is named and several leverancieradmins could be: a pick of
 * their usernames, each with its e-mail address.
 */
import { EcmError } from '../../errors.js';
import { messages as m } from '../../messages/index.js';
import type { SupplierAdmin } from '../../db/ports.js';
import { visible } from '../output/visible.js';
import type { Prompter } from './prompter.js';

export async function askOperator(prompter: Prompter, admins: readonly SupplierAdmin[]): Promise<string> {
  try {
    return await prompter.select({
      message: m.operator.question,
      choices: admins.map(({ username, email }) => ({
        name: visible(username),
        value: username,
        description: visible(email),
      })),
    });
  } catch (error) {
    // Whichever command asked, nothing has been done yet.
    if (error instanceof EcmError && error.kind === 'cancelled')
      throw EcmError.one('cancelled', 'cancelled', m.operator.cancelled, null, error);
    throw error;
  }
}
