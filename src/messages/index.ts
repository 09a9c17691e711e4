/**
 * Every text a person reads, in the language chosen once at start-up (`useLanguage`, called by the CLI
 * before anything is said). A translation is one more file shaped like `en.ts`, its two largest parts (the help
 * pages and the questions) in a folder of its own as in `en/`: its type is `Messages`, so the compiler refuses a
 * text missing in one language, or a function taking other parameters.
 *
 * `messages` is one object whose contents are replaced when the language is chosen, so a module must read
 * `m.section.text` when it speaks, never keep a part of it from the time it was loaded
 * (test/messages/load-time.test.ts fails when one does).
 */
import { en } from './en.js';
import { nl } from './nl.js';

export const LANGUAGES = ['nl', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/** The shape of `en` with its literal texts widened to `string`, which every language must fill. */
type Widened<T> = T extends string
  ? string
  : T extends (...args: infer A) => infer R
    ? (...args: A) => Widened<R>
    : T extends object
      ? { readonly [K in keyof T]: Widened<T[K]> }
      : T;

export type Messages = Widened<typeof en>;

export const TRANSLATIONS: Readonly<Record<Language, Messages>> = { en, nl };

/** The texts of the chosen language: English until `useLanguage` says otherwise. */
export const messages: Messages = { ...en };

let chosen: Language = 'en';

/** Chooses the language of every text from now on. */
export function useLanguage(language: Language): void {
  Object.assign(messages, TRANSLATIONS[language]);
  chosen = language;
}

export function currentLanguage(): Language {
  return chosen;
}
