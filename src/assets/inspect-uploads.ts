/**
 * The one entry point provisioning uses: reads and checks the three optional files of the form at once, and
 * reports every problem of every file together, so the operator fixes them in one round.
 */
import { createHash } from 'node:crypto';
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { allInputChecks } from '../errors.js';
import type { FileKind, StoredFile } from '../db/ports.js';
import { emailLogoWarning, inspectImage, MAX_IMAGE_BYTES, scaleLogo, type FileWarning } from './image.js';
import { inspectPdf, MAX_PDF_BYTES } from './pdf.js';
import { readUpload } from './read-upload.js';

export { MAX_IMAGE_BYTES, MAX_IMAGE_PIXELS } from './image.js';
export { MAX_PDF_BYTES } from './pdf.js';

export interface UploadPaths {
  emailLogo: string | null;
  sizeInstructions: string | null;
  logo: string | null;
}

export interface InspectedUploads {
  /** Only the files that were given, each as it is to be stored. */
  files: StoredFile[];
  warnings: FileWarning[];
}

const UPLOAD_FIELDS = {
  emailLogo: 'company.emailLogo',
  sizeInstructions: 'company.sizeInstructions',
  logo: 'portal.logo',
} as const satisfies Record<FileKind, string>;

interface Checked {
  file: StoredFile;
  warning: FileWarning | null;
}

export async function inspectUploads(paths: UploadPaths): Promise<InspectedUploads> {
  const outcomes = await allInputChecks([
    paths.emailLogo === null ? Promise.resolve(null) : checkEmailLogo(paths.emailLogo),
    paths.sizeInstructions === null ? Promise.resolve(null) : checkSizeInstructions(paths.sizeInstructions),
    paths.logo === null ? Promise.resolve(null) : checkPortalLogo(paths.logo),
  ]);
  const checked = outcomes.filter((outcome) => outcome !== null);
  return {
    files: checked.map((c) => c.file),
    warnings: checked.flatMap((c) => (c.warning ? [c.warning] : [])),
  };
}

/**
 * A file is checked at its question and again before anything is written, and an import may name one logo in
 * every record; decoding and scaling are the slow part, so the file as it is to be stored is kept for the life
 * of the process, per kind, while the file on disk keeps its size and times.
 */
const prepared = new Map<string, Promise<Checked>>();

async function once(kind: FileKind, path: string, prepare: () => Promise<Checked>): Promise<Checked> {
  const key = identity(kind, path);
  // What cannot be measured here is refused by the reading, with its own words.
  if (key === null) return prepare();
  if (!prepared.has(key)) prepared.set(key, prepare());
  return prepared.get(key)!;
}

function identity(kind: FileKind, path: string): string | null {
  try {
    const s = statSync(path, { bigint: true });
    return s.isFile() ? [kind, resolve(path), s.size, s.mtimeNs, s.ctimeNs].join('\0') : null;
  } catch {
    return null;
  }
}

function checkEmailLogo(path: string): Promise<Checked> {
  return once('emailLogo', path, async () => {
    const field = UPLOAD_FIELDS.emailLogo;
    const content = await readUpload(path, { field, maxBytes: MAX_IMAGE_BYTES });
    const { format, width, height } = await inspectImage(content, { path, field });
    return {
      file: stored('emailLogo', content, { format, width, height, pages: null }),
      warning: emailLogoWarning(width, height),
    };
  });
}

function checkPortalLogo(path: string): Promise<Checked> {
  return once('logo', path, async () => {
    const field = UPLOAD_FIELDS.logo;
    const original = await readUpload(path, { field, maxBytes: MAX_IMAGE_BYTES });
    const { format } = await inspectImage(original, { path, field });
    const { content, width, height } = await scaleLogo(original, format);
    return { file: stored('logo', content, { format, width, height, pages: null }), warning: null };
  });
}

function checkSizeInstructions(path: string): Promise<Checked> {
  return once('sizeInstructions', path, async () => {
    const field = UPLOAD_FIELDS.sizeInstructions;
    const content = await readUpload(path, { field, maxBytes: MAX_PDF_BYTES });
    const { pages } = await inspectPdf(content, { path, field });
    return {
      file: stored('sizeInstructions', content, { format: 'pdf', width: null, height: null, pages }),
      warning: null,
    };
  });
}

function stored(
  kind: FileKind,
  content: Buffer,
  facts: Pick<StoredFile, 'format' | 'width' | 'height' | 'pages'>,
): StoredFile {
  return {
    kind,
    ...facts,
    bytes: content.length,
    sha256: createHash('sha256').update(content).digest('hex'),
    content,
  };
}
