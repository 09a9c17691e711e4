import { EcmError } from '../errors.js';
import { messages as m } from '../messages/index.js';
import type { Repositories, Template } from '../db/ports.js';

/** The template named (ignoring case), or the default one when none is named. */
export async function chooseTemplate(db: Repositories, name: string | null): Promise<Template> {
  const templates = await db.templates();
  const chosen =
    name === null
      ? templates.find((t) => t.isDefault)
      : templates.find((t) => t.name.toLowerCase() === name.toLowerCase());
  if (!chosen) {
    const names = templates.map((t) => t.name);
    throw EcmError.one('input', 'unknown_template', m.template.unknown(name ?? '', names), 'portal.template');
  }
  return chosen;
}
