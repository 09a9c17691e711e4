/**
 * The Prompter on a terminal, with @inquirer/prompts. It is loaded only when a question is asked, so commands
 * that never prompt (and `--help`) do not pay for it.
 */
import { Writable } from 'node:stream';
import type * as Inquirer from '@inquirer/prompts';
import { EcmError } from '../../errors.js';
import { messages as m } from '../../messages/index.js';
import type { Choice, Prompter, Validate } from './prompter.js';
import { visible } from '../output/visible.js';
import { asSentence } from './sentence.js';

export interface InquirerPrompterOptions {
  /** Where the questions go; the CLI passes stderr, because stdout carries only results. */
  output: NodeJS.WritableStream;
  /** Defaults to stdin. */
  input?: NodeJS.ReadableStream;
  /** Aborting it cancels the question being asked, like Ctrl-C. */
  signal?: AbortSignal;
  /**
   * False takes inquirer's colours out. Inquirer decides on colour once, from the environment alone, so it
   * would not hear of `--no-color`; the CLI passes what it decided for stderr. Default: inquirer's choice.
   */
  color?: boolean;
}

export function createInquirerPrompter(options: InquirerPrompterOptions): Prompter {
  const context = () => ({
    input: options.input,
    output: keepOpen(options.output, options.color ?? true),
    signal: options.signal,
  });
  return {
    input: ({ validate, prefill, ...question }) =>
      ask(async () =>
        (await prompts()).input(
          { ...question, prefill: prefill ? 'editable' : 'tab', validate: validate && sentences(validate) },
          context(),
        ),
      ),
    path: ({ validate = () => true, ...question }) =>
      ask(async () => {
        const { pathPrompt } = await import('./path-prompt.js');
        return pathPrompt({ ...question, validate: sentences(validate) }, context());
      }),
    select: (question) =>
      ask(async () =>
        (await prompts()).select({ ...question, theme: { style: { keysHelpTip: keysHelpTip('select') } } }, context()),
      ),
    search: ({ source, default: current, ...question }) =>
      ask(async () => {
        const { search, Separator } = await prompts();
        // inquirer says "No results found" in English; a line that cannot be picked says it in the language.
        const nothing = [new Separator(dim(m.prompts.matches.none))];
        return search(
          {
            ...question,
            source: (typed) => {
              const choices = currentFirst(source(typed ?? ''), typed ? undefined : current);
              return choices.length > 0 ? choices : nothing;
            },
            // Enough to choose among similar names without pushing the question off a small terminal.
            pageSize: 10,
            theme: { style: { keysHelpTip: keysHelpTip('select', [['type', 'search']]) } },
          },
          context(),
        );
      }),
    checkbox: ({ validate, ...question }) =>
      ask(async () =>
        (await prompts()).checkbox(
          {
            ...question,
            // The whole list on one page, with room for labels that wrap: the categories are read together,
            // and a scrolling list hides some of them.
            pageSize: 2 * question.choices.length,
            loop: false,
            // inquirer hands `validate` the choice objects; the Prompter promises the values.
            validate: validate && sentences((chosen) => validate(chosen.map((choice) => choice.value))),
            theme: { style: { keysHelpTip: keysHelpTip('tick') } },
          },
          context(),
        ),
      ),
    // inquirer takes an answer starting with y as yes and one starting with n as no, anything else as the
    // default; every confirmation of ecm defaults to yes, so the Dutch "j" and "ja" are yes and "nee" is no.
    confirm: (question) =>
      ask(async () =>
        (await prompts()).confirm(
          {
            ...question,
            transformer: (yes) => (yes ? m.prompts.yes : m.prompts.no),
            theme: {
              style: {
                defaultAnswer: (hint: string) => dim(`(${hint === 'y/N' ? m.prompts.yesNo.no : m.prompts.yesNo.yes})`),
              },
            },
          },
          context(),
        ),
      ),
    note: (text) => {
      options.output.write(`${text}\n`);
    },
  };
}

const bold = (text: string) => `\u001b[1m${text}\u001b[22m`;
const dim = (text: string) => `\u001b[2m${text}\u001b[22m`;

/**
 * The line of keys under a list ("↑↓ navigate • ⏎ select"), as inquirer draws it, in the chosen language. A list
 * calls choosing "select", a checkbox ticking; `choose` says which word that is here. `first` goes before
 * inquirer's keys.
 */
function keysHelpTip(choose: 'select' | 'tick', first: [key: string, action: string][] = []) {
  return (inquirers: [key: string, action: string][]): string => {
    const words: Record<string, string> = { ...m.prompts.keys, select: m.prompts.keys[choose] };
    return [...first, ...inquirers]
      .map(([key, action]) => `${bold(words[key] ?? key)} ${dim(words[action] ?? action)}`)
      .join(dim(' • '));
  };
}

function sentences<T>(validate: Validate<T>): Validate<T> {
  return async (value) => {
    const verdict = await validate(value);
    return verdict === true ? true : asSentence(visible(verdict));
  };
}

const prompts = (): Promise<typeof Inquirer> => import('@inquirer/prompts');

/**
 * inquirer's search has no default: the cursor starts on the first choice. So the answer given before (a section
 * asked again at the summary) is moved to the top of the full list, where Enter keeps it.
 */
function currentFirst<T>(choices: Choice<T>[], current: T | undefined): Choice<T>[] {
  const i = current === undefined ? -1 : choices.findIndex((choice) => choice.value === current);
  return i <= 0 ? choices : [choices[i]!, ...choices.slice(0, i), ...choices.slice(i + 1)];
}

async function ask<T>(question: () => Promise<T>): Promise<T> {
  try {
    return await question();
  } catch (error) {
    if (isCancellation(error)) throw EcmError.one('cancelled', 'cancelled', m.cancelled, null, error);
    throw error;
  }
}

/** Ctrl-C (or the process being closed) and an aborted signal; matched by name to keep inquirer lazy. */
function isCancellation(error: unknown): boolean {
  return error instanceof Error && (error.name === 'ExitPromptError' || error.name === 'AbortPromptError');
}

/** Colour and style sequences (ESC [ … m); the cursor movements that redraw a question are kept. */
// eslint-disable-next-line no-control-regex
const SGR = /\u001b\[[0-9;]*m/g;

/**
 * Inquirer ends the stream it writes to when a question is done, which only stdout and stderr survive. A
 * stand-in per question keeps any other output usable for the next question, and passes on the terminal
 * size so long lines still wrap where the terminal does. It also drops the colours when they are off.
 */
function keepOpen(output: NodeJS.WritableStream, color: boolean): NodeJS.WritableStream {
  const standIn = new Writable({
    write(chunk: Buffer | string, _encoding, done) {
      output.write(color ? chunk : String(chunk).replace(SGR, ''), (error) => done(error ?? null));
    },
  });
  for (const key of ['columns', 'rows', 'isTTY'] as const) {
    Object.defineProperty(standIn, key, { get: () => (output as Partial<Record<typeof key, unknown>>)[key] });
  }
  return standIn;
}
