/** The answers shown back before anything is created, so a typo in the permanent acro can still be caught. */
import { isCategoryId } from '../../klant/categories.js';
import { messages as m } from '../../messages/index.js';
import type { RawKlantForm } from './raw-form.js';

type SectionKey = keyof typeof m.prompts.headings;

/** Every field of every section, in the form's order; what was left out shows as a dash. */
export function renderAnswerSummary(rawForm: RawKlantForm): string[] {
  const s = m.prompts.summary;
  const sections = Object.keys(s.labels) as SectionKey[];
  const width = Math.max(...sections.flatMap((section) => Object.values(s.labels[section]).map((l) => l.length)));
  const lines: string[] = [s.title];
  for (const section of sections) {
    lines.push('', m.prompts.headings[section]);
    const answers = new Map<string, unknown>(Object.entries(rawForm[section] ?? {}));
    for (const [key, label] of Object.entries(s.labels[section])) {
      const [first = s.notGiven, ...more] = shown(answers.get(key));
      lines.push(`  ${label.padEnd(width)}  ${first}`, ...more.map((line) => `  ${' '.repeat(width)}  ${line}`));
    }
  }
  return lines;
}

/** The category lists take a line per category: their labels are long. */
function shown(value: unknown): string[] {
  if (value === undefined || value === null || value === '') return [];
  if (value === 'all') return [m.prompts.summary.allCategories];
  // The label without its explanation in brackets: the list of answers is read at a glance.
  if (Array.isArray(value))
    return value.map((id) => (isCategoryId(id) ? m.categories[id].replace(/ \(.*\)$/, '') : String(id)));
  return [String(value)];
}
