/**
 * Draws the branding preview: the portal header (the portal logo at its stored size and the customer's name on
 * the template's colours) above the e-mail header (the e-mail logo on white, 600 px wide). sharp is loaded
 * only here, so other commands do not pay for libvips.
 */
import type { Branding } from '../db/ports.js';
import { loadSharp } from './load-sharp.js';

const EMAIL_WIDTH = 600;
const PADDING = 16;
const GAP = 24;
const NAME_SIZE = 22;
const PAGE_BACKGROUND = '#e5e7eb';

export interface Preview {
  png: Buffer;
  width: number;
  height: number;
}

export async function drawBrandingPreview(name: string, branding: Branding): Promise<Preview> {
  const sharp = loadSharp();
  const logo = branding.logo;
  // Stored width and height are as the logo is shown, after a JPEG's EXIF orientation; composite ignores it.
  const portalLogo = logo ? await sharp(logo.content).rotate().png().toBuffer() : null;
  const logoWidth = logo?.width ?? 0;
  const logoHeight = logo?.height ?? 0;
  const portalHeight = Math.max(logoHeight, NAME_SIZE * 2) + 2 * PADDING;
  const width = Math.max(EMAIL_WIDTH, logoWidth + 2 * PADDING);

  // The e-mail logo as the mail shows it: never wider than the mail.
  const emailLogo = branding.emailLogo
    ? await sharp(branding.emailLogo.content)
        .rotate()
        .resize({ width: EMAIL_WIDTH - 2 * PADDING, fit: 'inside', withoutEnlargement: true })
        .png()
        .toBuffer({ resolveWithObject: true })
    : null;
  const emailHeight = (emailLogo?.info.height ?? NAME_SIZE) + 2 * PADDING;
  const emailTop = portalHeight + GAP;
  const height = emailTop + emailHeight;

  const nameX = logo ? logoWidth + 2 * PADDING : PADDING;
  const background = Buffer.from(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">` +
      `<rect width="${width}" height="${height}" fill="${PAGE_BACKGROUND}"/>` +
      `<rect width="${width}" height="${portalHeight}" fill="${branding.headerBackground}"/>` +
      `<text x="${nameX}" y="${portalHeight / 2 + NAME_SIZE / 3}" font-family="sans-serif" font-size="${NAME_SIZE}" ` +
      `fill="${branding.headerText}">${escapeXml(name)}</text>` +
      `<rect x="0" y="${emailTop}" width="${EMAIL_WIDTH}" height="${emailHeight}" fill="#ffffff"/>` +
      `</svg>`,
  );
  const layers = [
    ...(portalLogo ? [{ input: portalLogo, left: PADDING, top: PADDING }] : []),
    ...(emailLogo ? [{ input: emailLogo.data, left: PADDING, top: emailTop + PADDING }] : []),
  ];
  const png = await sharp(background).composite(layers).png().toBuffer();
  return { png, width, height };
}

function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
