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

/** A search answered by typing `typed` and picking `value` from what it then offers (which must hold it). */
export class Searched {
  constructor(
    readonly typed: string,
    readonly value: unknown,
  ) {}
}

export const searched = (question: RegExp, typed: string, value: unknown): ScriptedAnswer => ({
  question,
  answer: new Searched(typed, value),
});

export class ScriptedPrompter implements Prompter {
  readonly asked: string[] = [];
  /** The questions asked as file paths (with Tab completion), by their message. */
  readonly paths: string[] = [];
  /** The default each input, path, select and search question offered, and the choices each checkbox ticked. */
  readonly defaults = new Map<string, unknown>();
  /** The input and path questions that put their default on the line to edit. */
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

  path(question: {
    message: string;
    default?: string;
    prefill?: boolean;
    validate?: Validate<string>;
  }): Promise<string> {
    this.paths.push(question.message);
    return this.input(question);
  }

  /** An answer that is not `Searched` is picked from the full list, as if nothing was typed. */
  search<T>(question: { message: string; source: (typed: string) => Choice<T>[]; default?: T }): Promise<T> {
    this.defaults.set(question.message, question.default);
    // Enter with nothing typed keeps the answer given before, which the real prompt puts on top.
    return this.ask(question.message, undefined, (given) => {
      const { typed, value } =
        given instanceof Searched ? given : new Searched('', given === undefined ? question.default : given);
      expect(question.source(typed).map((c) => c.value)).toContainEqual(value);
      return value as T;
    });
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
