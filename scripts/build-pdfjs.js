// Part of `npm run build`: pdf.js for the PDF worker (src/assets/pdf.ts) as one classic script with a V8 code
// cache beside it. Compiling pdf.js's 1.6 MB of minified builds was most of a full create's wait; with the
// cache, V8 takes the compiled functions from the file instead. Node 20 caches code only for scripts
// (`vm.Script`'s `cachedData`), not for ES modules, hence the one script instead of pdfjs-dist's two modules.
import { readFileSync, writeFileSync } from 'node:fs';
import { Script } from 'node:vm';
import { build } from 'esbuild';

// PDFs the build reads once before the cache is written, so that it holds the functions reading a PDF needs
// (V8 compiles most functions only when first called): a plain one, and one encrypted without a user password.
const WARM_UP_PDFS = ['fixtures/files/maattabel.pdf', 'test/corpus/qpdf/V4.pdf'];

/** Writes dist/pdfjs/pdfjs.js and its cache, pdfjs.js.cache: the paths src/assets/pdf.ts reads. */
export async function buildPdfjs(root) {
  const scriptPath = `${root}dist/pdfjs/pdfjs.js`;
  await build({
    absWorkingDir: root,
    stdin: {
      contents: `export { getDocument } from 'pdfjs-dist/legacy/build/pdf.min.mjs';
                 export { WorkerMessageHandler } from 'pdfjs-dist/legacy/build/pdf.worker.min.mjs';`,
      resolveDir: root,
      sourcefile: 'pdfjs-for-the-worker.js',
    },
    outfile: scriptPath,
    bundle: true,
    format: 'iife',
    globalName: 'pdfjs',
    platform: 'node',
    target: 'node20.16',
    minifyWhitespace: true,
    minifySyntax: true,
    // The script is one function expression, called with the URL of pdfjs-dist's own build: pdf.js resolves
    // its optional packages (@napi-rs/canvas) from import.meta.url, which a classic script does not have.
    define: { 'import.meta.url': 'pdfjsUrl' },
    banner: { js: '(function (pdfjsUrl) {' },
    footer: { js: 'return pdfjs;\n})' },
    logLevel: 'warning',
  });

  const script = new Script(readFileSync(scriptPath, 'utf8'), { filename: scriptPath });
  const pdfjsUrl = import.meta.resolve('pdfjs-dist/legacy/build/pdf.min.mjs');
  const { getDocument, WorkerMessageHandler } = script.runInThisContext()(pdfjsUrl);
  globalThis.pdfjsWorker = { WorkerMessageHandler };
  for (const pdf of WARM_UP_PDFS) {
    const task = getDocument({
      data: new Uint8Array(readFileSync(`${root}${pdf}`)),
      verbosity: 0,
      isEvalSupported: false,
    });
    const document = await task.promise;
    await document.getPage(1);
    await task.destroy();
  }
  writeFileSync(`${scriptPath}.cache`, script.createCachedData());
}
