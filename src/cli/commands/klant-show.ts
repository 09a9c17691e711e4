import { showKlant } from '../../app/klanten.js';
import { renderKlantDetails } from '../output/klant-summary.js';
import type { Rendered, Session } from '../session.js';

export async function run(session: Session, _options: Record<string, unknown>, [acro]: string[]): Promise<Rendered> {
  const klant = await showKlant(await session.database('read'), acro!);
  return { json: klant, text: renderKlantDetails(session.cli.out, klant) };
}
