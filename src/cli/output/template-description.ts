/** A template's description for people. */
import { STANDARD_TEMPLATES } from '../../klant/templates.js';
import { messages as m } from '../../messages/index.js';

/**
 * The description of a standard template as `init` stored it is said in the chosen language; one a supplier
 * changed, or a template of their own, is shown as stored. JSON output always has the stored text.
 */
export function templateDescription(template: { name: string; description: string }): string {
  const standard = STANDARD_TEMPLATES.find((s) => s.name === template.name && s.description === template.description);
  return standard ? m.templates[standard.name as keyof typeof m.templates] : template.description;
}
