/**
 * Finding the environment to copy settings from among hundreds by typing part of its acro or name. Case and
 * accents do not matter (`societe` finds "Société"), every word typed must appear, and the acros that start
 * with what is typed come first, so typing an acro puts it on top.
 */
import type { Choice } from './prompter.js';

export interface CopySource {
  acro: string;
  name: string;
}

/**
 * The choices for each text typed. The environments are folded for matching once, here, not at every key.
 * `none`, when given, heads the full list and ends a narrowed one; with no match there is nothing to pick.
 */
export function copySourceSearch<N>(
  environments: CopySource[],
  none?: Choice<N>,
): (typed: string) => Choice<string | N>[] {
  const searchable = environments.map((env) => ({
    acro: fold(env.acro),
    text: fold(`${env.acro} ${env.name}`),
    choice: { name: `${env.acro} — ${env.name}`, value: env.acro },
  }));
  const noneChoice = none ? [none] : [];
  return (typed) => {
    const words = fold(typed).split(/\s+/).filter(Boolean);
    if (words.length === 0) return [...noneChoice, ...searchable.map((env) => env.choice)];
    const found = searchable.filter((env) => words.every((word) => env.text.includes(word)));
    if (found.length === 0) return [];
    const rank = (acro: string) => (acro === words[0] ? 0 : acro.startsWith(words[0]!) ? 1 : 2);
    // The sort is stable: within a rank the environments keep their order.
    found.sort((a, b) => rank(a.acro) - rank(b.acro));
    return [...found.map((env) => env.choice), ...noneChoice];
  };
}

/** Lower case without accents: "Société" and "societe" are the same when searching. */
function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}
