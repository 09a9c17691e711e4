/** A PDF read back as a person would see it: its pages' sizes, its text, and the images drawn on each page. */
import { readFileSync } from 'node:fs';
import { PDFDocument, PDFName, PDFDict } from 'pdf-lib';

export interface PdfReadBack {
  pages: { width: number; height: number; images: number }[];
  text: string;
}

export async function readPdf(file: string): Promise<PdfReadBack> {
  const bytes = new Uint8Array(readFileSync(file));
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const document = await getDocument({ data: bytes.slice(), verbosity: 0, isEvalSupported: false }).promise;
  const texts: string[] = [];
  for (let n = 1; n <= document.numPages; n++) {
    const content = await (await document.getPage(n)).getTextContent();
    texts.push(content.items.map((item) => ('str' in item ? item.str : '')).join('\n'));
  }
  await document.destroy();

  const pdf = await PDFDocument.load(bytes);
  const pages = pdf.getPages().map((page) => {
    const xObjects = page.node.Resources()?.lookupMaybe(PDFName.of('XObject'), PDFDict);
    const images = (xObjects?.values() ?? []).filter((ref) => {
      const object = pdf.context.lookup(ref);
      return (
        object !== undefined &&
        'dict' in object &&
        String((object.dict as PDFDict).get(PDFName.of('Subtype'))) === '/Image'
      );
    }).length;
    return { ...page.getSize(), images };
  });
  return { pages, text: texts.join('\n') };
}
