/**
 * A Prompter that answers from a script, in order. Each answer names the question it expects, and goes
 * through the question's own `validate`, so a script can show an answer being refused and then corrected.
 */
import { expect } from 'vitest';
import type { Choice, Prompter, Validate } from '../../../src/cli/prompts/prompter.js';

export interface ScriptedAnswer {
  question: RegExp;
  answer: unknown;
  /** When set, `validate` must refuse the answer with a message like this; the question is then asked on. */
  refusedWith?: RegExp;
}

/**
 * An input answered with its default erased (Backspace on the empty line, then Enter): the empty answer, where
 * an empty string takes the default, as inquirer does.
 */
export const ERASED = Symbol('the default erased');

export const answer = (question: RegExp, value: unknown): ScriptedAnswer => ({ question, answer: value });
export const refused = (question: RegExp, value: unknown, why: RegExp): ScriptedAnswer => ({
  question,
  answer: value,
  refusedWith: why,
});

export class ScriptedPrompter implements Prompter {
  readonly asked: string[] = [];
  /** The default each input and select question offered, and the choices each checkbox ticked, by its message. */
  readonly defaults = new Map<string, unknown>();
  /** The input questions that put their default on the line to edit. */
  readonly prefilled = new Set<string>();
  readonly notes: string[] = [];
  readonly refusals: string[] = [];
  private readonly script: ScriptedAnswer[];

  constructor(script: ScriptedAnswer[]) {
    this.script = [...script];
  }

  input(question: {
    message: string;
    default?: string;
    prefill?: boolean;
    validate?: Validate<string>;
  }): Promise<string> {
    this.defaults.set(question.message, question.default);
    if (question.prefill) this.prefilled.add(question.message);
    // Like inquirer: an empty answer takes the default.
    return this.ask(question.message, question.validate, (given) =>
      given === ERASED ? '' : (given as string) || (question.default ?? ''),
    );
  }

  select<T>(question: { message: string; choices: Choice<T>[]; default?: T }): Promise<T> {
    this.defaults.set(question.message, question.default);
    // Like inquirer: Enter (no answer) takes the default, or else the first choice.
    return this.ask(question.message, undefined, (given) => {
      const chosen = given === undefined ? (question.default ?? question.choices[0]?.value) : given;
      expect(question.choices.map((c) => c.value)).toContainEqual(chosen);
      return chosen as T;
    });
  }

  checkbox<T>(question: { message: string; choices: Choice<T>[]; validate?: Validate<readonly T[]> }): Promise<T[]> {
    const ticked = question.choices.filter((c) => c.checked).map((c) => c.value);
    this.defaults.set(question.message, ticked);
    // Enter (no answer) takes the choices that came ticked.
    return this.ask(question.message, question.validate, (given) => {
      const chosen = given === undefined ? ticked : (given as T[]);
      const values = question.choices.map((c) => c.value);
      for (const value of chosen) expect(values).toContainEqual(value);
      return chosen;
    });
  }

  confirm(question: { message: string; default?: boolean }): Promise<boolean> {
    return this.ask(question.message, undefined, (given) =>
      given === undefined ? (question.default ?? false) : Boolean(given),
    );
  }

  note(text: string): void {
    this.notes.push(text);
  }

  /** Fails the test when answers were left over: the form skipped questions the script expected. */
  finish(): void {
    expect(this.script.map((s) => s.question.source)).toEqual([]);
  }

  private async ask<T>(message: string, validate: Validate<T> | undefined, take: (given: unknown) => T): Promise<T> {
    this.asked.push(message);
    for (;;) {
      const next = this.script.shift();
      if (!next) throw new Error(`unexpected question "${message}": the script has no answers left`);
      expect(message, `the question asked instead of ${next.question}`).toMatch(next.question);
      const value = take(next.answer);
      const verdict = validate ? await validate(value) : true;
      if (next.refusedWith) {
        const shown = verdict === true ? '(accepted)' : verdict;
        expect(shown, `answer ${JSON.stringify(next.answer)} to "${message}" should be refused`).toMatch(
          next.refusedWith,
        );
        this.refusals.push(verdict as string);
        continue;
      }
      expect(verdict, `answer ${JSON.stringify(next.answer)} to "${message}"`).toBe(true);
      return value;
    }
  }
}
