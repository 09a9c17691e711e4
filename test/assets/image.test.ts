import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { crc32 } from 'node:zlib';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { emailLogoWarning, inspectImage, scaleLogo } from '../../src/assets/image.js';
import { inspectUploads } from '../../src/assets/inspect-uploads.js';
import { FIXTURES, inputProblems, scratchDir } from './helpers.js';

const dir = scratchDir();
const field = 'portal.logo';

const png = (width: number, height: number) =>
  sharp({ create: { width, height, channels: 3, background: '#1f4e79' } })
    .png()
    .toBuffer();

/** A real PNG of one pixel whose header claims another size: tiny on disk, gigabytes once decoded. */
async function pngClaiming(width: number, height: number): Promise<Buffer> {
  const bytes = Buffer.from(await png(1, 1));
  // IHDR: length at 8, type at 12, width at 16, height at 20, CRC over type and data at 29.
  bytes.writeUInt32BE(width, 16);
  bytes.writeUInt32BE(height, 20);
  bytes.writeUInt32BE(crc32(bytes.subarray(12, 29)), 29);
  return bytes;
}

describe('inspectImage', () => {
  it('reads format and size of the fixtures', async () => {
    const facts = (name: string) => inspectImage(readFileSync(join(FIXTURES, name)), { path: name, field });
    expect(await facts('email-logo.png')).toEqual({ format: 'png', width: 600, height: 100 });
    expect(await facts('email-logo-large.png')).toEqual({ format: 'png', width: 1200, height: 200 });
    expect(await facts('portal-logo.png')).toEqual({ format: 'png', width: 400, height: 300 });
    expect(await facts('logo.jpg')).toEqual({ format: 'jpeg', width: 340, height: 80 });
  });

  it('takes the format from the content: a JPEG named .png is a JPEG', async () => {
    const path = join(dir, 'really-a-jpeg.png');
    copyFileSync(join(FIXTURES, 'logo.jpg'), path);
    const { files } = await inspectUploads({ emailLogo: null, sizeInstructions: null, logo: path });
    expect(files[0]).toMatchObject({ kind: 'logo', format: 'jpeg', width: 340, height: 80 });
  });

  it('refuses a text file named .png', async () => {
    const path = join(dir, 'notes.png');
    writeFileSync(path, 'this is not a picture\n');
    expect(await inputProblems(inspectUploads({ emailLogo: null, sizeInstructions: null, logo: path }))).toEqual([
      {
        field,
        code: 'not_an_image',
        message: `${path} is not a PNG or JPEG image (judged by its content, not its name)`,
      },
    ]);
  });

  it('refuses a decompression bomb by its header, without decoding it', async () => {
    const bomb = await pngClaiming(50_000, 50_000);
    expect(bomb.length).toBeLessThan(100);
    // The pixel data holds one pixel, so a decode would have reported the file as damaged instead.
    expect(await inputProblems(inspectImage(bomb, { path: 'bomb.png', field }))).toEqual([
      { field, code: 'image_too_many_pixels', message: 'bomb.png has 2500.0 megapixels; at most 40 are allowed' },
    ]);
  });

  it('lets an image of exactly 40 megapixels past the pixel limit', async () => {
    const problems = await inputProblems(inspectImage(await pngClaiming(8000, 5000), { path: 'edge.png', field }));
    expect(problems.map((p) => p.code)).toEqual(['image_corrupt']);
  });

  it('refuses a PNG whose pixel data is cut short although its header is fine', async () => {
    const whole = await png(300, 200);
    const cut = whole.subarray(0, Math.floor(whole.length * 0.9));
    expect((await inputProblems(inspectImage(cut, { path: 'cut.png', field })))[0]?.code).toBe('image_corrupt');
  });

  it('refuses a truncated JPEG', async () => {
    const whole = readFileSync(join(FIXTURES, 'logo.jpg'));
    const cut = whole.subarray(0, Math.floor(whole.length * 0.9));
    expect((await inputProblems(inspectImage(cut, { path: 'cut.jpg', field })))[0]?.code).toBe('image_corrupt');
  });
});

describe('scaleLogo', () => {
  it('scales a taller logo down to 90 px high, keeping its proportions', async () => {
    const scaled = await scaleLogo(readFileSync(join(FIXTURES, 'portal-logo.png')), 'png');
    expect({ width: scaled.width, height: scaled.height }).toEqual({ width: 120, height: 90 });
    expect(await sharp(scaled.content).metadata()).toMatchObject({ format: 'png', width: 120, height: 90 });
  });

  it('keeps a JPEG a JPEG', async () => {
    const tall = await sharp({ create: { width: 300, height: 200, channels: 3, background: '#7a1f1f' } })
      .jpeg()
      .toBuffer();
    const scaled = await scaleLogo(tall, 'jpeg');
    expect(await sharp(scaled.content).metadata()).toMatchObject({ format: 'jpeg', width: 135, height: 90 });
  });

  it('scales a JPEG as it is shown, after its EXIF rotation', async () => {
    const rotated = await sharp({ create: { width: 200, height: 80, channels: 3, background: '#7a1f1f' } })
      .jpeg()
      .withMetadata({ orientation: 6 })
      .toBuffer();
    const scaled = await scaleLogo(rotated, 'jpeg');
    expect({ width: scaled.width, height: scaled.height }).toEqual({ width: 36, height: 90 });
  });

  it('returns a logo that already fits unchanged, byte for byte', async () => {
    const fits = await png(200, 80);
    const result = await scaleLogo(fits, 'png');
    expect(result.content).toBe(fits);
    expect({ width: result.width, height: result.height }).toEqual({ width: 200, height: 80 });
  });

  it('leaves a logo of exactly 90 px high alone', async () => {
    const fits = await png(150, 90);
    expect((await scaleLogo(fits, 'png')).content).toBe(fits);
  });
});

describe('emailLogoWarning', () => {
  it('warns when wider than 600 or higher than 100 px', () => {
    expect(emailLogoWarning(601, 100)).toEqual({
      code: 'email_logo_too_large',
      message: 'the e-mail logo is 601×100 px; at most 600×100 px is recommended, or e-mails may show it oversized',
    });
    expect(emailLogoWarning(600, 101)?.code).toBe('email_logo_too_large');
  });

  it('says nothing up to 600×100 px', () => {
    expect(emailLogoWarning(600, 100)).toBeNull();
    expect(emailLogoWarning(1, 1)).toBeNull();
  });
});
