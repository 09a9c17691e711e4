// JSON.stringify escapes C0 controls itself; DEL, C1 controls and direction overrides it leaves raw.
const RAW_UNSAFE = /[\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/**
 * Exactly one JSON document on stdout, pretty-printed so people can read it too. Every character that could
 * steer a terminal is a JSON escape, so the document is the same value and inert when it is looked at.
 */
export function jsonDocument(value: unknown): string {
  const json = JSON.stringify(value, null, 2).replace(
    RAW_UNSAFE,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
  return `${json}\n`;
}
