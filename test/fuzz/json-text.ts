/**
 * A JSON document as the fuzzer builds it. Objects are lists of entries rather than JavaScript objects, so
 * `__proto__` is an ordinary key and duplicates stay in; `Raw` is JSON text written as it is, for what a
 * value cannot hold cheaply (nesting thousands deep) or at all (broken JSON).
 */
import fc from 'fast-check';

export class Obj {
  constructor(readonly entries: readonly (readonly [string, Doc])[]) {}
  [fc.toStringMethod](): string {
    return describeDoc(this);
  }
}

export class Raw {
  constructor(
    readonly text: string,
    /** Shown instead of the text in a counterexample: nobody reads 10,000 brackets. */
    readonly label: string,
  ) {}
  toString(): string {
    return `Raw(${this.label})`;
  }
  [fc.toStringMethod](): string {
    return this.toString();
  }
}

export type Doc = string | number | boolean | null | readonly Doc[] | Obj | Raw;

/** JSON.stringify writes a lone surrogate as a `\ud800` escape, which is what the input should contain. */
export function toJsonText(doc: Doc): string {
  if (doc instanceof Raw) return doc.text;
  if (doc instanceof Obj)
    return `{${doc.entries.map(([key, value]) => `${JSON.stringify(key)}:${toJsonText(value)}`).join(',')}}`;
  if (Array.isArray(doc)) return `[${doc.map(toJsonText).join(',')}]`;
  return JSON.stringify(doc);
}

/** A short, readable rendering of a document for reports: long strings and raw text are abbreviated. */
export function describeDoc(doc: Doc): string {
  if (doc instanceof Raw) return doc.toString();
  if (doc instanceof Obj)
    return `{${doc.entries.map(([key, value]) => `${JSON.stringify(key)}:${describeDoc(value)}`).join(',')}}`;
  if (Array.isArray(doc)) return `[${doc.map(describeDoc).join(',')}]`;
  if (typeof doc === 'string' && doc.length > 200)
    return `${JSON.stringify(doc.slice(0, 40))}…(${doc.length} chars of ${JSON.stringify(doc.slice(-1))})`;
  return JSON.stringify(doc) ?? String(doc);
}
