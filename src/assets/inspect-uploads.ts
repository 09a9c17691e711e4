/**
 * The one entry point provisioning uses: reads and checks the three optional files of the form at once, and
 * reports every problem of every file together, so the operator fixes them in one round.
 */
import { createHash } from 'node:crypto';
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
 * A file checked at its question is checked again before anything is written; decoding it twice is the
 * slow part, so the verdict on the same bytes at the same path is kept for the life of the process.
 */
const verdicts = new Map<string, Promise<unknown>>();

function remembered<T>(path: string, content: Buffer, check: () => Promise<T>): Promise<T> {
  const key = `${path}\0${createHash('sha256').update(content).digest('hex')}`;
  if (!verdicts.has(key)) verdicts.set(key, check());
  return verdicts.get(key) as Promise<T>;
}

async function checkEmailLogo(path: string): Promise<Checked> {
  const field = UPLOAD_FIELDS.emailLogo;
  const content = await readUpload(path, { field, maxBytes: MAX_IMAGE_BYTES });
  const { format, width, height } = await remembered(path, content, () => inspectImage(content, { path, field }));
  return {
    file: stored('emailLogo', content, { format, width, height, pages: null }),
    warning: emailLogoWarning(width, height),
  };
}

async function checkPortalLogo(path: string): Promise<Checked> {
  const field = UPLOAD_FIELDS.logo;
  const original = await readUpload(path, { field, maxBytes: MAX_IMAGE_BYTES });
  const { format } = await remembered(path, original, () => inspectImage(original, { path, field }));
  const { content, width, height } = await scaleLogo(original, format);
  return { file: stored('logo', content, { format, width, height, pages: null }), warning: null };
}

async function checkSizeInstructions(path: string): Promise<Checked> {
  const field = UPLOAD_FIELDS.sizeInstructions;
  const content = await readUpload(path, { field, maxBytes: MAX_PDF_BYTES });
  const { pages } = await remembered(path, content, () => inspectPdf(content, { path, field }));
  return {
    file: stored('sizeInstructions', content, { format: 'pdf', width: null, height: null, pages }),
    warning: null,
  };
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
