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
import { withHeading } from './questions.js';
import type { RawKlantForm } from './raw-form.js';

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
