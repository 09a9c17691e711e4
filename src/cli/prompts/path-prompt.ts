/**
 * A file question on the terminal: inquirer's input, whose Tab completes the path from the file system as a
 * shell does, and lists the matches under the line when it cannot add more. Drawn like inquirer's input (its
 * theme, prefix, answer and error), so it looks like every other question.
 */
import {
  createPrompt,
  isBackspaceKey,
  isEnterKey,
  isTabKey,
  makeTheme,
  useEffect,
  useKeypress,
  usePrefix,
  useState,
} from '@inquirer/core';
import { messages as m } from '../../messages/index.js';
import { completePath } from './path-completion.js';

export interface PathPromptConfig {
  message: string;
  /** The answer given before: Enter on an empty line keeps it, Backspace there lets it go, as in inquirer's input. */
  default?: string;
  /** Puts the default on the line, ready to edit. */
  prefill?: boolean;
  validate: (path: string) => true | string | Promise<true | string>;
}

/** More matches than this are counted rather than listed: a long list would push the question off the screen. */
const LISTED = 60;

export const pathPrompt = createPrompt<string, PathPromptConfig>((config, done) => {
  const theme = makeTheme();
  const [status, setStatus] = useState<'idle' | 'loading' | 'done'>('idle');
  const [value, setValue] = useState('');
  const [defaultValue = '', setDefaultValue] = useState(config.default);
  const [error, setError] = useState<string>();
  const [candidates, setCandidates] = useState<string[]>([]);
  const prefix = usePrefix({ status, theme });

  useKeypress(async (key, rl) => {
    if (status !== 'idle') return;
    if (isEnterKey(key)) {
      const answer = value || defaultValue;
      setStatus('loading');
      const verdict = await config.validate(answer);
      if (verdict === true) {
        setValue(answer);
        setStatus('done');
        done(answer);
        return;
      }
      // Readline has emptied its line on Enter; the answer stays there to be corrected.
      rl.write(value);
      setError(verdict);
      setStatus('idle');
    } else if (isTabKey(key)) {
      // Readline has put the tab into the line; completing takes it out again.
      const typed = rl.line.replaceAll('\t', '');
      setStatus('loading');
      const completion = await completePath(typed);
      rl.clearLine(0);
      rl.write(completion.line);
      setValue(completion.line);
      setCandidates(completion.line === typed ? completion.candidates : []);
      setError(undefined);
      setStatus('idle');
    } else if (isBackspaceKey(key) && !value) {
      setDefaultValue(undefined);
    } else {
      setValue(rl.line);
      setCandidates([]);
      setError(undefined);
    }
  });

  useEffect((rl) => {
    if (config.prefill && defaultValue) {
      rl.write(defaultValue);
      setValue(defaultValue);
    }
  }, []);

  const message = theme.style.message(config.message, status);
  if (status === 'done') return [prefix, message, theme.style.answer(value)].join(' ');
  const offered = defaultValue && !value ? theme.style.defaultAnswer(defaultValue) : undefined;
  const below = error ? theme.style.error(error) : listing(candidates, theme.style.help);
  return [[prefix, message, offered, value].filter((part) => part !== undefined).join(' '), below];
});

function listing(candidates: string[], style: (text: string) => string): string {
  if (candidates.length === 0) return '';
  const left = candidates.length - LISTED;
  const listed = candidates.slice(0, LISTED).join('  ');
  return style(left > 0 ? `${listed}  ${m.prompts.matches.more(left)}` : listed);
}
