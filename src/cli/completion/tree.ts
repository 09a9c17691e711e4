/**
 * The command tree as the completion scripts need it, read from the commander program itself so a script
 * never offers a command or flag the program does not have.
 */
import type { Command, Option } from 'commander';
import { CATEGORY_IDS } from '../../klant/categories.js';

export const SHELLS = ['bash', 'zsh', 'fish'] as const;
export type Shell = (typeof SHELLS)[number];

/** What a value is completed with: fixed words, file names, or names `ecm __complete <lookup>` prints. */
export type Values =
  | { kind: 'none' }
  | { kind: 'files' }
  | { kind: 'words'; words: readonly string[] }
  | { kind: 'lookup'; lookup: Lookup };

export const LOOKUPS = ['environments', 'templates'] as const;
export type Lookup = (typeof LOOKUPS)[number];

export interface CompletionOption {
  /** `--long` and `-s`, as typed. */
  names: string[];
  /** Null for a flag without a value. */
  values: Values | null;
}

export interface CompletionNode {
  /** The subcommand names from the top, e.g. `['klant', 'create']`; `[]` for `ecm` itself. */
  path: string[];
  subcommands: string[];
  options: CompletionOption[];
  /** What each positional argument is completed with, in order. */
  args: Values[];
}

const NONE: Values = { kind: 'none' };
const FILES: Values = { kind: 'files' };

const OPTION_VALUES: Record<string, Values> = {
  '--template': { kind: 'lookup', lookup: 'templates' },
  '--copy-from': { kind: 'lookup', lookup: 'environments' },
  '--klant': { kind: 'lookup', lookup: 'environments' },
  '--copy': { kind: 'words', words: [...CATEGORY_IDS, 'all'] },
  '--output': { kind: 'words', words: ['json', 'text'] },
  '--database': FILES,
};

const ARGUMENT_VALUES: Record<string, Values> = {
  acro: { kind: 'lookup', lookup: 'environments' },
  file: FILES,
  shell: { kind: 'words', words: SHELLS },
};

/** Every visible command of the program, parents before their subcommands. */
export function completionTree(program: Command): CompletionNode[] {
  const help = program.createHelp();
  // Commander takes the program's options after a subcommand too.
  const globals = help.visibleOptions(program);
  const nodes: CompletionNode[] = [];
  const visit = (command: Command, path: string[]) => {
    const subcommands = help.visibleCommands(command).filter((sub) => sub.name() !== 'help');
    const options = command === program ? globals : [...help.visibleOptions(command), ...globals];
    nodes.push({
      path,
      subcommands: subcommands.map((sub) => sub.name()),
      options: options.map(completionOption),
      args: command.registeredArguments.map((argument) => ARGUMENT_VALUES[argument.name()] ?? NONE),
    });
    for (const sub of subcommands) visit(sub, [...path, sub.name()]);
  };
  visit(program, []);
  return nodes;
}

function completionOption(option: Option): CompletionOption {
  const names = [option.long, option.short].filter((name): name is string => name !== undefined);
  if (!option.required && !option.optional) return { names, values: null };
  const valueName = /<([^>]*)>/.exec(option.flags)?.[1] ?? '';
  return { names, values: OPTION_VALUES[option.long ?? ''] ?? (/file|path/.test(valueName) ? FILES : NONE) };
}
