/**
 * The lookup keys behind "unique ignoring case". Computed here rather than with SQL lower()/trim(), which
 * fold only ASCII in SQLite and differ between databases; every implementation stores and compares these.
 */
export { acroKey } from '../klant/acro.js';

export function referenceKey(referenceCode: string): string {
  return referenceCode.trim().toLowerCase();
}
