import { makeHandover } from '../../app/handover.js';
import { messages as m } from '../../messages/index.js';
import { checkOutputFile, writeOutputFile } from '../output-file.js';
import { visibleData } from '../output/visible.js';
import type { Rendered, Session } from '../session.js';

export async function run(session: Session, options: Record<string, unknown>, [acro]: string[]): Promise<Rendered> {
  const path = options.file as string;
  const force = options.force === true;
  await checkOutputFile(path, force);
  const handover = await makeHandover(await session.database('read'), acro!);
  const file = await writeOutputFile(path, handover.pdf, { force, mode: 0o600 });
  return {
    json: { ok: true, acro: handover.acro, file, pages: 1, bytes: handover.pdf.byteLength },
    text: `${m.documents.handoverWritten(visibleData(handover.acro), visibleData(file))}\n`,
  };
}
