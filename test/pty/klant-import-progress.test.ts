/**
 * The progress of `ecm klant import` as a person sees it in a terminal: one bar redrawn in place with done /
 * total, the rate and the time left while it runs, ending on a line of its own before the result table; and
 * with `--output json` no bar at all, so the terminal holds the one JSON document. Needs `npm run build`.
 */
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ecmInTerminal, supplierDatabase } from './support/ecm.js';

/** Enough records to see the bar part-way on a slow machine. */
const TOTAL = 400;

async function withImportFile(records: number): Promise<{ db: string; file: string }> {
  const db = await supplierDatabase();
  const file = join(dirname(db), 'klanten.ndjson');
  const forms = Array.from({ length: records }, (_, i) => ({ company: { acro: `K${i}`, name: `Klant ${i}` } }));
  writeFileSync(file, forms.map((f) => JSON.stringify(f)).join('\n'));
  return { db, file };
}

/** The bar as drawn: `[#####     ] 120/400  85.3/s  4s left`. */
const BAR = new RegExp(`\\[(#*) *\\] (\\d+)/${TOTAL} {2}(\\d+\\.\\d)/s {2}(\\d+s|\\?) left`);

describe('ecm klant import in a terminal', () => {
  it('shows done/total, rate and time left while it runs, redrawn in place, and ends on a line of its own', async () => {
    const { db, file } = await withImportFile(TOTAL);
    const s = ecmInTerminal(db, ['klant', 'import', file]);

    const running = new RegExp(BAR.source.replace('(\\d+)/', '([1-9]\\d?|[1-3]\\d\\d)/'));
    const [, hashes, done, rate, left] = await s.waitFor(running);
    expect(Number(done)).toBeLessThan(TOTAL);
    expect(Number(rate)).toBeGreaterThan(0);
    expect(left).toMatch(/^\d+s$/);
    expect(hashes!.length).toBe(Math.round((Number(done) / TOTAL) * 20));

    // The result table comes after the bar's last drawing.
    expect(await s.endedShowing(/^acro\s+status\s+url$/m)).toEqual({ code: 0, signal: 0 });
    const lines = s.history().split('\n');
    const bars = lines.filter((line) => BAR.test(line));
    expect(bars).toHaveLength(1);
    const [, full, last, , leftAtEnd] = BAR.exec(bars[0]!)!;
    expect([full!.length, Number(last), leftAtEnd]).toEqual([20, TOTAL, '0s']);
    const after = lines.slice(lines.indexOf(bars[0]!) + 1);
    expect(after[0]).toMatch(/^acro\s+status\s+url$/);
    expect(s.raw()).toMatch(new RegExp(`${TOTAL}/${TOTAL} .* 0s left\u001b\\[K\r\n`));
  });

  it('with --output json draws no bar: the terminal holds only the JSON document', async () => {
    // The bar is drawn for every record however fast, so a few records show whether it is drawn at all.
    const { db, file } = await withImportFile(3);
    const s = ecmInTerminal(db, ['klant', 'import', file, '--output', 'json']);
    expect(await s.endedShowing(/^}$/m)).toEqual({ code: 0, signal: 0 });
    expect(s.raw()).not.toMatch(/ left|\r(?!\n)/);
    const doc = JSON.parse(s.raw().replaceAll('\r\n', '\n'));
    expect(doc).toMatchObject({ ok: true, created: 3, skipped: 0 });
  });
});
