import { listTemplates } from '../../app/templates.js';
import { renderTable } from '../output/listings.js';
import { templateDescription } from '../output/template-description.js';
import type { Rendered, Session } from '../session.js';

export async function run(session: Session): Promise<Rendered> {
  const templates = await listTemplates(await session.database('read'));
  const rows = templates.map((template) => ({ ...template, description: templateDescription(template) }));
  return { json: templates, text: renderTable(session.cli.out, ['name', 'description'], rows) };
}
