/**
 * Messages are written to follow a field's path ("company.name: is required"); under a question they stand
 * alone, so they become sentences there.
 */
export function asSentence(message: string): string {
  return /^(is|must) /.test(message) ? `This ${message}` : message.charAt(0).toUpperCase() + message.slice(1);
}
