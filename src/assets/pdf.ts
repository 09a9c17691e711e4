/**
 * Checks the size-instructions PDF with pdf.js, the reader browsers embed. pdf-lib cannot open an
 * encrypted PDF at all, while one encrypted with an empty user password opens for anyone and is fine.
 *
 * pdf.js runs in a worker thread: a hostile file cannot hang the tool (the worker is terminated after a
 * time limit), the main thread stays free for the spinner and Ctrl-C, and whatever pdf.js prints lands in
 * the worker's own stdout/stderr, which are discarded, so the CLI's stdout carries only its result.
 */
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { EcmError } from '../errors.js';
import { messages as m } from '../messages/index.js';

export const MAX_PDF_BYTES = 20 * 1024 * 1024;
const PDF_TIMEOUT_MS = 15_000;

const PDF_HEADER = Buffer.from('%PDF-');
/** Readers accept junk before the header as long as it starts within the first 1024 bytes. */
const PDF_HEADER_WINDOW = 1024;

type WorkerReply = { pages: number } | { failure: 'encrypted' | 'corrupt' };

/**
 * The worker's code, as a string evaluated by `new Worker(…, { eval: true })`: a separate worker file would
 * have to exist both beside the TypeScript source (under vitest) and beside the compiled output in dist/.
 * Plain JavaScript, because nothing compiles it; node's modules come from `process.getBuiltinModule`, which
 * works whether the worker evaluates it as a script or as a module (that depends on the flags node was
 * started with), and spares the worker its ES module loader.
 *
 * pdf.js is the build's one-script copy of pdfjs-dist (scripts/build-pdfjs.js), compiled with the V8 code
 * cache the build wrote beside it: that saves most of the compiling. A cache V8 refuses (another node, other
 * flags) or cannot read costs only that time: V8 compiles the script as if there were none.
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = process.getBuiltinModule('node:worker_threads');
const { readFileSync } = process.getBuiltinModule('node:fs');
const { Script } = process.getBuiltinModule('node:vm');
const cachedData = (() => {
  try {
    return readFileSync(workerData.codeCachePath);
  } catch {
    return undefined;
  }
})();
const script = new Script(readFileSync(workerData.scriptPath, 'utf8'), { filename: workerData.scriptPath, cachedData });
const { getDocument, WorkerMessageHandler } = script.runInThisContext()(workerData.pdfjsUrl);
// Found here, pdf.js parses in this thread instead of looking for a worker of its own.
globalThis.pdfjsWorker = { WorkerMessageHandler };
(async () => {
  const task = getDocument({ data: workerData.data, verbosity: 0, isEvalSupported: false });
  try {
    const document = await task.promise;
    // numPages is what the page tree claims; loading the first page proves the tree leads to one.
    if (document.numPages > 0) await document.getPage(1);
    parentPort.postMessage({ pages: document.numPages });
  } catch (error) {
    parentPort.postMessage({ failure: error?.name === 'PasswordException' ? 'encrypted' : 'corrupt' });
  } finally {
    await task.destroy();
  }
})();
`;

/**
 * Written by `npm run build`. Both src/assets/ and the bundle's dist/cli/ lie two levels below the package
 * root, so the same relative path finds it under vitest and from the built CLI.
 */
const PDFJS_SCRIPT = fileURLToPath(new URL('../../dist/pdfjs/pdfjs.js', import.meta.url));

export interface PdfFacts {
  pages: number;
}

export async function inspectPdf(
  content: Buffer,
  { path, field, timeoutMs = PDF_TIMEOUT_MS }: { path: string; field: string; timeoutMs?: number },
): Promise<PdfFacts> {
  const refuse = (code: string, message: string, cause?: unknown) => EcmError.one('input', code, message, field, cause);

  if (!content.subarray(0, PDF_HEADER_WINDOW).includes(PDF_HEADER)) throw refuse('not_a_pdf', m.file.notAPdf(path));

  const reply = await parseInWorker(content, timeoutMs);
  if (reply === 'timeout') throw refuse('pdf_timeout', m.file.pdfTimeout(path));
  if (reply === 'outOfMemory') throw refuse('pdf_corrupt', m.file.corruptPdf(path));
  if ('failure' in reply) {
    throw reply.failure === 'encrypted'
      ? refuse('pdf_encrypted', m.file.encryptedPdf(path))
      : refuse('pdf_corrupt', m.file.corruptPdf(path));
  }
  if (reply.pages === 0) throw refuse('pdf_no_pages', m.file.pdfWithoutPages(path));
  return { pages: reply.pages };
}

function parseInWorker(content: Buffer, timeoutMs: number): Promise<WorkerReply | 'timeout' | 'outOfMemory'> {
  const worker = new Worker(WORKER_SOURCE, {
    eval: true,
    workerData: {
      data: new Uint8Array(content),
      scriptPath: PDFJS_SCRIPT,
      codeCachePath: `${PDFJS_SCRIPT}.cache`,
      // pdf.js resolves its optional packages (@napi-rs/canvas) from where pdfjs-dist lies.
      pdfjsUrl: import.meta.resolve('pdfjs-dist/legacy/build/pdf.min.mjs'),
    },
    stdout: true,
    stderr: true,
  });
  worker.stdout.resume();
  worker.stderr.resume();

  return new Promise((resolve, reject) => {
    let settled = false;
    // The listeners stay attached: an 'error' event without a listener would be thrown.
    const finish = (settle: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      settle();
    };
    const timer = setTimeout(() => finish(() => resolve('timeout')), timeoutMs);
    worker.on('message', (reply: WorkerReply) => finish(() => resolve(reply)));
    worker.on('error', (error: NodeJS.ErrnoException) =>
      // A file built to exhaust memory is as unusable as a damaged one; any other failure is our bug.
      finish(() => (error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? resolve('outOfMemory') : reject(error))),
    );
    worker.on('exit', (code) =>
      finish(() => reject(new Error(`the PDF worker exited with code ${code} without an answer`))),
    );
  });
}
