/** Exactly one JSON document on stdout, pretty-printed so people can read it too. */
export function jsonDocument(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
