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

/**
 * Awaits every check and, when some refuse the input, throws one input error with all their problems: the
 * contract reports all errors of a class at once. Any other failure is thrown as it is.
 */
export async function allInputChecks<T extends readonly unknown[]>(checks: {
  [K in keyof T]: Promise<T[K]>;
}): Promise<T> {
  const results = await Promise.allSettled(checks);
  const problems: Problem[] = [];
  for (const result of results) {
    if (result.status === 'fulfilled') continue;
    if (!(result.reason instanceof EcmError) || result.reason.kind !== 'input') throw result.reason;
    problems.push(...result.reason.problems);
  }
  if (problems.length > 0) throw new EcmError('input', problems);
  return results.map((result) => (result as PromiseFulfilledResult<unknown>).value) as unknown as T;
}
