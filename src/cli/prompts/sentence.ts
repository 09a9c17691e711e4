/**
 * Messages are written to follow a field's path ("company.name: is required"); under a question they stand
 * alone, so they become sentences there. A message that starts with a file path keeps it as typed.
 */
export function asSentence(message: string): string {
  if (/^(is|must) /.test(message)) return `This ${message}`;
  return /^[a-z]+ /.test(message) ? message.charAt(0).toUpperCase() + message.slice(1) : message;
}
