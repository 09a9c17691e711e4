/**
 * Beheerder/klantadmin: an empty username skips the section. Every leverancieradmin is created in every new
 * environment, so their usernames are refused here rather than at the end.
 */
import { normaliseUsername } from '../../klant/username.js';
import { messages as m } from '../../messages/index.js';
import type { FormLookups, Prompter } from './prompter.js';
import { allOf, askField, schemaRule, whenGiven } from './questions.js';
import type { AdminAnswers } from './raw-form.js';

export async function askAdmin(
  prompter: Prompter,
  lookups: FormLookups,
  prefilled: AdminAnswers = {},
  /** The answers each question offers, when the section is asked again at the summary. */
  offered: AdminAnswers = {},
): Promise<AdminAnswers | undefined> {
  const q = m.prompts.admin;
  const admin: AdminAnswers = { ...prefilled };

  if (admin.username === undefined) {
    const supplierAdmins = new Set((await lookups.supplierAdminUsernames()).map(normaliseUsername));
    const typed = await askField(prompter, admin, 'username', {
      // With the e-mail given by a flag the username is required, and the schema says so.
      message: admin.email === undefined ? q.username : q.usernameRequired,
      default: offered.username,
      validate: allOf(
        schemaRule('admin', 'username', admin),
        whenGiven((raw) => {
          const username = normaliseUsername(raw);
          return supplierAdmins.has(username) ? m.username.takenBySupplierAdmin(username) : true;
        }),
      ),
      tidy: normaliseUsername,
    });
    if (typed !== undefined && typed !== admin.username) prompter.note(q.normalised(admin.username ?? ''));
  }
  if (admin.username === undefined && admin.email === undefined) return undefined;

  await askField(prompter, admin, 'email', {
    message: q.email,
    default: offered.email,
    validate: schemaRule('admin', 'email', admin),
  });
  return admin;
}
