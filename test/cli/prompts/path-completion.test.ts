/** Tab completion of paths, on a real temporary folder. */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { completePath } from '../../../src/cli/prompts/path-completion.js';

/**
 * logos/ (kpn-logo.png, kpn-mail.png, ns.jpg), maattabel.pdf, maat.txt, .hidden.png, .config/, a link
 * `linked` to logos/, and a home folder with `documents/`.
 */
const root = mkdtempSync(join(tmpdir(), 'ecm-completion-'));
const cwd = join(root, 'work');
const home = join(root, 'home');
mkdirSync(join(cwd, 'logos'), { recursive: true });
mkdirSync(join(cwd, '.config'));
mkdirSync(join(home, 'documents'), { recursive: true });
for (const file of ['logos/kpn-logo.png', 'logos/kpn-mail.png', 'logos/ns.jpg', 'maattabel.pdf', 'maat.txt'])
  writeFileSync(join(cwd, file), 'x');
writeFileSync(join(cwd, '.hidden.png'), 'x');
symlinkSync(join(cwd, 'logos'), join(cwd, 'linked'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const complete = (typed: string) => completePath(typed, cwd, home);

describe('completePath', () => {
  it('completes a folder with a trailing slash, and a unique file to its whole name', async () => {
    expect(await complete('lo')).toEqual({ line: 'logos/', candidates: [] });
    expect(await complete('logos/n')).toEqual({ line: 'logos/ns.jpg', candidates: [] });
  });

  it('completes several matches to what they share, and lists them when nothing more can be added', async () => {
    expect(await complete('logos/k')).toEqual({ line: 'logos/kpn-', candidates: ['kpn-logo.png', 'kpn-mail.png'] });
    expect(await complete('ma')).toEqual({ line: 'maat', candidates: ['maat.txt', 'maattabel.pdf'] });
    expect(await complete('maat')).toEqual({ line: 'maat', candidates: ['maat.txt', 'maattabel.pdf'] });
  });

  it('lists every visible entry for an empty line, folders with their slash', async () => {
    expect(await complete('')).toEqual({
      line: '',
      candidates: ['linked/', 'logos/', 'maat.txt', 'maattabel.pdf'],
    });
  });

  it('offers hidden entries only to a name typed with its dot', async () => {
    expect((await complete('')).candidates).not.toContain('.hidden.png');
    expect(await complete('.h')).toEqual({ line: '.hidden.png', candidates: [] });
    expect(await complete('.')).toEqual({ line: '.', candidates: ['.config/', '.hidden.png'] });
  });

  it('follows a link to a folder as a folder', async () => {
    expect(await complete('lin')).toEqual({ line: 'linked/', candidates: [] });
    expect(await complete('linked/ns')).toEqual({ line: 'linked/ns.jpg', candidates: [] });
  });

  it('completes absolute paths and paths from the home folder', async () => {
    expect(await complete(`${cwd}/logos/n`)).toEqual({ line: `${cwd}/logos/ns.jpg`, candidates: [] });
    expect(await complete('~')).toEqual({ line: '~/', candidates: [] });
    expect(await complete('~/doc')).toEqual({ line: '~/documents/', candidates: [] });
  });

  it('leaves the line as it is when nothing matches or the folder cannot be read', async () => {
    expect(await complete('logos/x')).toEqual({ line: 'logos/x', candidates: [] });
    expect(await complete('missing/a')).toEqual({ line: 'missing/a', candidates: [] });
    expect(await complete('maat.txt/a')).toEqual({ line: 'maat.txt/a', candidates: [] });
  });

  it('never ends a shared prefix in half a character', async () => {
    const folder = join(cwd, 'emoji');
    mkdirSync(folder);
    // Two emoji that share their first UTF-16 unit (the high surrogate), not their first character.
    writeFileSync(join(folder, 'a\u{1F600}.png'), 'x');
    writeFileSync(join(folder, 'a\u{1F601}.png'), 'x');
    expect((await complete('emoji/a')).line).toBe('emoji/a');
  });
});
