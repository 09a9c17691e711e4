import { join } from 'node:path';
import { expect, it, vi } from 'vitest';
import * as image from '../../src/assets/image.js';
import { checkImport } from '../../src/app/check-import.js';
import { FILES } from '../support/paths.js';
import { supplierDatabase } from '../support/database.js';

vi.mock('../../src/assets/image.js', async (original) => {
  const real = await original<typeof image>();
  return { ...real, inspectImage: vi.fn(real.inspectImage), scaleLogo: vi.fn(real.scaleLogo) };
});

it('inspects and scales a logo named by many records once', async () => {
  const { db } = await supplierDatabase('sqlite');
  const logo = join(FILES, 'portal-logo.png');
  const raws = Array.from({ length: 20 }, (_, i) => ({ company: { acro: `L${i}`, name: 'x' }, portal: { logo } }));
  await checkImport(db.read, raws, process.cwd(), { skipExisting: false });
  expect(vi.mocked(image.inspectImage)).toHaveBeenCalledTimes(1);
  expect(vi.mocked(image.scaleLogo)).toHaveBeenCalledTimes(1);
});
