/**
 * Contract, "Language": the built binary speaks Dutch or English as `--lang`, `ECM_LANG` and the locale say,
 * with the same codes, fields and JSON keys in both; times for people are local, JSON keeps UTC.
 */
import { describe, expect, it } from 'vitest';
import { temporaryPasswordExpiry } from '../../src/klant/password.js';
import { en } from '../../src/messages/en.js';
import { nl } from '../../src/messages/nl.js';
import { ecm, failureOf, initialisedDatabase, jsonOf, type EcmResult } from './run-ecm.js';

const json = ['--output', 'json'];

/** A form with a problem in every section: all of them are reported at once, in the input class (exit 2). */
const BAD_FORM = JSON.stringify({
  company: { acro: 'admin', name: '', referenceCode: 'x'.repeat(101) },
  admin: { username: 'kpn.beheer' },
  portal: { copy: ['nonsense'] },
  address: { street: 'Laan', houseNumber: 'A', postalCode: '12', city: 'Utrecht' },
});

/** Each way of asking for Dutch, and ways that are English even with a Dutch locale around. */
const DUTCH: [string, string[], Record<string, string>][] = [
  ['--lang nl', ['--lang', 'nl'], {}],
  ['ECM_LANG=nl', [], { ECM_LANG: 'nl' }],
  ['LANG=nl_NL.UTF-8', [], { LANG: 'nl_NL.UTF-8' }],
  ['LC_MESSAGES=nl_NL.UTF-8 over LANG=en_US.UTF-8', [], { LC_MESSAGES: 'nl_NL.UTF-8', LANG: 'en_US.UTF-8' }],
  ['LC_ALL=nl_NL.UTF-8 over LANG=en_US.UTF-8', [], { LC_ALL: 'nl_NL.UTF-8', LANG: 'en_US.UTF-8' }],
  ['ECM_LANG=nl over LC_ALL=C', [], { ECM_LANG: 'nl', LC_ALL: 'C' }],
];
const ENGLISH: [string, string[], Record<string, string>][] = [
  ['nothing set', [], {}],
  ['--lang en over LANG=nl_NL.UTF-8', ['--lang', 'en'], { LANG: 'nl_NL.UTF-8' }],
  ['--lang=en over ECM_LANG=nl', ['--lang=en'], { ECM_LANG: 'nl' }],
  ['LC_ALL=en_GB.UTF-8 over LANG=nl_NL.UTF-8', [], { LC_ALL: 'en_GB.UTF-8', LANG: 'nl_NL.UTF-8' }],
  ['ECM_LANG=en over LANG=nl_NL.UTF-8', [], { ECM_LANG: 'en', LANG: 'nl_NL.UTF-8' }],
];

/** The keys of a JSON document all the way down, with list items by position: its shape without its texts. */
function shape(value: unknown, path = '$'): string[] {
  if (Array.isArray(value)) return [path, ...value.flatMap((item, i) => shape(item, `${path}[${i}]`))];
  if (value !== null && typeof value === 'object')
    return [path, ...Object.entries(value).flatMap(([key, inner]) => shape(inner, `${path}.${key}`))];
  return [path];
}

/** The local time of an instant, as the test expects each language to write it, worked out without ecm's code. */
function expectedTime(iso: string, zone: string, language: 'nl' | 'en'): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone: zone,
      day: 'numeric',
      month: 'numeric',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(new Date(iso))
      .map((part) => [part.type, part.value]),
  );
  const two = (n: string) => n.padStart(2, '0');
  if (language === 'nl') return `${two(parts.day!)}-${two(parts.month!)}-${parts.year} ${parts.hour}:${parts.minute}`;
  const month = new Intl.DateTimeFormat('en-GB', { timeZone: zone, month: 'short' }).format(new Date(iso));
  return `${Number(parts.day)} ${month} ${parts.year}, ${parts.hour}:${parts.minute}`;
}

const createBad = (args: string[], env: Record<string, string>, db: string, extra: string[] = []) =>
  ecm(['klant', 'create', '--json', '-', ...extra, ...args], { db, env, stdin: BAD_FORM });

describe('the language', () => {
  describe.concurrent('of errors', () => {
    it.each(DUTCH)('%s: Dutch messages on stderr, the same fields and codes as the English', async (_, args, env) => {
      const db = await initialisedDatabase('sqlite');
      const english = await createBad([], {}, db, json);
      const dutch = await createBad(args, env, db, json);
      expect(english.code).toBe(2);
      expect(dutch.code).toBe(2);
      const [theirs, ours] = [failureOf(english), failureOf(dutch)];
      expect(ours.map((e) => [e.field, e.code])).toEqual(theirs.map((e) => [e.field, e.code]));
      expect(ours.length).toBeGreaterThanOrEqual(6);
      ours.forEach((e, i) => expect(e.message, e.field ?? '').not.toBe(theirs[i]!.message));
      expect(ours.map((e) => e.message)).toEqual(
        expect.arrayContaining([
          nl.acro.acro_reserved,
          nl.field.required,
          nl.field.tooLong(50),
          nl.admin.emailRequired,
          nl.address.invalidPostalCode,
          nl.address.invalidHouseNumber,
        ]),
      );

      // For people: the same problems, said in Dutch on stderr, nothing on stdout.
      const text = await createBad(args, env, db, ['--output', 'text']);
      expect([text.code, text.stdout]).toEqual([2, '']);
      expect(text.stderr).toContain(`company.acro (--acro): ${nl.acro.acro_reserved}`);
      expect(text.stderr).toContain(`company.name (--name): ${nl.field.required}`);
      expect(text.stderr).toContain(nl.address.invalidPostalCode);
      expect(text.stderr).not.toContain(en.acro.acro_reserved);
    });

    it.each(ENGLISH)('%s: English', async (_, args, env) => {
      const db = await initialisedDatabase('sqlite');
      const text = await createBad(args, env, db, ['--output', 'text']);
      expect(text.code).toBe(2);
      expect(text.stderr).toContain(`company.acro (--acro): ${en.acro.acro_reserved}`);
      expect(text.stderr).not.toContain(nl.acro.acro_reserved);
    });

    it('commander’s parse errors in Dutch too, with the same code', async () => {
      const unknown = await ecm(['klant', 'create', '--nam', 'x', '--lang', 'nl', ...json]);
      expect(failureOf(unknown)).toEqual([
        {
          field: null,
          code: 'invalid_arguments',
          message: nl.input.invalidArguments(
            `${nl.commander.unknownOption('--nam')}\n${nl.commander.didYouMean(['--name'])}`,
          ),
        },
      ]);
      const missing = await ecm(['klant', 'show'], { env: { LANG: 'nl_NL.UTF-8' } });
      expect(missing.code).toBe(2);
      expect(missing.stderr).toContain(nl.commander.missingArgument('acro'));
    });

    it('refuses a --lang that is neither nl nor en: exit 2 invalid_arguments, said in the language otherwise chosen', async () => {
      const english = await ecm(['klant', 'list', '--lang', 'fr', ...json]);
      expect(english.code).toBe(2);
      expect(failureOf(english)).toEqual([
        { field: null, code: 'invalid_arguments', message: en.input.invalidArguments(en.input.invalidLanguage('fr')) },
      ]);
      const dutch = await ecm(['klant', 'list', '--lang=nl_NL'], { env: { LANG: 'nl_NL.UTF-8' } });
      expect([dutch.code, dutch.stdout]).toEqual([2, '']);
      expect(dutch.stderr).toContain(nl.input.invalidLanguage('nl_NL'));
    });
  });

  describe.concurrent('of results', () => {
    it('a create: the same JSON document in both languages but for its sentences, times in UTC', async () => {
      const db = await initialisedDatabase('sqlite', { klanten: ['NS'] });
      const form = (acro: string) =>
        JSON.stringify({
          company: { acro, name: `${acro} B.V.` },
          admin: { username: `${acro.toLowerCase()}.beheer`, email: `beheer@${acro.toLowerCase()}.example` },
          portal: { copyFrom: 'NS', copy: ['customerSettings'] },
        });
      const english = jsonOf(await ecm(['klant', 'create', '--json', '-'], { db, stdin: form('KPN') }));
      const dutch = jsonOf(await ecm(['klant', 'create', '--json', '-', '--lang', 'nl'], { db, stdin: form('BOL') }));
      expect(shape(dutch)).toEqual(shape(english));
      expect(dutch.steps.map((s: { id: string; status: string }) => [s.id, s.status])).toEqual(
        english.steps.map((s: { id: string; status: string }) => [s.id, s.status]),
      );
      expect(dutch.steps.find((s: { id: string }) => s.id === 'files').reason).toBe(nl.skip.noFiles);
      expect(dutch.klant.createdAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
      expect(dutch.klantadmin.passwordExpiresAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    });

    it('a create for people: Dutch step labels on stderr and a Dutch summary with local times', async () => {
      const db = await initialisedDatabase('sqlite');
      const env = { LANG: 'nl_NL.UTF-8', TZ: 'Europe/Amsterdam' };
      const args = ['klant', 'create', '--acro', 'KPN', '--name', 'KPN B.V.', '--admin-username', 'kpn.beheer'];
      const created = await ecm([...args, '--admin-email', 'beheer@kpn.example', '--no-color'], { db, env });
      expect(created.code).toBe(0);
      for (const id of ['validate', 'environment', 'activate'] as const) expect(created.stderr).toContain(nl.steps[id]);
      expect(created.stderr).toContain(`${nl.steps.files} — ${nl.stepStatus.skipped}: ${nl.skip.noFiles}`);
      expect(created.stdout).toContain(nl.summary.created('KPN'));
      expect(created.stdout).toContain(nl.summary.klantadminOnly);

      const shown = jsonOf(await ecm(['klant', 'show', 'KPN', ...json], { db, env }));
      expect(shown.createdAt).toMatch(/Z$/);
      const at = expectedTime(shown.createdAt, 'Europe/Amsterdam', 'nl');
      expect(created.stdout).toMatch(new RegExp(`${nl.summary.labels.createdAt} +${at} door jan`));
      expect(created.stdout).toContain(
        nl.summary.passwordExpires(
          expectedTime(temporaryPasswordExpiry(new Date(shown.createdAt)).toISOString(), 'Europe/Amsterdam', 'nl'),
        ),
      );
    });

    it('klant show, klant list and audit list: local times in the language’s form; JSON keeps UTC', async () => {
      const db = await initialisedDatabase('sqlite', { klanten: ['KPN'] });
      const listed = jsonOf(await ecm(['klant', 'list', ...json], { db, env: { LANG: 'nl_NL.UTF-8' } }));
      const createdAt: string = listed[0].createdAt;
      expect(createdAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
      const audit = jsonOf(await ecm(['audit', 'list', '--lang', 'nl', ...json], { db }));
      expect(audit[0].at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);

      for (const [zone, language, env] of [
        ['Europe/Amsterdam', 'nl', { LANG: 'nl_NL.UTF-8' }],
        ['America/New_York', 'nl', { ECM_LANG: 'nl' }],
        ['Europe/Amsterdam', 'en', {}],
        ['Asia/Tokyo', 'en', { LANG: 'nl_NL.UTF-8' }],
      ] as const) {
        const options = { db, env: { ...env, TZ: zone } };
        const lang = language === 'en' && 'LANG' in env ? ['--lang', 'en'] : [];
        const t = language === 'nl' ? nl : en;
        const created = expectedTime(createdAt, zone, language);
        const show: EcmResult = await ecm(['klant', 'show', 'KPN', ...lang], options);
        expect(show.stdout, zone).toMatch(
          new RegExp(`${t.summary.labels.createdAt} +${created} ${language === 'nl' ? 'door' : 'by'} jan`),
        );
        const list = await ecm(['klant', 'list', '--no-color', ...lang], options);
        expect(list.stdout.trimEnd().split('\n')[1], zone).toMatch(new RegExp(`^KPN .* ${created}$`));
        const auditList = await ecm(['audit', 'list', '--no-color', ...lang], options);
        expect(auditList.stdout.split('\n')[1], zone).toMatch(
          new RegExp(`^${expectedTime(audit[0].at, zone, language)} +jan +klant\\.create`),
        );
      }
    });

    it('retiring: the Dutch words, and the time it was retired in local time', async () => {
      const db = await initialisedDatabase('sqlite', { klanten: ['KPN'] });
      const env = { ECM_LANG: 'nl', TZ: 'Europe/Amsterdam' };
      const retired = await ecm(['klant', 'retire', 'KPN', '--yes'], { db, env });
      expect(retired.code).toBe(0);
      expect(retired.stdout).toContain(nl.retirement.retired('KPN'));
      const at = jsonOf(await ecm(['klant', 'show', 'KPN', ...json], { db, env })).retiredAt;
      const shown = await ecm(['klant', 'show', 'KPN'], { db, env });
      expect(shown.stdout).toContain(nl.summary.retiredBy(expectedTime(at, 'Europe/Amsterdam', 'nl'), 'jan'));
      const again = await ecm(['klant', 'retire', 'KPN', '--yes'], { db, env });
      expect(again.stdout).toContain(nl.retirement.alreadyRetired('KPN'));
    });
  });

  describe.concurrent('of the help', () => {
    it('is Dutch with --lang nl or a Dutch locale, commander’s headings included', async () => {
      for (const [args, env] of [
        [['--lang', 'nl', 'klant', 'create', '--help'], {}],
        [['klant', 'create', '--help'], { LANG: 'nl_NL.UTF-8' }],
      ] as const) {
        const help = await ecm(args, { env });
        expect(help.code).toBe(0);
        expect(help.stdout).toContain(nl.help.titles['Usage:']);
        expect(help.stdout).toContain(nl.help.titles['Options:']);
        expect(help.stdout).toContain('Klant aanmaken');
        expect(help.stdout).toMatch(/--no-input\s+nooit vragen/);
        expect(help.stdout).toContain('Voorbeelden:');
        expect(help.stdout).not.toContain('Examples:');
      }
    });

    it('is English with --lang en whatever the locale', async () => {
      const help = await ecm(['--help', '--lang', 'en'], { env: { LANG: 'nl_NL.UTF-8', ECM_LANG: 'nl' } });
      expect(help.code).toBe(0);
      expect(help.stdout).toContain('Usage:');
      // commander wraps the description at 80 columns.
      expect(help.stdout).toContain('Provision and inspect the customer environments');
      expect(help.stdout).not.toContain(nl.help.titles['Options:']);
    });
  });
});
