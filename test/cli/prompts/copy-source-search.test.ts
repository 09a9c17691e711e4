/** Searching the environment to copy settings from: what is offered for what is typed. */
import { describe, expect, it } from 'vitest';
import { copySourceSearch } from '../../../src/cli/prompts/copy-source-search.js';

const ENVIRONMENTS = [
  { acro: 'ABN', name: 'ABN AMRO Bank' },
  { acro: 'KPN', name: 'KPN B.V.' },
  { acro: 'KPN-OLD', name: 'KPN (old)' },
  { acro: 'NS', name: 'Nederlandse Spoorwegen' },
  { acro: 'SG', name: 'Société Générale' },
  { acro: 'XKPN', name: 'Ex-KPN Holding' },
];
const NONE = { name: 'none', value: null };
const offered = (typed: string, none?: typeof NONE) =>
  copySourceSearch(ENVIRONMENTS, none)(typed).map((choice) => choice.value);

describe('copySourceSearch', () => {
  it('offers "none" and then every environment, in their order, when nothing is typed', () => {
    expect(offered('', NONE)).toEqual([null, 'ABN', 'KPN', 'KPN-OLD', 'NS', 'SG', 'XKPN']);
    expect(offered('   ')).toEqual(['ABN', 'KPN', 'KPN-OLD', 'NS', 'SG', 'XKPN']);
    expect(copySourceSearch(ENVIRONMENTS)('')[3]).toEqual({ name: 'NS — Nederlandse Spoorwegen', value: 'NS' });
  });

  it('narrows to acro or name holding what is typed, ignoring case and accents', () => {
    expect(offered('spoor')).toEqual(['NS']);
    expect(offered('SOCIETE')).toEqual(['SG']);
    expect(offered('générale')).toEqual(['SG']);
    expect(offered('amro')).toEqual(['ABN']);
  });

  it('wants every word typed, in any order', () => {
    expect(offered('spoorwegen ned')).toEqual(['NS']);
    expect(offered('b.v. kpn')).toEqual(['KPN']);
  });

  it('puts the acro typed first, then the acros starting with it, then the rest', () => {
    expect(offered('kpn')).toEqual(['KPN', 'KPN-OLD', 'XKPN']);
    expect(offered('n')).toEqual(['NS', 'ABN', 'KPN', 'KPN-OLD', 'SG', 'XKPN']);
  });

  it('ends a narrowed list with "none", and offers nothing when nothing matches', () => {
    expect(offered('kpn', NONE)).toEqual(['KPN', 'KPN-OLD', 'XKPN', null]);
    expect(offered('philips', NONE)).toEqual([]);
  });

  it('stays quick with a thousand environments', () => {
    const many = Array.from({ length: 1000 }, (_, i) => ({ acro: `K${i}`, name: `Klant nummer ${i} B.V.` }));
    const search = copySourceSearch(many, NONE);
    const started = performance.now();
    for (const typed of ['k', 'kl', 'kla', 'klant', 'klant n', 'klant nummer 99', 'k999']) search(typed);
    expect(performance.now() - started).toBeLessThan(100);
    expect(search('k999').map((choice) => choice.value)).toEqual(['K999', null]);
  });
});
