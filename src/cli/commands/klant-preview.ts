import { previewKlant } from '../../app/preview.js';
import { messages as m } from '../../messages/index.js';
import { checkOutputFile, writeOutputFile } from '../output-file.js';
import { visibleData } from '../output/visible.js';
import type { Rendered, Session } from '../session.js';

export async function run(session: Session, options: Record<string, unknown>, [acro]: string[]): Promise<Rendered> {
  const path = options.file as string;
  const force = options.force === true;
  await checkOutputFile(path, force);
  const { png, width, height, ...preview } = await previewKlant(await session.database('read'), acro!);
  const file = await writeOutputFile(path, png, { force, mode: 0o644 });
  return {
    json: { ok: true, acro: preview.acro, file, width, height },
    text: `${m.documents.previewWritten(visibleData(preview.acro), visibleData(file), width, height)}\n`,
  };
}
