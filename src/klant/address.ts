/** Address rules: the Dutch postal-code form and ISO country codes. */
const DUTCH_POSTAL_CODE = /^([1-9][0-9]{3}) ?([A-Za-z]{2})$/;

/** `1234ab`, `1234 ab` and `1234 AB` all become `1234 AB`; null when it is not a Dutch postal code. */
export function normaliseDutchPostalCode(input: string): string | null {
  const match = DUTCH_POSTAL_CODE.exec(input.trim().replace(/\s+/g, ' '));
  return match ? `${match[1]} ${match[2]!.toUpperCase()}` : null;
}

export const DEFAULT_COUNTRY = 'NL';

/**
 * Made on first use: ICU's first Intl object costs about 10 ms, a fifth of node's own start, and the usual
 * country is the default one, which needs no lookup.
 */
let regionNames: Intl.DisplayNames | undefined;

/** An ISO 3166-1 alpha-2 code that names a real region. */
export function isCountryCode(code: string): boolean {
  if (code === DEFAULT_COUNTRY) return true;
  if (!/^[A-Z]{2}$/.test(code)) return false;
  regionNames ??= new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
  try {
    const name = regionNames.of(code);
    return name !== undefined && name !== 'Unknown Region';
  } catch {
    return false;
  }
}
