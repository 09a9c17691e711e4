/**
 * Contract, "ecm completion": the scripts are made from the program's own command tree, load in their shell,
 * and complete commands, flags, fixed values and the names looked up in the database.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES } from '../support/paths.js';
import { BIN, DIALECTS, ecm, initialisedDatabase, jsonOf, problemsOf, tempDir } from './run-ecm.js';

const installed = (shell: string) => spawnSync('sh', ['-c', `command -v ${shell}`]).status === 0;

async function scriptFile(shell: string): Promise<string> {
  const result = await ecm(['completion', shell]);
  expect(result.code, result.stderr).toBe(0);
  const file = join(tempDir(), `ecm.${shell}`);
  writeFileSync(file, result.stdout);
  return file;
}

/** What the bash script offers for the words typed so far (the last one is being completed). */
function bashCompletes(script: string, words: string[], env: Record<string, string> = {}): string[] {
  const program = [
    `ecm() { "${process.execPath}" "${BIN}" "$@"; }`,
    `source "${script}"`,
    'COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1))',
    '_ecm',
    'printf "%s\\n" "${COMPREPLY[@]}"',
  ].join('\n');
  const output = execFileSync('bash', ['-c', program, 'bash', ...words], { env: { ...process.env, ...env } });
  return output.toString().split('\n').filter(Boolean);
}

describe('ecm completion', () => {
  it('writes a bash script that parses and completes commands, flags and values', async () => {
    const script = await scriptFile('bash');
    execFileSync('bash', ['-n', script]);
    expect(bashCompletes(script, ['ecm', 'klant', 'cr'])).toEqual(['create']);
    expect(bashCompletes(script, ['ecm', 'kl'])).toEqual(['klant', 'klantadmin']);
    expect(bashCompletes(script, ['ecm', 'klant', 'create', '--copy-f'])).toEqual(['--copy-from']);
    expect(bashCompletes(script, ['ecm', 'klant', 'create', '--copy', 'ass'])).toEqual(['assortment']);
    expect(bashCompletes(script, ['ecm', '--output', 'json', 'klant', 'show', '--'])).toContain('--help');
    expect(bashCompletes(script, ['ecm', 'completion', 'f'])).toEqual(['fish']);
    expect(bashCompletes(script, ['ecm', 'klant', 'create', '--save-'])).toEqual(['--save-input']);
    const saveInput = ['ecm', 'klant', 'create', '--save-input', join(FIXTURES, 'kp')];
    expect(bashCompletes(script, saveInput)).toEqual([join(FIXTURES, 'kpn.json')]);
    // Hidden flags are not offered: klant update refuses --acro.
    expect(bashCompletes(script, ['ecm', 'klant', 'update', 'KPN', '--ac'])).toEqual([]);
  });

  it.each(DIALECTS)('looks up acros and template names in the database (%s)', async (dialect) => {
    const db = await initialisedDatabase(dialect, { klanten: ['NS', 'KPN'] });
    const script = await scriptFile('bash');
    const env = { ECM_DATABASE_URL: db };
    expect(bashCompletes(script, ['ecm', 'klant', 'show', ''], env).sort()).toEqual(['KPN', 'NS']);
    expect(bashCompletes(script, ['ecm', 'klant', 'create', '--template', 'd'], env)).toEqual(['donker']);
  });

  it('offers nothing to look up, quietly, where no database is set up', async () => {
    const script = await scriptFile('bash');
    const env = { ECM_DATABASE_URL: join(tempDir(), 'none.sqlite') };
    expect(bashCompletes(script, ['ecm', 'klant', 'show', ''], env)).toEqual([]);
  });

  it.skipIf(!installed('zsh'))('writes a zsh script that zsh parses and loads', async () => {
    const script = await scriptFile('zsh');
    execFileSync('zsh', ['-n', script]);
    execFileSync('zsh', ['-c', `source "${script}" && whence _ecm`]);
  });

  it.skipIf(!installed('fish'))('writes a fish script that fish parses and loads', async () => {
    const script = await scriptFile('fish');
    execFileSync('fish', ['--no-execute', script]);
    const completions = execFileSync('fish', ['-c', `source "${script}"; complete -C 'ecm klant cr'`]);
    expect(completions.toString().split('\n')[0]).toMatch(/^create/);
  });

  it('makes every script from the same command tree', async () => {
    for (const shell of ['zsh', 'fish']) {
      const result = await ecm(['completion', shell]);
      expect(result.code, result.stderr).toBe(0);
      expect(result.stdout).toContain('reset-password');
      expect(result.stdout).toContain('copy-from');
    }
    const asJson = jsonOf(await ecm(['completion', 'bash', '--output', 'json']));
    expect(asJson).toMatchObject({ ok: true, shell: 'bash' });
  });

  it('refuses an unknown or missing shell with exit 2, without a database', async () => {
    const unknown = await ecm(['completion', 'tcsh', '--output', 'json']);
    expect(unknown.code).toBe(2);
    expect(problemsOf(unknown)).toEqual([['shell', 'unknown_shell']]);
    const missing = await ecm(['completion', '--output', 'json']);
    expect(missing.code).toBe(2);
    expect(problemsOf(missing)).toEqual([['shell', 'unknown_shell']]);
  });
});
