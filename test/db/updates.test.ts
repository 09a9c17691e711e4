/**
 * The repository methods behind `klant update`, on both engines: the name on the environment and its root
 * department, the reference code and its key, files replaced in place, the root address, and the row lock that
 * makes two changes of one environment take turns.
 */
import { describe, expect, it } from 'vitest';
import type { StoredFile } from '../../src/db/ports.js';
import { UniqueViolation } from '../../src/db/ports.js';
import { DIALECTS, newEnvironment, provisionedEnvironment, supplierDatabase } from './helpers.js';

const ADDRESS = {
  street: 'Wilhelminakade',
  houseNumber: '91',
  houseNumberAddition: 'A',
  postalCode: '3072 AP',
  city: 'Rotterdam',
  country: 'NL',
  attention: null,
  phone: '+31 10 123 4567',
};

const file = (kind: StoredFile['kind'], sha256: string, content: number[]): StoredFile => ({
  kind,
  format: kind === 'sizeInstructions' ? 'pdf' : 'png',
  width: kind === 'sizeInstructions' ? null : 10,
  height: kind === 'sizeInstructions' ? null : 10,
  pages: kind === 'sizeInstructions' ? 1 : null,
  bytes: content.length,
  sha256,
  content: new Uint8Array(content),
});

describe.each(DIALECTS)('on %s', (dialect) => {
  it('renames the environment and its root department together', async () => {
    const t = await supplierDatabase(dialect);
    const id = await provisionedEnvironment(t.db, 'KPN');
    await t.db.transaction((tx) => tx.renameEnvironment(id, 'KPN Zakelijk'));
    expect(await t.rows('select name from environments where id = ?', id)).toEqual([['KPN Zakelijk']]);
    expect(await t.rows('select name from departments where environment_id = ?', id)).toEqual([['KPN Zakelijk']]);
  });

  it('sets and clears the reference code with its key; another environment’s code is a UniqueViolation', async () => {
    const t = await supplierDatabase(dialect);
    const [standaard] = await t.db.read.templates();
    const [ns, kpn] = await t.db.transaction(async (tx) => [
      await tx.createEnvironment(newEnvironment('NS', standaard!.id, { referenceCode: 'DEB-1000' })),
      await tx.createEnvironment(newEnvironment('KPN', standaard!.id)),
    ]);
    await t.db.transaction((tx) => tx.setReferenceCode(kpn!, 'Deb-1001'));
    expect(await t.rows('select reference_code, reference_key from environments where id = ?', kpn)).toEqual([
      ['Deb-1001', 'deb-1001'],
    ]);
    // In use by another environment, ignoring case, but not by itself.
    expect(await t.db.read.referenceCodeInUse('deb-1001')).toBe(true);
    expect(await t.db.read.referenceCodeInUse('deb-1001', kpn)).toBe(false);
    expect(await t.db.read.referenceCodeInUse('DEB-1000', kpn)).toBe(true);
    await expect(t.db.transaction((tx) => tx.setReferenceCode(kpn!, 'deb-1000'))).rejects.toEqual(
      new UniqueViolation('reference_code'),
    );
    await t.db.transaction((tx) => tx.setReferenceCode(kpn!, null));
    expect(await t.rows('select reference_code, reference_key from environments where id = ?', kpn)).toEqual([
      [null, null],
    ]);
    expect(ns).toBeDefined();
  });

  it('replaces a file: the new row stored, the reference moved to it, the old row deleted', async () => {
    const t = await supplierDatabase(dialect);
    const id = await provisionedEnvironment(t.db, 'KPN');
    const other = await provisionedEnvironment(t.db, 'NS');
    await t.db.transaction(async (tx) => {
      await tx.replaceFile(id, 'logo', file('logo', 'a1', [1]));
      await tx.replaceFile(id, 'emailLogo', file('emailLogo', 'b1', [2]));
      await tx.replaceFile(id, 'sizeInstructions', file('sizeInstructions', 'c1', [3]));
      await tx.replaceFile(other, 'logo', file('logo', 'z1', [9]));
    });
    const pointers = () =>
      t.rows(
        `select fl.sha256, fe.sha256, fs.sha256
         from environments e join departments d on d.environment_id = e.id and d.is_root = ${dialect === 'sqlite' ? 1 : 'true'}
         left join files fl on fl.id = e.logo_file_id
         left join files fe on fe.id = d.email_logo_file_id
         left join files fs on fs.id = d.size_instructions_file_id
         where e.id = ?`,
        id,
      );
    expect(await pointers()).toEqual([['a1', 'b1', 'c1']]);

    await t.db.transaction(async (tx) => {
      await tx.replaceFile(id, 'logo', file('logo', 'a2', [4, 5]));
      await tx.replaceFile(id, 'emailLogo', null);
    });
    expect(await pointers()).toEqual([['a2', null, 'c1']]);
    expect(await t.rows('select kind, sha256, content from files where environment_id = ? order by id', id)).toEqual([
      ['sizeInstructions', 'c1', Buffer.from([3])],
      ['logo', 'a2', Buffer.from([4, 5])],
    ]);
    // Another environment's file of the same kind is not touched.
    expect(await t.rows('select sha256 from files where environment_id = ?', other)).toEqual([['z1']]);
  });

  it('sets, changes and clears the root address', async () => {
    const t = await supplierDatabase(dialect);
    const id = await provisionedEnvironment(t.db, 'KPN');
    await t.db.transaction((tx) => tx.setRootAddress(id, ADDRESS));
    expect((await t.db.read.findEnvironment('KPN'))!.address).toEqual(ADDRESS);
    await t.db.transaction((tx) => tx.setRootAddress(id, { ...ADDRESS, city: 'Den Haag', phone: null }));
    expect((await t.db.read.findEnvironment('KPN'))!.address).toEqual({ ...ADDRESS, city: 'Den Haag', phone: null });
    await t.db.transaction((tx) => tx.setRootAddress(id, null));
    expect((await t.db.read.findEnvironment('KPN'))!.address).toBeNull();
    expect(await t.rows('select street, city, country, phone from departments where environment_id = ?', id)).toEqual([
      [null, null, null, null],
    ]);
  });

  it('locks the environment inside a transaction, and leaves it locked to no one afterwards', async () => {
    const t = await supplierDatabase(dialect);
    const id = await provisionedEnvironment(t.db, 'KPN');
    await t.db.transaction(async (tx) => {
      await tx.lockEnvironment(id);
      await tx.renameEnvironment(id, 'KPN Zakelijk');
    });
    await t.db.transaction((tx) => tx.lockEnvironment(id));
    expect(t.inTransaction()).toBe(false);
  });
});
