/**
 * Ctrl-C while the klantomgeving is being provisioned, after the form: the terminal turns it into SIGINT,
 * the running step finishes, the transaction is rolled back, and the command exits 130 with nothing created.
 *
 * To have time to press it, the source environment NS gets a large assortment, written straight into the
 * SQLite file, so that copying it takes a while; Ctrl-C goes as soon as the copy step's spinner is on screen.
 */
import { createHash } from 'node:crypto';
import BetterSqlite3 from 'better-sqlite3';
import { expect, it } from 'vitest';
import { messages as m } from '../../src/messages/index.js';
import { snapshot } from '../support/database.js';
import { asked, ecmInTerminal, KEY, shown, supplierDatabase } from './support/ecm.js';

/** Products in the seeded assortment; each has six sizes, so seven rows are copied per product. */
const PRODUCTS = 60_000;
const SIZES = ['XS', 'S', 'M', 'L', 'XL', 'XXL'];

function seedAssortment(path: string, acro: string, products: number): void {
  const db = new BetterSqlite3(path);
  try {
    const environment = db.prepare('select id from environments where acro = ?').pluck().get(acro);
    const group = db.prepare('insert into product_groups (environment_id, code, name) values (?, ?, ?)');
    const product = db.prepare(
      'insert into products (environment_id, group_id, article_number, name) values (?, ?, ?, ?)',
    );
    const size = db.prepare(
      'insert into product_sizes (environment_id, product_id, size, price_cents, sort_order) values (?, ?, ?, ?, ?)',
    );
    db.transaction(() => {
      let groupId: number | bigint = 0;
      for (let i = 0; i < products; i++) {
        if (i % 100 === 0) groupId = group.run(environment, `G${i / 100}`, `Groep ${i / 100}`).lastInsertRowid;
        const productId = product.run(environment, groupId, `ART-${i}`, `Werkbroek ${i}`).lastInsertRowid;
        SIZES.forEach((name, order) => size.run(environment, productId, name, 2995 + 100 * order, order));
      }
    })();
  } finally {
    db.close();
  }
}

/** Rows per table, to say what changed if anything did, and a digest of every row to prove nothing did. */
async function fingerprint(path: string): Promise<{ rows: Record<string, number>; sha256: string }> {
  const reader = new BetterSqlite3(path, { readonly: true });
  try {
    const tables = reader
      .prepare("select name from sqlite_master where type = 'table' order by name")
      .pluck()
      .all() as string[];
    const rows = Object.fromEntries(
      tables.map((table) => [table, reader.prepare(`select count(*) from "${table}"`).pluck().get() as number]),
    );
    return {
      rows,
      sha256: createHash('sha256')
        .update(await snapshot(path))
        .digest('hex'),
    };
  } finally {
    reader.close();
  }
}

const q = m.prompts;

it('cancels with Ctrl-C while provisioning: exit 130, nothing created', async () => {
  const db = await supplierDatabase({ ns: true });
  seedAssortment(db, 'NS', PRODUCTS);
  const before = await fingerprint(db);
  const s = ecmInTerminal(db, [
    'klant',
    'create',
    '--acro',
    'KPN',
    '--name',
    'KPN B.V.',
    '--admin-username',
    'kpn.beheer',
    '--admin-email',
    'beheer@kpn.example',
    '--copy-from',
    'NS',
    '--copy',
    'assortment',
    '--yes',
  ]);

  for (const question of [
    q.company.referenceCode,
    q.company.emailLogo,
    q.company.sizeInstructions,
    q.portal.logo,
    q.portal.template,
    q.address.street,
  ]) {
    await s.answer(asked(question), '');
  }
  await s.waitFor(shown(m.steps.copy));
  s.type(KEY.ctrlC);

  // Either ending, so that one that came too late is told apart from one that went wrong.
  const cancelledOrCreated = new RegExp(`${shown(m.cancelled).source}|${shown(m.summary.created('KPN')).source}`);
  const exit = await s.endedShowing(cancelledOrCreated, 60_000);
  expect(exit, 'exit 0 means Ctrl-C came after the last step: seed more PRODUCTS to slow the copy down').toEqual({
    code: 130,
    signal: 0,
  });
  expect(s.text()).toMatch(shown(m.cancelled));
  expect(s.history()).not.toMatch(shown(m.summary.created('KPN')));
  expect(await fingerprint(db)).toEqual(before);
}, 180_000);
