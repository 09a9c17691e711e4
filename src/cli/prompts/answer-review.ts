/**
 * The end of the form: the answers shown back, then create, change one section first, or cancel. A typo found
 * here costs that one section, asked again with its answers offered, and the summary comes back after it.
 */
import { EcmError } from '../../errors.js';
import { messages as m } from '../../messages/index.js';
import { renderAnswerSummary } from './answer-summary.js';
import { askSectionAgain } from './klant-form.js';
import type { Choice, FormLookups, Prompter } from './prompter.js';
import type { FormSection, RawKlantForm } from './raw-form.js';

type Decision = 'create' | 'cancel' | FormSection;

/**
 * Round after round until the answers are created or cancelled; "cancel" is like Ctrl-C, nothing is created.
 * `check` runs the form's checks before each summary, so only answers that can be created are shown, and
 * what it gives for the answers chosen is the result.
 */
export async function reviewAnswers<T>(
  prompter: Prompter,
  lookups: FormLookups,
  answers: RawKlantForm,
  check: (answers: RawKlantForm) => Promise<T>,
): Promise<T> {
  for (;;) {
    const checked = await check(answers);
    prompter.note(`\n${renderAnswerSummary(answers).join('\n')}\n`);
    const decision = await prompter.select<Decision>({
      message: m.prompts.confirm,
      choices: choices(),
      default: 'create',
    });
    if (decision === 'create') return checked;
    if (decision === 'cancel') throw EcmError.one('cancelled', 'cancelled', m.cancelled);
    answers = await askSectionAgain(prompter, lookups, answers, decision);
  }
}

/** Create first, so Enter creates as "yes" did; create and cancel answer the question as yes and no. */
function choices(): Choice<Decision>[] {
  const r = m.prompts.review;
  const sections = Object.keys(m.prompts.headings) as FormSection[];
  return [
    { name: r.create, short: m.prompts.yes, value: 'create' },
    ...sections.map((section) => ({ name: r.change(m.prompts.headings[section]), value: section })),
    { name: r.cancel, short: m.prompts.no, value: 'cancel' },
  ];
}
