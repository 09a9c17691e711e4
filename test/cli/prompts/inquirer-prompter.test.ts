/** The real prompter, driven through a fake terminal: keystrokes in, the rendered questions out. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { stripVTControlCharacters } from 'node:util';
import { describe, expect, it, vi } from 'vitest';
import { createInquirerPrompter } from '../../../src/cli/prompts/inquirer-prompter.js';
import { EcmError } from '../../../src/errors.js';
import { messages as m } from '../../../src/messages/index.js';

function fakeTerminal(signal?: AbortSignal) {
  const input = new PassThrough();
  const output = new PassThrough();
  let written = '';
  output.on('data', (chunk: Buffer) => (written += chunk.toString()));
  const screen = () => stripVTControlCharacters(written);
  const showing = (text: string) => vi.waitFor(() => expect(screen()).toContain(text), { interval: 5 });
  return {
    prompter: createInquirerPrompter({ input, output, signal }),
    screen,
    showing,
    /** Types once `text` is on the screen, as a person would: after the question (or its complaint) shows. */
    async typeAfter(text: string, keys: string): Promise<void> {
      await showing(text);
      input.write(keys);
    },
  };
}

describe('createInquirerPrompter', () => {
  it('asks on the given output and answers with what was typed', async () => {
    const terminal = fakeTerminal();
    const answer = terminal.prompter.input({ message: 'Acro' });
    await terminal.typeAfter('Acro', 'KPN\r');
    await expect(answer).resolves.toBe('KPN');
    expect(terminal.screen()).toContain('Acro');
  });

  it('shows a refusal from validate and waits for a better answer, then goes on to the next question', async () => {
    const terminal = fakeTerminal();
    const validate = (value: string) => (value === 'ns' ? 'acro "ns" is already in use' : true);
    const first = terminal.prompter.input({ message: 'Acro', validate });
    await terminal.typeAfter('Acro', 'ns\r');
    await terminal.typeAfter('already in use', '\x7f\x7fKPN\r');
    await expect(first).resolves.toBe('KPN');
    expect(terminal.screen()).toContain('Acro "ns" is already in use');

    terminal.prompter.note('a note between questions');
    const second = terminal.prompter.confirm({ message: 'Create this klantomgeving?', default: true });
    await terminal.typeAfter('Create this', '\r');
    await expect(second).resolves.toBe(true);
    expect(terminal.screen()).toContain('a note between questions');
  });

  it('puts a prefilled default on the line to edit; erasing it and one Backspace more empties the answer', async () => {
    const terminal = fakeTerminal();
    const edited = terminal.prompter.input({ message: 'Company name', default: 'KPN B.V', prefill: true });
    await terminal.typeAfter('KPN B.V', '.\r');
    await expect(edited).resolves.toBe('KPN B.V.');

    const emptied = terminal.prompter.input({ message: 'Phone', default: '010', prefill: true });
    await terminal.typeAfter('Phone', '\x7f\x7f\x7f');
    await terminal.typeAfter('(010)', '\x7f\r');
    await expect(emptied).resolves.toBe('');

    const replaced = terminal.prompter.input({ message: 'City', default: 'Rotterdam' });
    await terminal.typeAfter('City', 'Delft\r');
    await expect(replaced).resolves.toBe('Delft');
  });

  it('hands checkbox validation the chosen values', async () => {
    const terminal = fakeTerminal();
    const seen: (readonly string[])[] = [];
    const answer = terminal.prompter.checkbox({
      message: 'Which categories to copy?',
      choices: [
        { name: 'Assortment', value: 'assortment' },
        { name: 'Sets', value: 'sets' },
      ],
      validate: (chosen) => (seen.push(chosen), true),
    });
    await terminal.typeAfter('Sets', ' \r');
    await expect(answer).resolves.toEqual(['assortment']);
    expect(seen).toEqual([['assortment']]);
  });

  it('completes a file path with Tab, lists the matches when it cannot add more, and validates the answer', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'ecm-path-prompt-'));
    mkdirSync(join(folder, 'logos'));
    writeFileSync(join(folder, 'logos', 'kpn.png'), 'x');
    writeFileSync(join(folder, 'logos', 'kpn-mail.png'), 'x');
    vi.spyOn(process, 'cwd').mockReturnValue(folder);
    try {
      const terminal = fakeTerminal();
      const validate = (path: string) => (path.endsWith('.png') ? true : `${path} is no logo`);
      const answer = terminal.prompter.path({ message: 'E-mail logo', validate });
      await terminal.typeAfter('E-mail logo', 'lo\t');
      await terminal.typeAfter('logos/', 'k\t');
      await terminal.typeAfter('logos/kpn', '\t');
      await terminal.typeAfter('kpn-mail.png  kpn.png', '\r');
      await terminal.typeAfter('> logos/kpn is no logo', '.png\r');
      await expect(answer).resolves.toBe('logos/kpn.png');
      expect(terminal.screen()).not.toContain('\t');
    } finally {
      vi.restoreAllMocks();
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('narrows a search as you type, says so in words when nothing matches, and answers with the one picked', async () => {
    const terminal = fakeTerminal();
    const all = [
      { name: 'KPN — KPN B.V.', value: 'KPN' },
      { name: 'NS — Nederlandse Spoorwegen', value: 'NS' },
    ];
    const answer = terminal.prompter.search({
      message: 'Copy settings from',
      source: (typed) => all.filter((choice) => choice.name.toLowerCase().includes(typed.toLowerCase())),
    });
    await terminal.typeAfter('KPN — KPN B.V.', 'xyz');
    await terminal.typeAfter(m.prompts.matches.none, '\x7f\x7f\x7fspoor');
    await terminal.typeAfter('❯ NS — Nederlandse Spoorwegen', '\r');
    await expect(answer).resolves.toBe('NS');
    expect(terminal.screen()).toContain(`${m.prompts.keys.type} ${m.prompts.keys.search}`);
  });

  it('puts a file answer given before on the line to edit, and lets it go as a text answer does', async () => {
    const terminal = fakeTerminal();
    const edited = terminal.prompter.path({ message: 'Portal logo', default: '/logos/kpn.png', prefill: true });
    await terminal.typeAfter('/logos/kpn.png', '\x7f\x7f\x7fjpg\r');
    await expect(edited).resolves.toBe('/logos/kpn.jpg');

    const kept = terminal.prompter.path({ message: 'Size instructions', default: 'maten.pdf' });
    await terminal.typeAfter('(maten.pdf)', '\r');
    await expect(kept).resolves.toBe('maten.pdf');

    const emptied = terminal.prompter.path({ message: 'E-mail logo', default: 'a.png', prefill: true });
    await terminal.typeAfter('E-mail logo', '\x7f\x7f\x7f\x7f\x7f');
    await terminal.typeAfter('(a.png)', '\x7f\r');
    await expect(emptied).resolves.toBe('');
  });

  it('starts a search on the answer given before, so Enter keeps it', async () => {
    const terminal = fakeTerminal();
    const all = [
      { name: 'none', value: null },
      { name: 'KPN — KPN B.V.', value: 'KPN' },
      { name: 'NS — Nederlandse Spoorwegen', value: 'NS' },
    ];
    const answer = terminal.prompter.search<string | null>({
      message: 'Copy settings from',
      default: 'NS',
      source: (typed) => all.filter((choice) => choice.name.toLowerCase().includes(typed.toLowerCase())),
    });
    await terminal.typeAfter('❯ NS — Nederlandse Spoorwegen', '\r');
    await expect(answer).resolves.toBe('NS');
  });

  it('turns Ctrl-C into the cancelled error, exit 130', async () => {
    const terminal = fakeTerminal();
    const answer = terminal.prompter.input({ message: 'Acro' });
    await terminal.typeAfter('Acro', '\x03');
    await expect(answer).rejects.toBeInstanceOf(EcmError);
    await expect(answer).rejects.toMatchObject({ kind: 'cancelled', problems: [{ code: 'cancelled' }] });
  });

  it('turns an aborted signal into the cancelled error', async () => {
    const controller = new AbortController();
    const terminal = fakeTerminal(controller.signal);
    const answer = terminal.prompter.select({
      message: 'Template',
      choices: [{ name: 'standaard', value: 'standaard' }],
    });
    await terminal.showing('standaard');
    controller.abort();
    await expect(answer).rejects.toMatchObject({ kind: 'cancelled' });
  });
});
