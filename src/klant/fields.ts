/**
 * The field types every form and command builds on, so that a rule for text (trimmed, safe to show, within
 * its length) is written once and holds for the klant form, `init` and `leverancieradmin add` alike.
 */
import * as z from 'zod';
import { messages as m } from '../messages/index.js';
import { textProblem } from './text.js';

/** Marks an issue with the stable code that the JSON error output carries. */
export function fail(ctx: z.RefinementCtx, code: string, message: string, path: PropertyKey[] = []): void {
  ctx.addIssue({ code: 'custom', message, params: { code }, path });
}

export const absentToUndefined = (v: unknown): unknown =>
  v === null || (typeof v === 'string' && v.trim() === '') ? undefined : v;

/**
 * Trimmed text that passes the text rules, and then at most `max` characters; `max` is left out where a
 * later rule limits the value in its own terms (the acro, a username after normalising). A field gets one
 * error at a time: the first rule that refuses it stops the others.
 */
export function text(max?: number) {
  const safe = z
    .string({ error: (iss) => (iss.input === undefined ? m.field.required : m.field.notText) })
    .trim()
    .superRefine((value, ctx) => {
      const problem = textProblem(value);
      if (problem)
        ctx.addIssue({ code: 'custom', message: m.text[problem], params: { code: problem }, continue: false });
    });
  // The message as a function: it is read when a value is refused, in the language chosen by then.
  return max === undefined ? safe : safe.max(max, { error: () => m.field.tooLong(max), abort: true });
}

export const requiredText = (max?: number) => z.preprocess(absentToUndefined, text(max));

export const optionalText = (max: number) =>
  z.preprocess(absentToUndefined, text(max).optional()).transform((v) => v ?? null);
