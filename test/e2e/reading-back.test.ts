/**
 * Contract, "Reading back": `klant list` and `klant show`.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATEGORY_IDS } from '../../src/klant/categories.js';
import { FILES } from '../support/paths.js';
import { DIALECTS, ecm, initialisedDatabase, jsonOf } from './run-ecm.js';

const json = ['--output', 'json'];

describe.each(DIALECTS)('on %s', (dialect) => {
  describe.concurrent('ecm klant list', () => {
    it('JSON: every environment with exactly the contract’s keys, ordered by acro', async () => {
      const db = await initialisedDatabase(dialect);
      expect(jsonOf(await ecm(['klant', 'list', ...json], { db }))).toEqual([]);
      const created: Record<string, { createdAt: string }> = {};
      for (const [acro, extra] of [
        ['ns', ['--reference-code', 'DEB-1000']],
        ['KPN', ['--template', 'donker']],
        ['Ah', []],
        ['bol', []],
      ] as const) {
        const result = await ecm(['klant', 'create', '--acro', acro, '--name', `${acro} B.V.`, ...extra, ...json], {
          db,
        });
        created[acro] = jsonOf(result).klant;
      }
      const result = await ecm(['klant', 'list', ...json], { db });
      expect([result.code, result.stderr]).toEqual([0, '']);
      const list = jsonOf(result);
      expect(list.map((k: { acro: string }) => k.acro)).toEqual(['Ah', 'bol', 'KPN', 'ns']);
      for (const item of list) {
        expect(Object.keys(item).sort()).toEqual([
          'acro',
          'createdAt',
          'name',
          'referenceCode',
          'retiredAt',
          'retiredBy',
          'status',
          'template',
          'url',
        ]);
        expect(item.createdAt).toBe(created[item.acro]!.createdAt);
      }
      expect(list[2]).toEqual({
        acro: 'KPN',
        name: 'KPN B.V.',
        referenceCode: null,
        url: 'https://acme.ecmanage.nl/kpn',
        template: 'donker',
        createdAt: created.KPN!.createdAt,
        status: 'active',
        retiredAt: null,
        retiredBy: null,
      });
      expect(list[3]).toMatchObject({ acro: 'ns', referenceCode: 'DEB-1000', template: 'standaard' });
    });

    it('text: a table on stdout, nothing on stderr', async () => {
      const db = await initialisedDatabase(dialect);
      await ecm(['klant', 'create', '--acro', 'NS', '--name', 'Nederlandse Spoorwegen'], { db });
      const result = await ecm(['klant', 'list'], { db });
      expect([result.code, result.stderr]).toEqual([0, '']);
      expect(result.stdout).toContain('Nederlandse Spoorwegen');
      expect(result.stdout).toContain('https://acme.ecmanage.nl/ns');
    });
  });

  describe.concurrent('ecm klant show', () => {
    it('the klant object of the create result, plus every user and the row count of every category', async () => {
      const db = await initialisedDatabase(dialect, { admins: ['piet'] });
      const created = jsonOf(
        await ecm(
          [
            'klant',
            'create',
            '--acro',
            'KPN',
            '--name',
            'KPN B.V.',
            '--reference-code',
            'DEB-1001',
            '--email-logo',
            join(FILES, 'email-logo-large.png'),
            '--logo',
            join(FILES, 'portal-logo.png'),
            '--size-instructions',
            join(FILES, 'maattabel.pdf'),
            '--admin-username',
            'Zoë',
            '--admin-email',
            'zoe@kpn.example',
            '--street',
            'Wilhelminakade',
            '--house-number',
            '91',
            '--postal-code',
            '3072AP',
            '--city',
            'Rotterdam',
            '--as',
            'jan',
            ...json,
          ],
          { db },
        ),
      );
      const result = await ecm(['klant', 'show', 'kpn', ...json], { db });
      expect([result.code, result.stderr]).toEqual([0, '']);
      const shown = jsonOf(result);
      const { users, settings, status, retiredAt, retiredBy, ...klant } = shown;
      expect(klant).toEqual(created.klant);
      expect({ status, retiredAt, retiredBy }).toEqual({ status: 'active', retiredAt: null, retiredBy: null });
      expect(users).toEqual([
        { username: 'jan', email: 'jan@acme.example', role: 'leverancieradmin' },
        { username: 'piet', email: 'piet@acme.example', role: 'leverancieradmin' },
        { username: 'zoe', email: 'zoe@kpn.example', role: 'klantadmin' },
      ]);
      expect(Object.keys(settings)).toEqual([...CATEGORY_IDS]);
      for (const id of CATEGORY_IDS) expect(Number.isInteger(settings[id]) && settings[id] >= 0).toBe(true);
      // Configuration gets default rows; master data starts empty.
      expect(settings.customerSettings).toBeGreaterThan(0);
      expect(settings.assortment).toBe(0);
    });

    it('text: the details on stdout, nothing on stderr', async () => {
      const db = await initialisedDatabase(dialect);
      await ecm(['klant', 'create', '--acro', 'NS', '--name', 'Nederlandse Spoorwegen'], { db });
      const result = await ecm(['klant', 'show', 'Ns'], { db });
      expect([result.code, result.stderr]).toEqual([0, '']);
      expect(result.stdout).toContain('Nederlandse Spoorwegen');
      expect(result.stdout).toContain('jan@acme.example');
    });
  });
});
