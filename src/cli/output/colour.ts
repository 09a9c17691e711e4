/**
 * Colour per stream: `--no-color` first, then FORCE_COLOR, then NO_COLOR (which chalk itself ignores), then
 * whether the stream is a terminal that can show colour.
 */
import { Chalk, supportsColor, supportsColorStderr, type ChalkInstance } from 'chalk';

export function colourLevel(
  stream: { isTTY?: boolean },
  flagAllowsColour: boolean,
  env: NodeJS.ProcessEnv,
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
  if (!stream.isTTY) return 0;
  // chalk knows how many colours the terminal type can show; either of its answers is about this terminal.
  const terminal = supportsColorStderr || supportsColor;
  return terminal ? terminal.level : 0;
}

export function chalkFor(
  stream: { isTTY?: boolean },
  flagAllowsColour: boolean,
  env: NodeJS.ProcessEnv,
): ChalkInstance {
  return new Chalk({ level: colourLevel(stream, flagAllowsColour, env) });
}
