/**
 * Paths for the three upload fields: real files that pass (so some cases get through to the create), damaged
 * ones from the corpus, and what is no file at all. A device or folder named with a logo's extension gets
 * past the extension rule to the file checks, which is where `/dev/zero` could hang the tool.
 */
import { mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import fc from 'fast-check';
import { CORPUS, FILES, ROOT } from '../support/paths.js';

/** A scratch folder with the odd things, to be removed by the caller. */
export interface OddPlaces {
  dir: string;
  remove(): void;
}

export function makeOddPlaces(): OddPlaces {
  const dir = mkdtempSync(join(tmpdir(), 'ecm-fuzz-'));
  symlinkSync('/dev/zero', join(dir, 'zero.png'));
  symlinkSync('/dev/zero', join(dir, 'zero.pdf'));
  symlinkSync('/dev/null', join(dir, 'null.jpg'));
  symlinkSync(join(dir, 'nowhere.png'), join(dir, 'dangling.png'));
  mkdirSync(join(dir, 'folder.png'));
  writeFileSync(join(dir, 'empty.png'), '');
  writeFileSync(join(dir, 'text.pdf'), 'not a pdf at all\n');
  writeFileSync(join(dir, 'text.png'), 'not an image\n');
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

const listed = (folder: string, ext: string) =>
  readdirSync(folder)
    .filter((name) => name.endsWith(ext))
    .sort()
    .map((name) => join(folder, name));

const PNGSUITE = listed(join(CORPUS, 'pngsuite'), '.png');
const QPDF = listed(join(CORPUS, 'qpdf'), '.pdf');

function oddPaths(dir: string, ext: string): string[] {
  return [
    '/tmp',
    '/dev/zero',
    '/dev/null',
    `/dev/zero${ext}`,
    join(dir, 'zero.png'),
    join(dir, 'zero.pdf'),
    join(dir, 'null.jpg'),
    join(dir, 'dangling.png'),
    join(dir, 'folder.png'),
    join(dir, 'empty.png'),
    join(dir, 'text.pdf'),
    join(dir, 'text.png'),
    join(dir, `missing${ext}`),
    `missing/folder/logo${ext}`,
    `${join(FILES, 'logo.jpg')}/inside${ext}`,
  ];
}

/** `good` only: files that pass, as plausible forms name them. */
export type FileChoice = 'good' | 'any';

export function imagePath(places: OddPlaces, choice: FileChoice): fc.Arbitrary<string> {
  const good = ['email-logo.png', 'email-logo-large.png', 'portal-logo.png', 'logo.jpg'].map((f) => join(FILES, f));
  if (choice === 'good') return fc.constantFrom(...good, ...good.map((p) => relative(ROOT, p)));
  return fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...good, ...good.map((p) => relative(ROOT, p))) },
    { weight: 2, arbitrary: fc.constantFrom(...PNGSUITE) },
    { weight: 2, arbitrary: fc.constantFrom(...oddPaths(places.dir, '.png'), join(FILES, 'maattabel.pdf')) },
  );
}

export function pdfPath(places: OddPlaces, choice: FileChoice): fc.Arbitrary<string> {
  const good = [join(FILES, 'maattabel.pdf'), relative(ROOT, join(FILES, 'maattabel.pdf'))];
  if (choice === 'good') return fc.constantFrom(...good, join(CORPUS, 'qpdf', 'minimal.pdf'));
  return fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...good, join(CORPUS, 'qpdf', 'minimal.pdf')) },
    { weight: 2, arbitrary: fc.constantFrom(...QPDF, join(FILES, 'password-protected.pdf')) },
    { weight: 2, arbitrary: fc.constantFrom(...oddPaths(places.dir, '.pdf'), join(FILES, 'logo.jpg')) },
  );
}
