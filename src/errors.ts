/**
 * The error classes every layer throws. Each carries a stable `code` per problem and the JSON path of the
 * field it concerns; the CLI's one top-level handler turns the `kind` into an exit code.
 */
export type ErrorKind = 'input' | 'notFound' | 'conflict' | 'provision' | 'database' | 'cancelled' | 'internal';

export interface Problem {
  /** Dot path in the JSON form (`company.acro`, `portal.copy[1]`), or null when it belongs to no field. */
  field: string | null;
  /** Stable snake_case identifier; listed in the README. */
  code: string;
  message: string;
}

export class EcmError extends Error {
  constructor(
    readonly kind: ErrorKind,
    readonly problems: readonly Problem[],
    options?: { cause?: unknown },
  ) {
    super(problems.map((p) => p.message).join('; '), options);
    this.name = 'EcmError';
  }

  static one(kind: ErrorKind, code: string, message: string, field: string | null = null, cause?: unknown): EcmError {
    return new EcmError(kind, [{ field, code, message }], { cause });
  }
}

export const EXIT_CODES: Record<ErrorKind, number> = {
  input: 2,
  notFound: 4,
  conflict: 3,
  provision: 1,
  database: 1,
  cancelled: 130,
  internal: 1,
};

/** Formats a JSON path as the contract writes it: dots between keys, brackets around indexes. */
export function fieldPath(path: readonly PropertyKey[]): string | null {
  if (path.length === 0) return null;
  return path
    .map((part, i) => (typeof part === 'number' ? `[${part}]` : i === 0 ? String(part) : `.${String(part)}`))
    .join('');
}
