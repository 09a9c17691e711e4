/**
 * Colour per stream: `--no-color` first, then FORCE_COLOR, then NO_COLOR (which chalk itself ignores), then
 * whether the stream is a terminal.
 */
import { Chalk, supportsColor, supportsColorStderr, type ChalkInstance } from 'chalk';

export function colourLevel(
  stream: 'stdout' | 'stderr',
  flagAllowsColour: boolean,
  env: NodeJS.ProcessEnv = process.env,
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
  const detected = stream === 'stdout' ? supportsColor : supportsColorStderr;
  return detected ? detected.level : 0;
}

export function chalkFor(stream: 'stdout' | 'stderr', flagAllowsColour: boolean): ChalkInstance {
  return new Chalk({ level: colourLevel(stream, flagAllowsColour) });
}
