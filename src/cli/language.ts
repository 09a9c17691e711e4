/**
 * Which language ecm speaks, decided once before anything is said: `--lang nl|en` wins, then `ECM_LANG`, then
 * the first of `LC_ALL`, `LC_MESSAGES` and `LANG` that is set. A value starting with `nl` is Dutch; any other
 * is English. An empty variable counts as not set, as it does for the C library.
 */
import { LANGUAGES, type Language } from '../messages/index.js';

export interface LanguageChoice {
  language: Language;
  /** A `--lang` value that is neither language: refused, after the language has been chosen without it. */
  refused?: string;
}

const LOCALE_VARIABLES = ['ECM_LANG', 'LC_ALL', 'LC_MESSAGES', 'LANG'] as const;

export function chooseLanguage(argv: readonly string[], env: NodeJS.ProcessEnv): LanguageChoice {
  const variable = LOCALE_VARIABLES.map((name) => env[name]).find((value) => value !== undefined && value !== '');
  const fromEnvironment: Language = variable?.toLowerCase().startsWith('nl') ? 'nl' : 'en';
  const given = langFromArgv(argv);
  if (given === undefined) return { language: fromEnvironment };
  const language = LANGUAGES.find((l) => l === given.toLowerCase());
  return language ? { language } : { language: fromEnvironment, refused: given };
}

/**
 * `--lang` before commander has parsed anything: its help texts are made in the language. The last one
 * counts, as with commander; a missing value is left for commander to refuse.
 */
function langFromArgv(argv: readonly string[]): string | undefined {
  let found: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') break;
    if (arg.startsWith('--lang=')) found = arg.slice('--lang='.length);
    else if (arg === '--lang' && argv[i + 1] !== undefined && !argv[i + 1]!.startsWith('-')) found = argv[++i];
  }
  return found;
}
