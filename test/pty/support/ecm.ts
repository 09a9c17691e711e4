/**
 * Runs the built `ecm` as a person would: in a real pseudo-terminal (so stdin, stdout and stderr are all
 * terminals and the interactive form, the spinners and the colours are the real ones), or spawned normally
 * with pipes for the set-up and the read-back.
 */
import { spawn as spawnChild } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawn as spawnPty, type IPty } from '@lydell/node-pty';
import { afterEach } from 'vitest';
import { FIXTURES, ROOT } from '../../support/paths.js';
import { Screen } from './screen.js';

const BIN = join(ROOT, 'bin', 'ecm.js');
/** How long one thing may take to appear. The machines are shared and slow; a wait ends as soon as it appears. */
export const WAIT_MS = 20_000;

/** What a key sends, as a terminal in its default (normal cursor key) mode sends it. */
export const KEY = {
  enter: '\r',
  up: '\u001b[A',
  down: '\u001b[B',
  right: '\u001b[C',
  /** Readline's "to the start of the line" (Ctrl-A), and Delete, which takes the character under the cursor. */
  home: '\u0001',
  delete: '\u001b[3~',
  backspace: '\u007f',
  space: ' ',
  tab: '\t',
  ctrlC: '\u0003',
  /** Readline's "erase the line", to retype an answer that was refused (inquirer keeps it for editing). */
  ctrlU: '\u0015',
} as const;

const live = new Set<PtySession>();
const folders: string[] = [];
afterEach(() => {
  for (const session of live) session.kill();
  live.clear();
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

/**
 * The environment of a person's shell: no CI, no colour overrides, no ecm settings but the database, and no
 * language settings (so ecm speaks English) unless `extra` gives them.
 */
export function personEnv(databasePath: string, extra: Record<string, string> = {}): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (value === undefined) continue;
    if (/^(CI|NO_COLOR|FORCE_COLOR|NODE_DISABLE_COLORS|COLUMNS|LINES|ECM_.*|LANG|LC_.*)$/.test(key)) continue;
    env[key] = value;
  }
  return { ...env, TERM: 'xterm-256color', ECM_DATABASE_URL: databasePath, ...extra };
}

export interface Exit {
  code: number;
  /** The signal that ended the process, 0 when it exited by itself. */
  signal: number;
}

export class PtySession {
  private readonly screen: Screen;
  private readonly listeners = new Set<() => void>();
  private exit: Exit | null = null;
  private transcript = '';
  readonly exited: Promise<Exit>;

  constructor(
    private readonly pty: IPty,
    readonly command: string,
  ) {
    this.screen = new Screen(pty.cols, pty.rows);
    pty.onData((data) => {
      this.transcript += data;
      this.screen.write(data);
      this.notify();
    });
    this.exited = new Promise((resolve) => {
      pty.onExit(({ exitCode, signal }) => {
        this.exit = { code: exitCode, signal: signal ?? 0 };
        live.delete(this);
        resolve(this.exit);
        this.notify();
      });
    });
  }

  /** The screen as it looks now. */
  text(): string {
    return this.screen.text();
  }

  /** Everything shown so far, including what scrolled off the top. */
  history(): string {
    return this.screen.history();
  }

  /** Every byte the program wrote, escape sequences included. */
  raw(): string {
    return this.transcript;
  }

  /** Types keys (`'KPN\r'`, `KEY.down`, `KEY.ctrlC`) as they would arrive from a keyboard. */
  type(keys: string): void {
    this.pty.write(keys);
  }

  /**
   * Waits until `pattern` matches the screen (or, with `history`, everything shown so far; with `raw`, every
   * byte written so far).
   */
  async waitFor(
    pattern: RegExp,
    { timeout = WAIT_MS, in: where = 'screen' }: { timeout?: number; in?: 'screen' | 'history' | 'raw' } = {},
  ): Promise<RegExpMatchArray> {
    const read = { screen: () => this.text(), history: () => this.history(), raw: () => this.raw() }[where];
    const look = () => read().match(pattern);
    const found = look();
    if (found) return found;
    return new Promise((resolve, reject) => {
      const check = () => {
        const match = look();
        if (match) finish(() => resolve(match));
        else if (this.exit) finish(() => reject(this.failure(`the process ended (${ending(this.exit!)})`, pattern)));
      };
      const timer = setTimeout(
        () => finish(() => reject(this.failure(`nothing matched within ${timeout} ms`, pattern))),
        timeout,
      );
      const finish = (settle: () => void) => {
        clearTimeout(timer);
        this.listeners.delete(check);
        settle();
      };
      this.listeners.add(check);
      if (this.exit) check(); // it has ended already: say so now rather than at the time limit
    });
  }

  /** Waits for a question, then types the answer and Enter. */
  async answer(question: RegExp, text: string): Promise<void> {
    await this.waitFor(question);
    this.type(`${text}${KEY.enter}`);
  }

  /**
   * Waits for a list (select, checkbox or search) showing a line that matches `line`, drawn down to the keys
   * under it. inquirer writes a list top to bottom, but the terminal hands it over in pieces (a line at a
   * time, and later ones a moment later on a loaded machine), so one line on the screen says nothing of the
   * lines below it. Every drawing erases the one before and ends with the keys, so once they are under `line`
   * the whole list is there: what it shows can be read, and what it leaves out is really left out.
   */
  async listShowing(line: RegExp): Promise<void> {
    await this.waitFor(new RegExp(`${line.source}(?:\\n.*)*\\n.*↑↓`, 'm'));
  }

  /**
   * Waits for `last`, the last line a test reads after the end, and then for the end. node-pty reports the
   * exit once the terminal's output has run dry, or else 200 ms after it, dropping what is still unread; so
   * nothing shows after the end, and a tail it dropped, or one never written, fails here by name and with the
   * screen rather than as a wrong match further on.
   */
  async endedShowing(last: RegExp, timeout = WAIT_MS): Promise<Exit> {
    await this.waitFor(last, { timeout, in: 'history' });
    return this.ended(timeout);
  }

  /** Waits for the process to end. */
  async ended(timeout = WAIT_MS): Promise<Exit> {
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(this.failure(`it did not end within ${timeout} ms`)), timeout);
    });
    try {
      return await Promise.race([this.exited, late]);
    } finally {
      clearTimeout(timer);
    }
  }

  kill(): void {
    if (!this.exit) this.pty.kill('SIGKILL');
  }

  private notify(): void {
    for (const listener of [...this.listeners]) listener();
  }

  private failure(what: string, pattern?: RegExp): Error {
    const rule = '─'.repeat(this.screen.cols);
    const screen = this.text()
      .replace(/\n$/, '')
      .split('\n')
      .map((line) => `│${line}`)
      .join('\n');
    return new Error(
      [
        `${pattern ? `waiting for ${String(pattern)}: ` : ''}${what}`,
        `command: ecm ${this.command}`,
        `last screen (${this.screen.cols}×${this.screen.rows}):`,
        `┌${rule}`,
        screen,
        `└${rule}`,
      ].join('\n'),
    );
  }
}

function ending(exit: Exit): string {
  return exit.signal ? `killed by signal ${exit.signal}` : `exit code ${exit.code}`;
}

/**
 * Starts `ecm args…` in a 100×40 pseudo-terminal, in the project folder, on the given database; `env` adds to
 * the person's environment.
 */
export function ecmInTerminal(
  databasePath: string,
  args: readonly string[],
  size = { cols: 100, rows: 40 },
  env: Record<string, string> = {},
) {
  const pty = spawnPty(process.execPath, [BIN, ...args], {
    name: 'xterm-256color',
    ...size,
    cwd: ROOT,
    env: personEnv(databasePath, env),
  });
  const session = new PtySession(pty, args.join(' '));
  live.add(session);
  return session;
}

export interface Ran {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `ecm args…` without a terminal (stdin empty, output piped), as a script would. */
export function ecm(databasePath: string, args: readonly string[]): Promise<Ran> {
  return new Promise((resolve, reject) => {
    const child = spawnChild(process.execPath, [BIN, ...args], {
      cwd: ROOT,
      env: personEnv(databasePath),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** Like `ecm`, but a failure is an error that shows what the command said. */
export async function ecmOk(databasePath: string, args: readonly string[]): Promise<string> {
  const ran = await ecm(databasePath, args);
  if (ran.code !== 0) {
    throw new Error(`ecm ${args.join(' ')} exited ${ran.code}\nstdout:\n${ran.stdout}\nstderr:\n${ran.stderr}`);
  }
  return ran.stdout;
}

/**
 * A new SQLite file set up as the supplier "acme" with leverancieradmin jan, and (with `ns`) the environment NS
 * from fixtures/ns.json to copy settings from. Removed after the test.
 */
export async function supplierDatabase({ ns = false }: { ns?: boolean } = {}): Promise<string> {
  const folder = mkdtempSync(join(tmpdir(), 'ecm-pty-'));
  folders.push(folder);
  const path = join(folder, 'ecm.sqlite');
  await ecmOk(path, ['init', '--supplier', 'acme', '--admin', 'jan', '--admin-email', 'jan@acme.example']);
  if (ns) await ecmOk(path, ['klant', 'create', '--json', join(FIXTURES, 'ns.json')]);
  return path;
}

/** The question being asked now: inquirer marks it with "?" (and with "✔" once it is answered). */
export function asked(question: string): RegExp {
  return new RegExp(`^\\? ${shown(question).source}`, 'm');
}

/** A regular expression for a text as shown: special characters taken literally, any space may be a line break. */
export function shown(text: string): RegExp {
  return new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ +/g, '\\s+'));
}

/** Every field of KPN as a `klant create` flag, by the flag's name without its dashes. */
export const KPN_FIELDS: Readonly<Record<string, string>> = {
  acro: 'KPN',
  name: 'KPN B.V.',
  'reference-code': 'DEB-1001',
  'email-logo': 'fixtures/files/email-logo.png',
  'size-instructions': 'fixtures/files/maattabel.pdf',
  'admin-username': 'kpn.beheer',
  'admin-email': 'beheer@kpn.example',
  logo: 'fixtures/files/portal-logo.png',
  template: 'donker',
  street: 'Wilhelminakade',
  'house-number': '91',
  'house-number-addition': 'A',
  'postal-code': '3072ap',
  city: 'Rotterdam',
  country: 'NL',
  attention: 'Facilitair bedrijf',
  phone: '+31 10 123 4567',
};

/** The flags of KPN_FIELDS but those left to the form to ask. */
export function kpnFlagsBut(...asked: string[]): string[] {
  return Object.entries(KPN_FIELDS)
    .filter(([flag]) => !asked.includes(flag))
    .flatMap(([flag, value]) => [`--${flag}`, value]);
}
