/**
 * Reads the records of `ecm klant import`: a JSON array of create forms, NDJSON (one form per line), or CSV
 * whose header names the form's dot paths. Every format ends in the raw forms the one schema checks.
 */
import { EcmError } from '../errors.js';
import { messages as m } from '../messages/index.js';
import type { CliContext } from './context.js';
import { readInputSource } from './input-source.js';

export type ImportFormat = 'csv' | 'json' | 'ndjson';

export interface ImportFile {
  raws: unknown[];
  /** Where relative file paths in the records resolve: the file's folder, or the working one for stdin. */
  baseDir: string;
}

export async function readImportFile(cli: CliContext, source: string, format: unknown): Promise<ImportFile> {
  if (format !== undefined && !['csv', 'json', 'ndjson'].includes(String(format))) {
    throw EcmError.one('input', 'invalid_format', m.import.invalidFormat);
  }
  const { content, baseDir } = await readInputSource(cli, source, (label, detail, cause) =>
    EcmError.one('input', 'import_unreadable', m.import.unreadable(label, detail), null, cause),
  );
  const chosen = (format as ImportFormat | undefined) ?? (source.toLowerCase().endsWith('.csv') ? 'csv' : null);
  const text = content.replace(/^\uFEFF/, '');
  const raws =
    chosen === 'csv'
      ? await csvRecords(text)
      : chosen === 'json' || (chosen === null && text.trimStart().startsWith('['))
        ? jsonRecords(text)
        : ndjsonRecords(text);
  return { raws, baseDir };
}

function jsonRecords(text: string): unknown[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw EcmError.one('input', 'import_invalid', m.import.invalidJson((error as Error).message));
  }
  if (!Array.isArray(parsed)) throw EcmError.one('input', 'import_invalid', m.import.notAList);
  return parsed;
}

/** Blank lines are left out; a line that is not JSON is named by its record number. */
function ndjsonRecords(text: string): unknown[] {
  const lines = text.split(/\r?\n/).filter((line) => line.trim() !== '');
  const problems = [];
  const raws: unknown[] = [];
  for (const [index, line] of lines.entries()) {
    try {
      raws.push(JSON.parse(line));
    } catch (error) {
      problems.push({
        field: `records[${index}]`,
        code: 'import_invalid',
        message: m.import.invalidJson((error as Error).message),
      });
    }
  }
  if (problems.length > 0) throw new EcmError('input', problems);
  return raws;
}

/**
 * A header `section.key` puts the cell at that place of the form; an empty cell is "not given", and
 * `portal.copy` is a `;`-separated list (or `all`). Other headers go in as they are, for the schema to refuse.
 */
async function csvRecords(text: string): Promise<unknown[]> {
  const { parse } = await import('csv-parse/sync');
  let rows: Record<string, string>[];
  try {
    rows = parse(text, { columns: true, skip_empty_lines: true, trim: true, relax_column_count: false });
  } catch (error) {
    throw EcmError.one('input', 'import_invalid', m.import.invalidCsv((error as Error).message));
  }
  const badHeader = Object.keys(rows[0] ?? {}).find((header) => !/^[^.]+\.[^.]+$/.test(header));
  if (badHeader !== undefined) throw EcmError.one('input', 'import_invalid', m.import.badCsvHeader(badHeader));
  // Objects without a prototype: a header such as `__proto__.x` is then an unknown key the schema refuses,
  // not a way to write into Object.prototype.
  return rows.map((row) => {
    const raw: Record<string, Record<string, unknown>> = Object.create(null);
    for (const [header, cell] of Object.entries(row)) {
      if (cell === '') continue;
      const [section, key] = header.split('.') as [string, string];
      const holder = (raw[section] ??= Object.create(null) as Record<string, unknown>);
      holder[key] = header === 'portal.copy' ? copyList(cell) : cell;
    }
    return raw;
  });
}

function copyList(cell: string): string | string[] {
  if (cell.toLowerCase() === 'all') return 'all';
  return cell
    .split(';')
    .map((c) => c.trim())
    .filter((c) => c !== '');
}
