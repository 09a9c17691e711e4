import { describe, expect, it } from 'vitest';
import { colourLevel } from '../../../src/cli/output/colour.js';

const terminal = { isTTY: true };
const pipe = { isTTY: false };

describe('colour', () => {
  it('--no-color wins over everything', () => {
    expect(colourLevel(terminal, false, { FORCE_COLOR: '3' }, 3)).toBe(0);
  });
  it('FORCE_COLOR colours even a pipe, and its level counts; 0 and false turn colour off', () => {
    expect(colourLevel(pipe, true, { FORCE_COLOR: '' }, 3)).toBe(1);
    expect(colourLevel(pipe, true, { FORCE_COLOR: '2', NO_COLOR: '1' }, 3)).toBe(2);
    expect(colourLevel(pipe, true, { FORCE_COLOR: '9' }, 3)).toBe(3);
    expect(colourLevel(terminal, true, { FORCE_COLOR: '0' }, 3)).toBe(0);
    expect(colourLevel(terminal, true, { FORCE_COLOR: 'false' }, 3)).toBe(0);
  });
  it('NO_COLOR (when not empty) turns colour off on a terminal', () => {
    expect(colourLevel(terminal, true, { NO_COLOR: '1' }, 3)).toBe(0);
  });
  it('a pipe gets no colour; a terminal as many as its type can show', () => {
    expect(colourLevel(pipe, true, {}, 3)).toBe(0);
    expect(colourLevel(terminal, true, {}, 2)).toBe(2);
    expect(colourLevel(terminal, true, {}, 0)).toBe(0);
  });
});
