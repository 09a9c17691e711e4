/**
 * The few kinds of question the form asks. The real one is @inquirer/prompts on the terminal; tests drive
 * the form with scripted answers through the same interface.
 */
import type { FileKind } from './file-rule.js';

export type Validate<T> = (value: T) => true | string | Promise<true | string>;

export interface Choice<T> {
  name: string;
  value: T;
  description?: string;
  /** What the answered question shows of this choice, when not its name. */
  short?: string;
  checked?: boolean;
}

export interface Prompter {
  /** With `prefill` the default stands on the line, ready to edit, instead of being shown to take with Enter. */
  input(question: {
    message: string;
    default?: string;
    prefill?: boolean;
    validate?: Validate<string>;
  }): Promise<string>;
  /** A file's path, as typed; Tab completes it from the file system as a shell does. */
  path(question: {
    message: string;
    default?: string;
    prefill?: boolean;
    validate?: Validate<string>;
  }): Promise<string>;
  select<T>(question: { message: string; choices: Choice<T>[]; default?: T }): Promise<T>;
  /**
   * One of many choices, found by typing part of it: `source` gives the choices for what is typed so far (all of
   * them for the empty text), and is asked again at every key, so it must be quick.
   */
  search<T>(question: { message: string; source: (typed: string) => Choice<T>[]; default?: T }): Promise<T>;
  checkbox<T>(question: { message: string; choices: Choice<T>[]; validate?: Validate<readonly T[]> }): Promise<T[]>;
  confirm(question: { message: string; default?: boolean }): Promise<boolean>;
  /** A line of text between questions (section headings, the summary of the answers). */
  note(text: string): void;
}

/** What the form may look up while it asks, so it can say "taken" as you type. */
export interface FormLookups {
  acroTaken(acro: string): Promise<boolean>;
  referenceCodeTaken(code: string): Promise<boolean>;
  supplierAdminUsernames(): Promise<string[]>;
  /** The environments a new one may copy from: the active ones. */
  environments(): Promise<{ acro: string; name: string }[]>;
  templates(): Promise<{ name: string; description: string; isDefault: boolean }[]>;
  /** The thorough check of an upload (size, dimensions, a PDF that opens), as provisioning makes it. */
  inspectFile(path: string, kind: FileKind): Promise<true | string>;
}
