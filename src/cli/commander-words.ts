/**
 * commander writes its parse errors in English. The common ones are recognised by their wording and said again
 * in the chosen language (in English exactly as commander wrote them); any other is passed on as written.
 */
import { messages as m } from '../messages/index.js';

const SUGGESTION = /\n\(Did you mean (one of )?(.+)\?\)$/;

const KNOWN: [RegExp, (match: RegExpMatchArray) => string][] = [
  [/^unknown option '(.+)'$/s, ([, flag]) => m.commander.unknownOption(flag!)],
  [/^unknown command '(.+)'$/s, ([, name]) => m.commander.unknownCommand(name!)],
  [/^missing required argument '(.+)'$/s, ([, name]) => m.commander.missingArgument(name!)],
  [/^option '(.+)' argument missing$/s, ([, flags]) => m.commander.optionMissingArgument(flags!)],
  [
    /^too many arguments(?: for '(.+)')?\. Expected (\d+) arguments? but got (\d+)\.$/s,
    ([, command, expected, got]) => m.commander.excessArguments(command ?? null, Number(expected), Number(got)),
  ],
];

/** A commander error message (without its "error: ") in the chosen language. */
export function commanderMessage(message: string): string {
  const suggestion = message.match(SUGGESTION);
  const text = suggestion ? message.slice(0, suggestion.index) : message;
  for (const [pattern, say] of KNOWN) {
    const match = text.match(pattern);
    if (!match) continue;
    const names = suggestion ? (suggestion[1] ? suggestion[2]!.split(', ') : [suggestion[2]!]) : [];
    return names.length > 0 ? `${say(match)}\n${m.commander.didYouMean(names)}` : say(match);
  }
  return message;
}
