/**
 * The interactive "Klant aanmaken" form: the four sections of the manual, in its order. Fields the flags gave
 * are not asked again; the result goes through `parseKlantForm` like the flags and `--json` do.
 */
import { messages as m } from '../../messages/index.js';
import { askAddress } from './address-section.js';
import { askAdmin } from './admin-section.js';
import { askCompany } from './company-section.js';
import { askPortal } from './portal-section.js';
import type { FormLookups, Prompter } from './prompter.js';
import { withAnswersToEdit, withHeading } from './questions.js';
import type { FormSection, RawKlantForm } from './raw-form.js';

export type { RawKlantForm } from './raw-form.js';

export async function askKlantForm(
  prompter: Prompter,
  lookups: FormLookups,
  prefilled: RawKlantForm = {},
): Promise<RawKlantForm> {
  const h = m.prompts.headings;
  const company = await askCompany(withHeading(prompter, h.company), lookups, prefilled.company);
  const admin = await askAdmin(withHeading(prompter, h.admin), lookups, prefilled.admin);
  const portal = await askPortal(withHeading(prompter, h.portal), lookups, prefilled.portal);
  const address = await askAddress(withHeading(prompter, h.address), prefilled.address);
  return { company, ...(admin && { admin }), ...(portal && { portal }), ...(address && { address }) };
}

/**
 * One section asked again at the summary: every question of it, also those the flags answered (the summary
 * showed their answers like the rest), each offering the answer it has. The other sections stay as they are; a
 * section emptied (no klantadmin, no address) becomes undefined, which the schema reads as left out.
 */
export async function askSectionAgain(
  prompter: Prompter,
  lookups: FormLookups,
  form: RawKlantForm,
  section: FormSection,
): Promise<RawKlantForm> {
  const ask = withHeading(withAnswersToEdit(prompter), m.prompts.headings[section]);
  ask.note(m.prompts.review.editing);
  return { ...form, [section]: await sectionAnswers(ask, lookups, form, section) };
}

function sectionAnswers(
  prompter: Prompter,
  lookups: FormLookups,
  form: RawKlantForm,
  section: FormSection,
): Promise<RawKlantForm[FormSection]> {
  switch (section) {
    case 'company':
      return askCompany(prompter, lookups, {}, form.company);
    case 'admin':
      return askAdmin(prompter, lookups, {}, form.admin);
    case 'portal':
      return askPortal(prompter, lookups, {}, form.portal);
    case 'address':
      return askAddress(prompter, {}, form.address);
  }
}
