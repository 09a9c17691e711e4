/** Finding the environment a command names, and refusing to change one that is retired. */
import { EcmError } from '../errors.js';
import { messages as m } from '../messages/index.js';
import type { EnvironmentDetails, Repositories } from '../db/ports.js';

/** The environment of `acro` (ignoring case); exit 4 `environment_not_found` when there is none. */
export async function findKlant(
  db: Repositories,
  acro: string,
  field: string | null = 'acro',
): Promise<EnvironmentDetails> {
  const environment = await db.findEnvironment(acro);
  if (!environment) throw EcmError.one('notFound', 'environment_not_found', m.show.notFound(acro), field);
  return environment;
}

/** A retired environment keeps its data but takes no changes, klantadmins or password resets: exit 3. */
export function requireActive(environment: EnvironmentDetails, field: string | null = 'acro'): void {
  if (environment.retiredAt !== null) {
    throw EcmError.one('conflict', 'environment_retired', m.retired.refused(environment.acro), field);
  }
}
