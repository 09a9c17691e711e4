import { resetKlantadminPassword } from '../../app/klantadmins.js';
import type { Rendered, Session } from '../session.js';
import { runKlantadminCommand } from '../klantadmin-command.js';

export async function run(
  session: Session,
  options: Record<string, unknown>,
  [acro, username]: string[],
): Promise<Rendered> {
  return runKlantadminCommand(
    session,
    options,
    'reset',
    async () => username!,
    (db, name, o) => resetKlantadminPassword(db, acro!, name, o),
  );
}
