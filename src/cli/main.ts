/**
 * The top of the CLI: parses the command line, runs the command, prints its result, and is the one place
 * that turns errors into exit codes.
 */
import { createRequire } from 'node:module';
import { CommanderError } from 'commander';
import { EcmError, EXIT_CODES } from '../errors.js';
import { messages as m, useLanguage } from '../messages/index.js';
import { useTimeZone } from '../messages/time.js';
import { commanderMessage } from './commander-words.js';
import type { CliContext, GlobalOptions, OutputFormat } from './context.js';
import { flagForField } from './form-flags.js';
import { chalkFor } from './output/colour.js';
import { asEcmError, printError } from './output/error-printer.js';
import { jsonDocument } from './output/json.js';
import { chooseLanguage } from './language.js';
import { buildProgram } from './program.js';
import { Session, type Action } from './session.js';

export interface Io {
  stdin: NodeJS.ReadStream;
  stdout: NodeJS.WriteStream;
  stderr: NodeJS.WriteStream;
  env: NodeJS.ProcessEnv;
}

const { version } = createRequire(import.meta.url)('../../package.json') as { version: string };

export async function main(argv: readonly string[], io: Io): Promise<number> {
  // The language first: the help texts are made when the program is built, before commander parses.
  const { language, refused } = chooseLanguage(argv, io.env);
  useLanguage(language);
  useTimeZone(io.env.TZ);
  if (refused !== undefined) {
    const cli = await cliContext(io, { color: !argv.includes('--no-color') }, formatFromArgv(argv));
    printError(
      cli,
      EcmError.one('input', 'invalid_arguments', m.input.invalidArguments(m.input.invalidLanguage(refused))),
    );
    return EXIT_CODES.input;
  }
  let cli: CliContext | undefined;
  let exitCode = 0;
  const program = buildProgram(
    version,
    async (action: Action) => {
      const globals = program.opts<GlobalOptions>();
      cli = await cliContext(io, globals, resolveFormat(globals.output, action.options));
      exitCode = await runAction(cli, action);
    },
    {
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
      // Parse errors are printed by printError, in the format asked for.
      outputError: () => undefined,
    },
  );
  try {
    await program.parseAsync(argv, { from: 'user' });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError && ['commander.helpDisplayed', 'commander.version'].includes(error.code)) {
      return 0;
    }
    // A parse error comes before the options are known: take what the command line says about the format.
    cli ??= await cliContext(io, { color: !argv.includes('--no-color') }, formatFromArgv(argv));
    if (error instanceof CommanderError) return commanderExit(cli, error);
    const failure = asEcmError(error);
    printError(cli, failure, (p) => flagForField(p.field));
    return EXIT_CODES[failure.kind];
  }
}

async function runAction(cli: CliContext, action: Action): Promise<number> {
  const { openDatabase } = await import('../db/open.js');
  const session = new Session(cli, (url, access) => openDatabase(url, cli.env, access));
  try {
    if (cli.globals.output !== undefined && !['json', 'text'].includes(cli.globals.output)) {
      throw EcmError.one('input', 'invalid_output', m.input.invalidOutput);
    }
    const command = await action.module();
    const rendered = await command.run(session, action.options, action.args ?? []);
    cli.stdout.write(cli.format === 'json' ? jsonDocument(rendered.json) : rendered.text);
    return rendered.exitCode ?? 0;
  } finally {
    await session.close();
  }
}

/** Help and version are answers, not failures; every other parse error is bad input. */
function commanderExit(cli: CliContext, error: CommanderError): number {
  // A command group without its subcommand shows its help; that is a usage error unless help was asked for.
  if (error.code === 'commander.help') {
    if (error.exitCode === 0) return 0;
    // The help went to stderr; a script that asked for JSON still gets its one failure document.
    if (cli.format === 'json') printError(cli, EcmError.one('input', 'missing_command', m.input.missingCommand));
    return EXIT_CODES.input;
  }
  const message = commanderMessage(error.message.replace(/^error: /, ''));
  printError(cli, EcmError.one('input', 'invalid_arguments', m.input.invalidArguments(message)));
  return EXIT_CODES.input;
}

async function cliContext(io: Io, globals: GlobalOptions, format: OutputFormat): Promise<CliContext> {
  return {
    globals,
    format,
    debug: Boolean(globals.debug) || io.env.ECM_DEBUG === '1',
    stdin: io.stdin,
    stdout: io.stdout,
    stderr: io.stderr,
    out: await chalkFor(io.stdout, globals.color, io.env),
    err: await chalkFor(io.stderr, globals.color, io.env),
    env: io.env,
  };
}

/** `--json` input implies JSON output unless --output says otherwise. */
function resolveFormat(output: string | undefined, options: Record<string, unknown>): OutputFormat {
  if (output === 'json' || output === 'text') return output;
  return options.json !== undefined ? 'json' : 'text';
}

/** Before commander has parsed anything, a parse error still has to come out in the format asked for. */
function formatFromArgv(argv: readonly string[]): OutputFormat {
  const i = argv.indexOf('--output');
  const output =
    argv.find((a) => a.startsWith('--output='))?.slice('--output='.length) ?? (i >= 0 ? argv[i + 1] : undefined);
  return resolveFormat(output, { json: argv.includes('--json') ? '' : undefined });
}
