/**
 * The lookup keys behind "unique ignoring case". Computed here rather than with SQL lower()/trim(), which
 * fold only ASCII in SQLite and differ between databases; every implementation stores and compares these.
 */
export function acroKey(acro: string): string {
  return acro.toLowerCase();
}

export function referenceKey(referenceCode: string): string {
  return referenceCode.trim().toLowerCase();
}
