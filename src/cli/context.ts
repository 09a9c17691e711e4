/**
 * What every command gets from the top: the global options resolved once, the streams, and the colours.
 */
import type { ChalkInstance } from 'chalk';

export type OutputFormat = 'json' | 'text';

export interface GlobalOptions {
  database?: string;
  as?: string;
  output?: string;
  color: boolean;
  debug?: boolean;
  /** Read from the command line before commander parses it (see language.ts); here only to be accepted. */
  lang?: string;
}

export interface CliContext {
  globals: GlobalOptions;
  format: OutputFormat;
  debug: boolean;
  stdin: NodeJS.ReadStream;
  stdout: NodeJS.WriteStream;
  stderr: NodeJS.WriteStream;
  out: ChalkInstance;
  err: ChalkInstance;
  env: NodeJS.ProcessEnv;
}
