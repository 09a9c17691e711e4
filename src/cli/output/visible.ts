/**
 * Stored data is shown to people only after its control characters are made visible: rows written before the
 * text rules, or by other programs, must not clear, recolour or retitle the operator's terminal.
 */
// eslint-disable-next-line no-control-regex -- finding them is the point
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

const escape = (c: string): string => {
  const code = c.charCodeAt(0);
  return code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16)}`;
};

/** `"Evil \x1b[2J"` for a name holding ESC [ 2 J. */
export function visible(text: string): string {
  return text.replace(UNSAFE, escape);
}

/** Every string in `value`, however deep, made visible; other values as they are. */
export function visibleData<T>(value: T): T {
  if (typeof value === 'string') return visible(value) as T;
  if (Array.isArray(value)) return value.map(visibleData) as T;
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([key, v]) => [key, visibleData(v)])) as T;
  }
  return value;
}
