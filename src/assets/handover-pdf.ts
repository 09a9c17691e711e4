/**
 * The handover page: one A4 page for the customer's contact person, made with pdf-lib (loaded only here).
 * pdf-lib's standard fonts encode WinAnsi only, so text is first brought into what the font can show.
 */
import type { PDFDocument, PDFFont, PDFImage } from 'pdf-lib';
import type { StoredFile } from '../db/ports.js';
import { messages as m } from '../messages/index.js';

export interface HandoverContent {
  supplier: string;
  customer: string;
  url: string;
  usernames: string[];
  logo: StoredFile | null;
  emailLogo: StoredFile | null;
  /** Only when the page is made together with the password, at create, add or reset. */
  temporaryPassword: { username: string; password: string; expiresAt: string } | null;
}

const A4: [number, number] = [595.28, 841.89];
const MARGIN = 56;
const LOGO_BOX = { width: 220, height: 70 };

export async function handoverPdf(content: HandoverContent): Promise<Uint8Array> {
  const { PDFDocument, StandardFonts, rgb } = await import('pdf-lib');
  const t = m.documents.handover;
  const pdf = await PDFDocument.create();
  // The document's title is stored as UTF-16, so it keeps every character.
  pdf.setTitle(t.title(content.customer));
  const page = pdf.addPage(A4);
  const regular = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  const mono = await pdf.embedFont(StandardFonts.Courier);
  const width = A4[0] - 2 * MARGIN;
  let y = A4[1] - MARGIN;

  const logos = [content.emailLogo, content.logo].filter((file): file is StoredFile => file !== null);
  let x = MARGIN;
  let logosHeight = 0;
  for (const file of logos) {
    const image = await embed(pdf, file);
    const { width: w, height: h } = image.scaleToFit(LOGO_BOX.width, LOGO_BOX.height);
    page.drawImage(image, { x, y: y - h, width: w, height: h });
    x += w + 24;
    logosHeight = Math.max(logosHeight, h);
  }
  if (logosHeight > 0) y -= logosHeight + 28;

  const write = (text: string, font: PDFFont, size: number, after = 6) => {
    for (const line of wrapped(fitted(text, font), font, size, width)) {
      y -= size;
      page.drawText(line, { x: MARGIN, y, size, font, color: rgb(0.12, 0.16, 0.2) });
      y -= size * 0.35;
    }
    y -= after;
  };

  write(t.title(content.customer), bold, 20, 4);
  write(t.from(content.supplier), regular, 11, 18);
  write(t.portalHeading, bold, 13);
  write(content.url, mono, 12, 6);
  write(t.signIn(content.url), regular, 11, 18);
  write(t.usernamesHeading, bold, 13);
  if (content.usernames.length === 0) write(t.noUsernames, regular, 11, 18);
  for (const username of content.usernames) write(username, mono, 12, 2);
  y -= 16;

  const secret = content.temporaryPassword;
  if (secret) {
    write(t.passwordHeading(secret.username), bold, 13);
    write(secret.password, mono, 14, 6);
    write(t.passwordExpires(new Date(secret.expiresAt)), regular, 11, 2);
    write(t.changeAtFirstLogin, regular, 11, 18);
    write(t.keepSafe, regular, 9, 0);
  }
  page.drawText(fitted(t.footer(content.supplier), regular), { x: MARGIN, y: MARGIN / 2, size: 8, font: regular });
  return pdf.save();
}

async function embed(pdf: PDFDocument, file: StoredFile): Promise<PDFImage> {
  return file.format === 'png' ? pdf.embedPng(file.content) : pdf.embedJpg(file.content);
}

/**
 * The text as the font can show it: Unicode spaces become spaces, a letter the font lacks becomes its base
 * letter where it has one (Ğ → G), anything else a question mark; never a throw halfway through the page.
 */
export function fitted(text: string, font: PDFFont): string {
  const known = new Set(font.getCharacterSet());
  const canShow = (char: string) => known.has(char.codePointAt(0)!);
  return Array.from(text.normalize('NFC'), (char) => {
    if (canShow(char)) return char;
    if (/\p{Zs}/u.test(char)) return ' ';
    const base = char.normalize('NFD').replace(/\p{M}/gu, '');
    return base !== '' && Array.from(base).every(canShow) ? base : '?';
  }).join('');
}

/** Words over lines no wider than `width`; a word longer than a line is cut. */
function wrapped(text: string, font: PDFFont, size: number, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    const candidate = line === '' ? word : `${line} ${word}`;
    if (font.widthOfTextAtSize(candidate, size) <= width) {
      line = candidate;
      continue;
    }
    if (line !== '') lines.push(line);
    line = word;
    while (font.widthOfTextAtSize(line, size) > width && line.length > 1) {
      let cut = line.length - 1;
      while (cut > 1 && font.widthOfTextAtSize(line.slice(0, cut), size) > width) cut--;
      lines.push(line.slice(0, cut));
      line = line.slice(cut);
    }
  }
  if (line !== '') lines.push(line);
  return lines;
}
