/**
 * Checks and scales the logos. sharp is loaded only when an image is actually looked at, so commands that
 * never touch one (and `ecm --help`) do not pay for loading libvips.
 */
import { EcmError } from '../errors.js';
import { messages as m } from '../messages/index.js';
import { loadSharp } from './load-sharp.js';

export type ImageFormat = 'png' | 'jpeg';

export const MAX_IMAGE_BYTES = 10 * 1024 * 1024;
export const MAX_IMAGE_PIXELS = 40_000_000;
const PORTAL_LOGO_MAX_HEIGHT = 90;
const EMAIL_LOGO_MAX_WIDTH = 600;
const EMAIL_LOGO_MAX_HEIGHT = 100;

export interface ImageFacts {
  format: ImageFormat;
  /** As the image is shown, i.e. after the EXIF orientation of a JPEG is applied. */
  width: number;
  height: number;
}

export interface FileWarning {
  code: string;
  message: string;
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const JPEG_SIGNATURE = Buffer.from([0xff, 0xd8, 0xff]);

/**
 * The format is the content's, whatever the name says: a JPEG saved as `logo.png` is an ordinary JPEG, and
 * it is stored and reported as one.
 */
function sniffFormat(content: Buffer): ImageFormat | null {
  if (content.subarray(0, PNG_SIGNATURE.length).equals(PNG_SIGNATURE)) return 'png';
  if (content.subarray(0, JPEG_SIGNATURE.length).equals(JPEG_SIGNATURE)) return 'jpeg';
  return null;
}

export async function inspectImage(
  content: Buffer,
  { path, field }: { path: string; field: string },
): Promise<ImageFacts> {
  const refuse = (code: string, message: string, cause?: unknown) => EcmError.one('input', code, message, field, cause);

  const format = sniffFormat(content);
  if (!format) throw refuse('not_an_image', m.file.notAnImage(path));

  let size: { width: number; height: number };
  try {
    size = await orientedSize(content);
  } catch (error) {
    throw refuse('image_corrupt', m.file.corruptImage(path), error);
  }
  // Judged from the header alone, so a small file that would decode to gigabytes is never decoded.
  const pixels = size.width * size.height;
  if (pixels > MAX_IMAGE_PIXELS) {
    throw refuse('image_too_many_pixels', m.file.tooManyPixels(path, pixels / 1e6, MAX_IMAGE_PIXELS / 1e6));
  }

  // The header can be fine while the pixel data is not (bad CRC, truncated or missing data): only a full
  // decode finds out. failOn 'error' is the mildest setting that refuses all 14 broken PngSuite files
  // ('truncated' lets xcsn0g01 and xhdn0g08 through) and it accepts all 161 good ones; 'warning' does the
  // same on the corpus but would refuse any file libvips merely warns about, which browsers still show.
  // One channel is enough to push every row through the decoder, at a fraction of the memory.
  const sharp = loadSharp();
  try {
    await sharp(content, { failOn: 'error', limitInputPixels: MAX_IMAGE_PIXELS }).extractChannel(0).raw().toBuffer();
  } catch (error) {
    throw refuse('image_corrupt', m.file.corruptImage(path), error);
  }
  return { format, ...size };
}

export interface ScaledImage {
  content: Buffer;
  width: number;
  height: number;
}

/** The portal shows the logo at most 90 px high; a taller one is scaled down keeping its proportions. */
export async function scaleLogo(content: Buffer, format: ImageFormat): Promise<ScaledImage> {
  const size = await orientedSize(content);
  if (size.height <= PORTAL_LOGO_MAX_HEIGHT) return { content, ...size };

  const sharp = loadSharp();
  const pipeline = sharp(content, { failOn: 'error', limitInputPixels: MAX_IMAGE_PIXELS })
    .autoOrient()
    .resize({ height: PORTAL_LOGO_MAX_HEIGHT });
  const encoded = format === 'png' ? pipeline.png() : pipeline.jpeg({ quality: 90 });
  const { data, info } = await encoded.toBuffer({ resolveWithObject: true });
  return { content: data, width: info.width, height: info.height };
}

export function emailLogoWarning(width: number, height: number): FileWarning | null {
  if (width <= EMAIL_LOGO_MAX_WIDTH && height <= EMAIL_LOGO_MAX_HEIGHT) return null;
  return { code: 'email_logo_too_large', message: m.file.emailLogoTooLarge(width, height) };
}

/** Reads the header only. */
async function orientedSize(content: Buffer): Promise<{ width: number; height: number }> {
  const sharp = loadSharp();
  // sharp's own pixel limit would refuse a huge header as if it were damaged; the caller judges the size.
  const { autoOrient } = await sharp(content, { limitInputPixels: false }).metadata();
  return { width: autoOrient.width, height: autoOrient.height };
}
