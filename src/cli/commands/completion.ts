import { EcmError } from '../../errors.js';
import { messages as m } from '../../messages/index.js';
import { bashScript } from '../completion/bash.js';
import { fishScript } from '../completion/fish.js';
import { completionTree, SHELLS, type Shell } from '../completion/tree.js';
import { zshScript } from '../completion/zsh.js';
import { buildProgram } from '../program.js';
import type { Rendered, Session } from '../session.js';

const SCRIPTS = { bash: bashScript, zsh: zshScript, fish: fishScript };

export async function run(
  _session: Session,
  _options: Record<string, unknown>,
  [shell]: (string | undefined)[],
): Promise<Rendered> {
  if (!SHELLS.includes(shell as Shell)) {
    throw EcmError.one('input', 'unknown_shell', m.documents.unknownShell(shell, SHELLS), 'shell');
  }
  // A program of its own, never run: only its tree of commands and flags is read.
  const program = buildProgram('', () => Promise.resolve(), {});
  const script = SCRIPTS[shell as Shell](completionTree(program));
  return { json: { ok: true, shell, script }, text: script };
}
