import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const FIXTURES = join(ROOT, 'fixtures');
export const FILES = join(FIXTURES, 'files');
/** Files made by other projects (PngSuite, qpdf's test PDFs), kept in the repository with their licences. */
export const CORPUS = join(ROOT, 'test', 'corpus');
