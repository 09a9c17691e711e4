import { describe, expect, it } from 'vitest';
import {
  DIALECTS,
  emptyDatabase,
  newEnvironment,
  newUser,
  provisionedEnvironment,
  supplierDatabase,
} from './helpers.js';

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

describe.each(DIALECTS)('on %s', (dialect) => {
  describe('supplier, templates and supplier admins', () => {
    it('stores the one supplier', async () => {
      const { db } = await emptyDatabase(dialect);
      expect(await db.read.supplier()).toBeNull();
      await db.transaction((tx) => tx.createSupplier({ name: 'acme', domain: 'ecmanage.nl' }));
      expect(await db.read.supplier()).toEqual({ name: 'acme', domain: 'ecmanage.nl' });
    });

    it('lists templates in the order they were created, without their styles', async () => {
      const { db } = await supplierDatabase(dialect);
      const templates = await db.read.templates();
      expect(templates.map((t) => [t.name, t.isDefault])).toEqual([
        ['standaard', true],
        ['donker', false],
        ['compact', false],
      ]);
      expect(templates[0]).toEqual({
        id: expect.any(Number),
        name: 'standaard',
        description: expect.any(String),
        isDefault: true,
      });
    });

    it('creates supplier admins and lists them by username', async () => {
      const { db } = await supplierDatabase(dialect);
      const piet = await db.transaction((tx) =>
        tx.createSupplierAdmin({ username: 'piet', email: 'piet@acme.example', createdAt: '2026-11-27T10:00:00.000Z' }),
      );
      expect(piet).toEqual({ id: expect.any(Number), username: 'piet', email: 'piet@acme.example' });
      expect((await db.read.supplierAdmins()).map((a) => a.username)).toEqual(['jan', 'piet']);
    });

    it('order usernames by code point, whatever the collation of the database', async () => {
      const { db } = await supplierDatabase(dialect);
      const id = await provisionedEnvironment(db, 'NS');
      const usernames = ['a_b', 'a@b', 'a1b', 'a.b', 'a-b'];
      await db.transaction(async (tx) => {
        for (const username of usernames) {
          await tx.createSupplierAdmin({ username, email: 'x@acme.example', createdAt: 'now' });
          await tx.createUser(id, newUser(username));
        }
      });
      const byCodePoint = ['a-b', 'a.b', 'a1b', 'a@b', 'a_b'];
      expect((await db.read.supplierAdmins()).map((a) => a.username)).toEqual([...byCodePoint, 'jan']);
      expect((await db.read.environmentUsers(id)).map((u) => u.username)).toEqual(byCodePoint);
    });
  });

  describe('environments', () => {
    it('are created provisioning, listed by acro ignoring case, and activated', async () => {
      const { db } = await supplierDatabase(dialect);
      const [standaard] = await db.read.templates();
      const ids = await db.transaction(async (tx) => [
        await tx.createEnvironment(newEnvironment('ns', standaard!.id)),
        await tx.createEnvironment(newEnvironment('KPN', standaard!.id, { referenceCode: 'DEB-1001' })),
        await tx.createEnvironment(newEnvironment('Abn', standaard!.id)),
      ]);
      await db.transaction((tx) => tx.activateEnvironment(ids[1]!));

      const listed = await db.read.environments();
      expect(listed.map((e) => e.acro)).toEqual(['Abn', 'KPN', 'ns']);
      expect(listed[1]).toEqual({
        id: ids[1],
        acro: 'KPN',
        name: 'KPN B.V.',
        referenceCode: 'DEB-1001',
        url: 'https://acme.ecmanage.nl/kpn',
        template: 'standaard',
        status: 'active',
        createdAt: '2026-11-27T10:00:00.000Z',
        createdBy: 'jan',
        retiredAt: null,
        retiredBy: null,
      });
      expect(listed[0]!.status).toBe('provisioning');
    });

    it('are found by acro ignoring case, with the root address and the stored files', async () => {
      const t = await supplierDatabase(dialect);
      const { db } = t;
      const [standaard] = await db.read.templates();
      const content = new Uint8Array([137, 80, 78, 71, 1, 2, 3]);
      const { id, emailLogo, sizes } = await db.transaction(async (tx) => {
        const environmentId = await tx.createEnvironment(newEnvironment('KPN', standaard!.id));
        const emailLogo = await tx.storeFile(environmentId, {
          kind: 'emailLogo',
          format: 'png',
          width: 600,
          height: 100,
          pages: null,
          bytes: content.length,
          sha256: 'aa',
          content,
        });
        const logo = await tx.storeFile(environmentId, {
          kind: 'logo',
          format: 'jpeg',
          width: 270,
          height: 90,
          pages: null,
          bytes: 3,
          sha256: 'bb',
          content: content.subarray(4),
        });
        const sizes = await tx.storeFile(environmentId, {
          kind: 'sizeInstructions',
          format: 'pdf',
          width: null,
          height: null,
          pages: 2,
          bytes: 1,
          sha256: 'cc',
          content: content.subarray(6),
        });
        await tx.setEnvironmentLogo(environmentId, logo);
        await tx.createRootDepartment(environmentId, {
          name: 'KPN B.V.',
          address: ADDRESS,
          emailLogoFileId: emailLogo,
          sizeInstructionsFileId: sizes,
        });
        return { id: environmentId, emailLogo, sizes };
      });

      const found = await db.read.findEnvironment('kpn');
      expect(found).toMatchObject({ id, acro: 'KPN', address: ADDRESS });
      expect(found!.files).toEqual([
        { kind: 'emailLogo', format: 'png', width: 600, height: 100, pages: null, bytes: 7, sha256: 'aa' },
        { kind: 'logo', format: 'jpeg', width: 270, height: 90, pages: null, bytes: 3, sha256: 'bb' },
        { kind: 'sizeInstructions', format: 'pdf', width: null, height: null, pages: 2, bytes: 1, sha256: 'cc' },
      ]);
      const logoContent = await t.value(
        'select f.content from environments e join files f on f.id = e.logo_file_id where e.id = ?',
        id,
      );
      expect(logoContent).toEqual(Buffer.from([1, 2, 3]));
      const root = await t.rows(
        'select email_logo_file_id, size_instructions_file_id from departments where environment_id = ?',
        id,
      );
      expect(root).toEqual([[emailLogo, sizes]]);
      expect(await db.read.findEnvironment('nope')).toBeNull();
    });

    it('have no address when the root department has none', async () => {
      const { db } = await supplierDatabase(dialect);
      await provisionedEnvironment(db, 'NS');
      expect((await db.read.findEnvironment('NS'))!.address).toBeNull();
    });

    it('tell whether a reference code is in use, ignoring case and surrounding spaces', async () => {
      const { db } = await supplierDatabase(dialect);
      const [standaard] = await db.read.templates();
      await db.transaction((tx) =>
        tx.createEnvironment(newEnvironment('KPN', standaard!.id, { referenceCode: 'DEB-1001' })),
      );
      expect(await db.read.referenceCodeInUse('DEB-1001')).toBe(true);
      expect(await db.read.referenceCodeInUse('  deb-1001 ')).toBe(true);
      expect(await db.read.referenceCodeInUse('DEB-1002')).toBe(false);
    });

    it('get the five standard roles', async () => {
      const t = await supplierDatabase(dialect);
      const { db } = t;
      const id = await provisionedEnvironment(db, 'NS');
      const roles = await t.rows('select key, level from roles where environment_id = ? order by level', id);
      expect(roles).toEqual([
        ['drager', 1],
        ['groepsleider', 2],
        ['besteller', 3],
        ['klantadmin', 4],
        ['leverancieradmin', 5],
      ]);
    });

    it('take the template and its styles as theme settings', async () => {
      const t = await supplierDatabase(dialect);
      const { db } = t;
      const [standaard, donker] = await db.read.templates();
      const id = await provisionedEnvironment(db, 'NS');
      const theme = async () =>
        Object.fromEntries(
          (await t.rows("select key, value from settings where environment_id = ? and category = 'theme'", id)) as [
            string,
            string,
          ][],
        );

      await db.transaction((tx) => tx.applyTemplate(id, donker!.id));
      expect((await db.read.findEnvironment('NS'))!.template).toBe('donker');
      expect(await theme()).toEqual({ primaryColor: '#1f2933', fontFamily: 'Open Sans', headerStyle: 'dark' });

      await db.transaction((tx) => tx.applyTemplate(id, standaard!.id));
      expect((await db.read.findEnvironment('NS'))!.template).toBe('standaard');
      expect(await theme()).toEqual({ primaryColor: '#00558c', fontFamily: 'Open Sans', headerStyle: 'light' });
    });
  });

  describe('users', () => {
    it('are created in the root department with their role, and listed by role level, then username', async () => {
      const t = await supplierDatabase(dialect);
      const { db } = t;
      const id = await provisionedEnvironment(db, 'NS');
      const [jan] = await db.read.supplierAdmins();
      await db.transaction(async (tx) => {
        await tx.createUser(id, newUser('ns.beheer'));
        await tx.createUser(
          id,
          newUser('piet', {
            role: 'leverancieradmin',
            supplierAdminId: jan!.id,
            passwordHash: null,
            passwordExpiresAt: null,
            mustChangePassword: false,
          }),
        );
        await tx.createUser(
          id,
          newUser('jan', {
            role: 'leverancieradmin',
            supplierAdminId: jan!.id,
            passwordHash: null,
            passwordExpiresAt: null,
            mustChangePassword: false,
          }),
        );
        await tx.createUser(id, newUser('anna', { role: 'drager' }));
      });

      expect(await db.read.environmentUsers(id)).toEqual([
        { username: 'jan', email: 'jan@example.com', role: 'leverancieradmin' },
        { username: 'piet', email: 'piet@example.com', role: 'leverancieradmin' },
        { username: 'ns.beheer', email: 'ns.beheer@example.com', role: 'klantadmin' },
        { username: 'anna', email: 'anna@example.com', role: 'drager' },
      ]);
      const stored = (username: string) =>
        t.rows(
          `select d.is_root, u.password_hash, u.password_expires_at, u.must_change_password, u.supplier_admin_id
         from users u join departments d on d.id = u.department_id where u.username = ?`,
          username,
        );
      expect(await stored('ns.beheer')).toEqual([[1, 'scrypt$hash', '2026-12-27T10:00:00.000Z', 1, null]]);
      expect(await stored('jan')).toEqual([[1, null, null, 0, jan!.id]]);
    });

    it('cannot be created in an environment without roles', async () => {
      const { db } = await supplierDatabase(dialect);
      const [standaard] = await db.read.templates();
      const id = await db.transaction((tx) => tx.createEnvironment(newEnvironment('NS', standaard!.id)));
      await expect(db.transaction((tx) => tx.createUser(id, newUser('x')))).rejects.toThrow(
        /no root department or role/,
      );
    });

    it('are found in every environment that has them', async () => {
      const { db } = await supplierDatabase(dialect);
      const ns = await provisionedEnvironment(db, 'NS');
      const kpn = await provisionedEnvironment(db, 'KPN');
      await provisionedEnvironment(db, 'ABN');
      await db.transaction(async (tx) => {
        await tx.createUser(ns, newUser('piet'));
        await tx.createUser(kpn, newUser('piet'));
      });
      expect(await db.read.environmentsWithUser('piet')).toEqual(['KPN', 'NS']);
      expect(await db.read.environmentsWithUser('nobody')).toEqual([]);
    });

    it('of a new supplier admin are added to every environment at once', async () => {
      const { db } = await supplierDatabase(dialect);
      const ids = [await provisionedEnvironment(db, 'NS'), await provisionedEnvironment(db, 'KPN')];
      const piet = newUser('piet', {
        role: 'leverancieradmin',
        passwordHash: null,
        passwordExpiresAt: null,
        mustChangePassword: false,
      });
      expect(await db.transaction((tx) => tx.addUserToEveryEnvironment(piet))).toBe(2);
      for (const id of ids) {
        expect(await db.read.environmentUsers(id)).toEqual([
          { username: 'piet', email: 'piet@example.com', role: 'leverancieradmin' },
        ]);
      }
    });
  });

  describe('audit', () => {
    it('records who did what, when, with the input as JSON', async () => {
      const t = await supplierDatabase(dialect);
      const { db } = t;
      const id = await provisionedEnvironment(db, 'NS');
      await db.transaction(async (tx) => {
        await tx.recordAudit({
          environmentId: id,
          action: 'klant.create',
          actor: 'jan',
          at: '2026-11-27T10:00:00.000Z',
          input: { company: { acro: 'NS' } },
        });
        await tx.recordAudit({
          environmentId: null,
          action: 'leverancieradmin.add',
          actor: 'jan',
          at: '2026-11-27T10:01:00.000Z',
          input: { username: 'piet' },
        });
      });
      const rows = await t.rows('select environment_id, action, actor, at, input from audit_log order by id');
      expect(rows).toEqual([
        [id, 'klant.create', 'jan', '2026-11-27T10:00:00.000Z', '{"company":{"acro":"NS"}}'],
        [null, 'leverancieradmin.add', 'jan', '2026-11-27T10:01:00.000Z', '{"username":"piet"}'],
      ]);
    });
  });
});
