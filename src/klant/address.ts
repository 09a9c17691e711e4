/** Address rules: the Dutch postal-code form and ISO country codes. */
const DUTCH_POSTAL_CODE = /^([1-9][0-9]{3}) ?([A-Za-z]{2})$/;

/** `1234ab`, `1234 ab` and `1234 AB` all become `1234 AB`; null when it is not a Dutch postal code. */
export function normaliseDutchPostalCode(input: string): string | null {
  const match = DUTCH_POSTAL_CODE.exec(input.trim().replace(/\s+/g, ' '));
  return match ? `${match[1]} ${match[2]!.toUpperCase()}` : null;
}

const regionNames = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });

/** An ISO 3166-1 alpha-2 code that names a real region. */
export function isCountryCode(code: string): boolean {
  if (!/^[A-Z]{2}$/.test(code)) return false;
  try {
    const name = regionNames.of(code);
    return name !== undefined && name !== 'Unknown Region';
  } catch {
    return false;
  }
}

export const DEFAULT_COUNTRY = 'NL';
