import { addKlantadmin, parseNewKlantadmin } from '../../app/klantadmins.js';
import type { Rendered, Session } from '../session.js';
import { runKlantadminCommand } from '../klantadmin-command.js';

export async function run(session: Session, options: Record<string, unknown>, [acro]: string[]): Promise<Rendered> {
  const raw = { username: options.username as string | undefined, email: options.email as string | undefined };
  return runKlantadminCommand(
    session,
    options,
    'add',
    () => parseNewKlantadmin(raw),
    (db, admin, o) => addKlantadmin(db, acro!, admin, o),
  );
}
