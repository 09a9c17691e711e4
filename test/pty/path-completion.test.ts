/**
 * Tab at the file questions in a real terminal: it completes the path as a shell does (a folder to `dir/`, a
 * unique file to its name, several to what they share) and lists the matches when it can add no more; the
 * completed answer is accepted. Needs `npm run build` first.
 */
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { messages as m } from '../../src/messages/index.js';
import { nl } from '../../src/messages/nl.js';
import { ROOT } from '../support/paths.js';
import { asked, ecmInTerminal, ecmOk, KEY, type PtySession, shown, supplierDatabase } from './support/ecm.js';

const q = m.prompts;
const FILES = 'fixtures/files';

/** The question with this much typed on its line, the cursor after it. */
const typed = (question: string, line: string) => new RegExp(`^\\? ${shown(`${question} ${line}`).source}$`, 'm');

/** Types `part` and Tab at the question, and waits for the line to read `completed`. */
async function complete(s: PtySession, question: string, part: string, completed: string): Promise<void> {
  s.type(`${part}${KEY.tab}`);
  await s.waitFor(typed(question, completed));
}

/** The environment holds the completed files: the e-mail logo and PDF picked, and a portal logo of `logo`'s format. */
async function expectStored(db: string, acro: string, logo: string): Promise<void> {
  const bytes = (file: string) => statSync(join(ROOT, FILES, file)).size;
  const klant = JSON.parse(await ecmOk(db, ['klant', 'show', acro, '--output', 'json']));
  expect(klant).toMatchObject({
    emailLogo: { bytes: bytes('email-logo.png') },
    sizeInstructions: { bytes: bytes('maattabel.pdf') },
    logo: { format: logo },
  });
}

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

describe('Tab at a file question', () => {
  it('completes the paths of the create form, lists an ambiguous prefix, and takes the completed answers', async () => {
    const db = await supplierDatabase();
    const s = ecmInTerminal(db, ['klant', 'create', '--acro', 'KPN', '--name', 'KPN B.V.', '--yes']);
    await s.answer(asked(q.company.referenceCode), '');

    await s.waitFor(asked(q.company.emailLogo));
    await complete(s, q.company.emailLogo, 'fix', 'fixtures/');
    await complete(s, q.company.emailLogo, 'f', `${FILES}/`);
    // email-logo.png and email-logo-large.png: the first Tab adds what they share, the second lists them.
    await complete(s, q.company.emailLogo, 'e', `${FILES}/email-logo`);
    // A list would be drawn under the line, after it; inquirer ends each drawing by putting the cursor back on
    // the line (ESC [ n G), so what the first Tab drew under the completed path lies before that.
    // eslint-disable-next-line no-control-regex
    const [, under] = await s.waitFor(/files\/email-logo([^]*?)\u001b\[\d+G/, { in: 'raw' });
    expect(under).not.toMatch(/email-logo-large\.png/);
    s.type(KEY.tab);
    await s.waitFor(/^email-logo-large\.png {2}email-logo\.png$/m);
    s.type(`.png${KEY.enter}`);

    await s.waitFor(asked(q.company.sizeInstructions));
    expect(s.text()).not.toMatch(/email-logo-large/);
    await complete(s, q.company.sizeInstructions, `${FILES}/m`, `${FILES}/maattabel.pdf`);
    s.type(KEY.enter);
    await s.answer(asked(q.admin.username), '');
    await s.waitFor(asked(q.portal.logo));
    await complete(s, q.portal.logo, `${FILES}/po`, `${FILES}/portal-logo.png`);
    s.type(KEY.enter);
    await s.answer(asked(q.portal.template), '');
    await s.answer(asked(q.address.street), '');

    expect(await s.ended(60_000)).toEqual({ code: 0, signal: 0 });
    await expectStored(db, 'KPN', 'png');
  }, 120_000);

  it('completes the paths of the update form, and takes the completed answers', async () => {
    const db = await supplierDatabase({ ns: true });
    const s = ecmInTerminal(db, ['klant', 'update', 'NS', '--yes']);
    await s.waitFor(asked(q.update.fields('NS')));
    s.type(`${KEY.down}${KEY.down}${KEY.space}${KEY.down}${KEY.space}${KEY.down}${KEY.space}`);
    await s.waitFor(/❯◉ Portal logo/);
    s.type(KEY.enter);

    await s.waitFor(asked(q.update.emailLogo));
    await complete(s, q.update.emailLogo, 'fixtures/files/email-logo.', `${FILES}/email-logo.png`);
    s.type(KEY.enter);
    await s.waitFor(asked(q.update.sizeInstructions));
    await complete(s, q.update.sizeInstructions, 'fixtures/files/ma', `${FILES}/maattabel.pdf`);
    s.type(KEY.enter);
    await s.waitFor(asked(q.update.logo));
    await complete(s, q.update.logo, 'fixtures/files/l', `${FILES}/logo.jpg`);
    s.type(KEY.enter);

    expect(await s.ended(60_000)).toEqual({ code: 0, signal: 0 });
    await expectStored(db, 'NS', 'jpeg');
  }, 120_000);

  it('says in Dutch how many more matches a long list leaves out', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'ecm-pty-many-'));
    folders.push(folder);
    for (let i = 0; i < 70; i++) writeFileSync(join(folder, `a${String(i).padStart(3, '0')}.png`), 'x');
    const db = await supplierDatabase();
    const s = ecmInTerminal(db, ['klant', 'create', '--acro', 'KPN', '--name', 'KPN B.V.'], undefined, {
      LANG: 'nl_NL.UTF-8',
    });
    await s.answer(asked(nl.prompts.company.referenceCode), '');
    await s.waitFor(asked(nl.prompts.company.emailLogo));
    await complete(s, nl.prompts.company.emailLogo, `${folder}/`, `${folder}/a0`);
    s.type(KEY.tab);
    await s.waitFor(shown(nl.prompts.matches.more(10)));
    expect(s.text()).toMatch(/a059\.png/);
    expect(s.text()).not.toMatch(/a060\.png/);
    s.type(KEY.ctrlC);
    expect((await s.ended()).code).toBe(130);
  }, 90_000);
});
