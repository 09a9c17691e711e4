/**
 * Colour per stream: `--no-color` first, then FORCE_COLOR, then NO_COLOR (which chalk itself ignores), then
 * whether the stream is a terminal that can show colour. chalk is loaded only once a command runs or an
 * error is printed, so `--help` does not pay for it.
 */
import type { ChalkInstance } from 'chalk';

/** `terminal` is how many colours the terminal type can show (chalk's reading of TERM and the like). */
export function colourLevel(
  stream: { isTTY?: boolean },
  flagAllowsColour: boolean,
  env: NodeJS.ProcessEnv,
  terminal: 0 | 1 | 2 | 3,
): 0 | 1 | 2 | 3 {
  if (!flagAllowsColour) return 0;
  const force = env.FORCE_COLOR;
  if (force !== undefined) {
    if (force === 'false' || force === '0') return 0;
    if (force === '' || force === 'true') return 1;
    const level = Number.parseInt(force, 10);
    return Number.isNaN(level) ? 1 : (Math.min(Math.max(level, 1), 3) as 1 | 2 | 3);
  }
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return 0;
  return stream.isTTY ? terminal : 0;
}

export async function chalkFor(
  stream: { isTTY?: boolean },
  flagAllowsColour: boolean,
  env: NodeJS.ProcessEnv,
): Promise<ChalkInstance> {
  const { Chalk, supportsColor, supportsColorStderr } = await import('chalk');
  // Either of chalk's readings is about the terminal type, which both streams share when they are terminals.
  const terminal = supportsColorStderr || supportsColor;
  return new Chalk({ level: colourLevel(stream, flagAllowsColour, env, terminal ? terminal.level : 0) });
}
