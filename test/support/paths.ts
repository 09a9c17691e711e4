import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const FIXTURES = join(ROOT, 'fixtures');
export const FILES = join(FIXTURES, 'files');
/** CI lays shared/ beside the clone, as it is beside the working copy. */
export const CORPUS = join(ROOT, '..', 'shared', 'corpus');
