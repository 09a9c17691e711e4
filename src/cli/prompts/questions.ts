/**
 * The pieces every section is asked with: a field's rules taken from the form's one schema, and asking a
 * text field unless a flag already gave it.
 */
import { klantFormSchema } from '../../klant/schema.js';
import type { Prompter, Validate } from './prompter.js';

type Section = 'company' | 'admin' | 'portal' | 'address';

/**
 * The schema's verdict on one field, given the section's answers so far. The whole form is parsed and only the
 * issues of this field are kept, so cross-field rules (an address's required fields once it is started, the
 * Dutch postal code, the categories that need another) apply as you type without being written twice.
 */
export function schemaRule<V>(section: Section, key: string, answersSoFar: object): Validate<V> {
  return (value) => {
    const result = klantFormSchema.safeParse({ [section]: { ...answersSoFar, [key]: value } });
    const issue = result.error?.issues.find((i) => i.path[0] === section && i.path[1] === key);
    return issue?.message ?? true;
  };
}

/** The first rule that refuses the answer says why; cheap rules go first so lookups see only sane input. */
export function allOf<V>(...rules: Validate<V>[]): Validate<V> {
  return async (value) => {
    for (const rule of rules) {
      const verdict = await rule(value);
      if (verdict !== true) return verdict;
    }
    return true;
  };
}

/** A rule that only applies to a non-empty answer: the empty one means "left out". */
export function whenGiven(rule: (answer: string) => Promise<true | string> | true | string): Validate<string> {
  return (value) => (value.trim() === '' ? true : rule(value.trim()));
}

export interface TextQuestion {
  message: string;
  validate: Validate<string>;
  default?: string;
  /** How the answer is stored, e.g. normalised; the schema accepts either form. */
  tidy?: (answer: string) => string;
  /** A file's path: asked with Tab completing it. */
  file?: boolean;
}

/**
 * Asks for `key` unless the flags already gave it; an empty answer leaves the key out. Returns the answer as
 * typed (trimmed), or undefined when nothing was asked or nothing was answered.
 */
export async function askField<K extends string>(
  prompter: Prompter,
  answers: { [P in K]?: string },
  key: K,
  { tidy = (answer) => answer, file = false, ...question }: TextQuestion,
): Promise<string | undefined> {
  if (answers[key] !== undefined) return undefined;
  const answer = (await (file ? prompter.path(question) : prompter.input(question))).trim();
  if (answer === '') return undefined;
  answers[key] = tidy(answer);
  return answer;
}

/** Shows a section's heading before its first question, and not at all when the flags answered everything. */
export function withHeading(prompter: Prompter, heading: string): Prompter {
  let shown = false;
  const showHeading = (): void => {
    if (!shown) prompter.note(`\n${heading}`);
    shown = true;
  };
  return {
    input: (question) => {
      showHeading();
      return prompter.input(question);
    },
    path: (question) => {
      showHeading();
      return prompter.path(question);
    },
    select: (question) => {
      showHeading();
      return prompter.select(question);
    },
    search: (question) => {
      showHeading();
      return prompter.search(question);
    },
    checkbox: (question) => {
      showHeading();
      return prompter.checkbox(question);
    },
    confirm: (question) => {
      showHeading();
      return prompter.confirm(question);
    },
    note: (text) => {
      showHeading();
      prompter.note(text);
    },
  };
}

/**
 * Puts the answer each text question offers on the line, ready to edit, for a section asked again at the
 * summary: a typo is fixed where it is, not by typing the whole answer again.
 */
export function withAnswersToEdit(prompter: Prompter): Prompter {
  return {
    input: (question) => prompter.input({ ...question, prefill: question.default !== undefined }),
    path: (question) => prompter.path({ ...question, prefill: question.default !== undefined }),
    select: (question) => prompter.select(question),
    search: (question) => prompter.search(question),
    checkbox: (question) => prompter.checkbox(question),
    confirm: (question) => prompter.confirm(question),
    note: (text) => prompter.note(text),
  };
}
