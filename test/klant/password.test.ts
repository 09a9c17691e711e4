import { describe, expect, it } from 'vitest';
import {
  generateTemporaryPassword,
  hashPassword,
  meetsPasswordPolicy,
  temporaryPasswordExpiry,
  verifyPassword,
} from '../../src/klant/password.js';

describe('temporary password', () => {
  it('always meets the policy and differs every time', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 500; i++) {
      const password = generateTemporaryPassword();
      expect(meetsPasswordPolicy(password)).toBe(true);
      seen.add(password);
    }
    expect(seen.size).toBe(500);
  });
  it('the policy refuses what lacks a class or length', () => {
    for (const weak of ['Aa1!aaa', 'aaaaaaa1!', 'AAAAAAA1!', 'Aaaaaaaa!', 'Aaaaaaaa1'])
      expect(meetsPasswordPolicy(weak)).toBe(false);
  });
  it('expires after 30 days', () => {
    expect(temporaryPasswordExpiry(new Date('2026-11-27T10:00:00.000Z')).toISOString()).toBe(
      '2026-12-27T10:00:00.000Z',
    );
  });
  it('is stored as a salted scrypt hash that verifies only the right password', async () => {
    const hash = await hashPassword('Secret-123');
    expect(hash).toMatch(/^scrypt\$32768\$8\$1\$/);
    expect(hash).not.toContain('Secret-123');
    expect(await hashPassword('Secret-123')).not.toBe(hash);
    expect(await verifyPassword('Secret-123', hash)).toBe(true);
    expect(await verifyPassword('Secret-124', hash)).toBe(false);
  });
});
