/** Which language ecm speaks, how it writes a time for people, and commander's errors said again in it. */
import { Command, CommanderError } from 'commander';
import { afterEach, describe, expect, it } from 'vitest';
import { commanderMessage } from '../../src/cli/commander-words.js';
import { chooseLanguage } from '../../src/cli/language.js';
import { useLanguage } from '../../src/messages/index.js';
import { localTime, useTimeZone } from '../../src/messages/time.js';

afterEach(() => {
  useLanguage('en');
  useTimeZone(undefined);
});

describe('chooseLanguage', () => {
  const choose = (argv: string[], env: NodeJS.ProcessEnv = {}) => chooseLanguage(argv, env);

  it('is English without any setting', () => {
    expect(choose([])).toEqual({ language: 'en' });
  });

  it('takes the first of LC_ALL, LC_MESSAGES and LANG that is set; nl… is Dutch, anything else English', () => {
    expect(choose([], { LANG: 'nl_NL.UTF-8' })).toEqual({ language: 'nl' });
    expect(choose([], { LANG: 'nl_BE.UTF-8' })).toEqual({ language: 'nl' });
    expect(choose([], { LANG: 'nl' })).toEqual({ language: 'nl' });
    expect(choose([], { LANG: 'de_DE.UTF-8' })).toEqual({ language: 'en' });
    expect(choose([], { LANG: 'C.UTF-8' })).toEqual({ language: 'en' });
    expect(choose([], { LC_MESSAGES: 'nl_NL.UTF-8', LANG: 'en_GB.UTF-8' })).toEqual({ language: 'nl' });
    expect(choose([], { LC_ALL: 'C', LC_MESSAGES: 'nl_NL.UTF-8', LANG: 'nl_NL.UTF-8' })).toEqual({ language: 'en' });
    expect(choose([], { LC_ALL: 'nl_NL.UTF-8', LANG: 'en_US.UTF-8' })).toEqual({ language: 'nl' });
  });

  it('counts an empty variable as not set', () => {
    expect(choose([], { LC_ALL: '', LANG: 'nl_NL.UTF-8' })).toEqual({ language: 'nl' });
    expect(choose([], { ECM_LANG: '', LANG: 'nl_NL.UTF-8' })).toEqual({ language: 'nl' });
  });

  it('lets ECM_LANG win over the locale', () => {
    expect(choose([], { ECM_LANG: 'nl', LANG: 'en_US.UTF-8' })).toEqual({ language: 'nl' });
    expect(choose([], { ECM_LANG: 'en', LC_ALL: 'nl_NL.UTF-8' })).toEqual({ language: 'en' });
  });

  it('lets --lang win over everything, in both its forms; the last one counts', () => {
    const dutch = { ECM_LANG: 'nl', LC_ALL: 'nl_NL.UTF-8' };
    expect(choose(['--lang', 'en', 'klant', 'list'], dutch)).toEqual({ language: 'en' });
    expect(choose(['klant', 'list', '--lang=en'], dutch)).toEqual({ language: 'en' });
    expect(choose(['klant', 'list', '--lang', 'NL'], { LANG: 'C' })).toEqual({ language: 'nl' });
    expect(choose(['--lang', 'nl', 'klant', '--lang', 'en'])).toEqual({ language: 'en' });
  });

  it('refuses another --lang, choosing the language without it for saying so', () => {
    expect(choose(['--lang', 'fr'], { LANG: 'nl_NL.UTF-8' })).toEqual({ language: 'nl', refused: 'fr' });
    expect(choose(['--lang=nl_NL'])).toEqual({ language: 'en', refused: 'nl_NL' });
  });

  it('leaves --lang without a value, and what follows "--", to commander', () => {
    expect(choose(['klant', 'list', '--lang'])).toEqual({ language: 'en' });
    expect(choose(['--lang', '--output', 'json'])).toEqual({ language: 'en' });
    expect(choose(['--', '--lang', 'nl'])).toEqual({ language: 'en' });
  });
});

describe('localTime', () => {
  const instant = '2026-11-29T13:05:00.000Z';

  it('writes Dutch times the Dutch way, in the local zone', () => {
    useLanguage('nl');
    useTimeZone('Europe/Amsterdam');
    expect(localTime(instant)).toBe('29-11-2026 14:05');
    expect(localTime('2026-07-01T08:09:00.000Z')).toBe('01-07-2026 10:09');
    useTimeZone('America/New_York');
    expect(localTime(instant)).toBe('29-11-2026 08:05');
  });

  it('writes English times with the month by name, in the local zone', () => {
    useTimeZone('Europe/Amsterdam');
    expect(localTime(instant)).toBe('29 Nov 2026, 14:05');
    useTimeZone('UTC');
    expect(localTime(instant)).toBe('29 Nov 2026, 13:05');
  });

  it('falls back to the system zone for a TZ that Intl does not know, and takes ":Zone"', () => {
    useTimeZone(':Europe/Amsterdam');
    expect(localTime(instant)).toBe('29 Nov 2026, 14:05');
    useTimeZone('CET-1CEST');
    expect(localTime(instant)).toMatch(/^\d\d? \w{3,4} 2026, \d\d:05$/);
  });

  it("writes every month as ICU writes nl-NL and en-GB, both in a zone it names and in the process's own", () => {
    const processZone = process.env.TZ;
    process.env.TZ = 'Asia/Kolkata';
    try {
      for (let month = 0; month < 12; month++) {
        const instant = new Date(Date.UTC(2026, month, 4, 22, 7)).toISOString();
        const icu = (locale: string, options: Intl.DateTimeFormatOptions) =>
          new Intl.DateTimeFormat(locale, { ...options, timeZone: 'Asia/Kolkata' }).format(new Date(instant));
        const english = `${icu('en-GB', { day: 'numeric', month: 'short', year: 'numeric' })}, 03:37`;
        const dutch = `${icu('nl-NL', { day: '2-digit', month: '2-digit', year: 'numeric' })} 03:37`;
        for (const zone of ['Asia/Kolkata', undefined]) {
          useTimeZone(zone);
          useLanguage('en');
          expect(localTime(instant)).toBe(english);
          useLanguage('nl');
          expect(localTime(instant)).toBe(dutch);
        }
      }
    } finally {
      if (processZone === undefined) delete process.env.TZ;
      else process.env.TZ = processZone;
    }
  });

  it('shows what is no time as it is', () => {
    expect(localTime('not a time')).toBe('not a time');
  });
});

describe('commanderMessage', () => {
  /** The message commander gives for `args`, without its "error: ". */
  function commanderSays(args: string[]): string {
    const program = new Command('ecm')
      .exitOverride()
      .showSuggestionAfterError()
      .configureOutput({
        writeErr: () => undefined,
        writeOut: () => undefined,
      });
    program.option('--output <format>');
    const klant = program.command('klant');
    klant
      .command('show')
      .argument('<acro>')
      .option('--json <file>')
      .action(() => undefined);
    klant
      .command('create')
      .option('--name <name>')
      .action(() => undefined);
    try {
      program.parse(args, { from: 'user' });
    } catch (error) {
      if (error instanceof CommanderError) return error.message.replace(/^error: /, '');
      throw error;
    }
    throw new Error(`commander took ${args.join(' ')}`);
  }

  const cases = [
    ['klant', 'show'],
    ['klant', 'show', 'A', 'B'],
    ['klant', 'show', 'A', '--json'],
    ['klant', 'crate'],
    ['klant', 'xyz'],
    ['klant', 'create', '--nam', 'x'],
    ['klant', 'create', '--zzzzzz'],
    ['klant', 'create', '--outpt', 'json'],
  ];

  it('leaves commander’s English exactly as commander wrote it', () => {
    for (const args of cases) expect(commanderMessage(commanderSays(args))).toBe(commanderSays(args));
  });

  it('says each of them in Dutch', () => {
    const english = cases.map(commanderSays);
    useLanguage('nl');
    expect(english.map(commanderMessage)).toEqual([
      "verplicht argument 'acro' ontbreekt",
      "te veel argumenten voor 'show': 1 verwacht, 2 gekregen.",
      "bij optie '--json <file>' ontbreekt de waarde",
      "onbekende opdracht 'crate'\n(Bedoelde u create?)",
      "onbekende opdracht 'xyz'",
      "onbekende optie '--nam'\n(Bedoelde u --name?)",
      "onbekende optie '--zzzzzz'",
      "onbekende optie '--outpt'\n(Bedoelde u --output?)",
    ]);
  });

  it('passes on a message it does not know', () => {
    useLanguage('nl');
    expect(commanderMessage("option '--x' cannot be used with option '--y'")).toBe(
      "option '--x' cannot be used with option '--y'",
    );
  });
});
