/**
 * What a command runs in: the resolved global options, the streams, and the database, opened on first use
 * and closed when the command ends.
 */
import type { DatabaseAccess } from '../db/open.js';
import type { Database } from '../db/ports.js';
import type { CliContext } from './context.js';

/** What a command returns: the result in both formats; the top prints the one asked for. */
export interface Rendered {
  json: unknown;
  text: string;
  /** A result that is also a failure (an import that stopped part-way) exits with this code. */
  exitCode?: number;
}

export interface CommandModule {
  run(session: Session, options: Record<string, unknown>, args: string[]): Promise<Rendered>;
}

export interface Action {
  module: () => Promise<CommandModule>;
  options: Record<string, unknown>;
  args?: string[];
}

export class Session {
  private opened: Promise<Database> | null = null;

  constructor(
    readonly cli: CliContext,
    private readonly openDatabase: (url: string | undefined, access: DatabaseAccess) => Promise<Database>,
  ) {}

  /**
   * A command that only reads asks for 'read': a SQLite file that is not there is then not created (a typo in
   * the path would otherwise leave a new file and folder behind).
   */
  database(access: DatabaseAccess = 'write'): Promise<Database> {
    this.opened ??= this.openDatabase(this.cli.globals.database ?? nonEmpty(this.cli.env.ECM_DATABASE_URL), access);
    return this.opened;
  }

  /**
   * Who is acting, as the person says: `--as`, which wins over ECM_USER; or, where `resolveOperator` would
   * refuse with operator_required (several leverancieradmins, none named) and the command may ask, the one
   * they pick. Otherwise undefined, and `resolveOperator` decides: the only leverancieradmin, or the error.
   */
  async operator(db: Database, options: Record<string, unknown>): Promise<string | undefined> {
    const named = this.cli.globals.as ?? nonEmpty(this.cli.env.ECM_USER);
    if (named !== undefined || !this.mayAsk(options)) return named;
    const admins = await db.read.supplierAdmins();
    if (admins.length < 2) return undefined;
    const [{ createInquirerPrompter }, { askOperator }] = await Promise.all([
      import('./prompts/inquirer-prompter.js'),
      import('./prompts/operator-question.js'),
    ]);
    const { cli } = this;
    return askOperator(
      createInquirerPrompter({ output: cli.stderr, input: cli.stdin, color: cli.err.level > 0 }),
      admins,
    );
  }

  /** A person is there to answer, and neither `--no-input`, `--json` input nor JSON output says not to ask. */
  private mayAsk(options: Record<string, unknown>): boolean {
    const { cli } = this;
    const terminal = Boolean(cli.stdin.isTTY) && Boolean(cli.stderr.isTTY);
    return terminal && options.input !== false && options.json === undefined && cli.format === 'text';
  }

  async close(): Promise<void> {
    if (this.opened) await (await this.opened.catch(() => null))?.close();
  }
}

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value.trim() === '' ? undefined : value;
}
