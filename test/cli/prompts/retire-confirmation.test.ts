import { describe, expect, it } from 'vitest';
import { confirmRetirement } from '../../../src/cli/prompts/retire-confirmation.js';
import { EcmError } from '../../../src/errors.js';
import type { Prompter } from '../../../src/cli/prompts/prompter.js';
import { answer, ScriptedPrompter } from './scripted-prompter.js';

const QUESTION = /Retiring KPN closes it.*Type the acro \(KPN\)/;

async function outcome(prompter: Prompter): Promise<string> {
  try {
    await confirmRetirement(prompter, 'KPN');
    return 'confirmed';
  } catch (error) {
    expect(error).toBeInstanceOf(EcmError);
    const { kind, problems } = error as EcmError;
    return `${kind}: ${problems.map((p) => `${p.code} ${p.message}`).join()}`;
  }
}

describe('the confirmation before retiring', () => {
  it.each(['KPN', 'kpn', ' Kpn '])('accepts the acro typed as %j', async (typed) => {
    const prompter = new ScriptedPrompter([answer(QUESTION, typed)]);
    expect(await outcome(prompter)).toBe('confirmed');
    prompter.finish();
  });

  it.each(['', 'KPN2', 'yes', 'NS'])('cancels on %j: exit 130, nothing changed', async (typed) => {
    const prompter = new ScriptedPrompter([answer(QUESTION, typed)]);
    expect(await outcome(prompter)).toBe('cancelled: cancelled cancelled; nothing was changed');
  });

  it('turns Ctrl-C into a cancellation that says nothing was changed', async () => {
    // What the terminal prompter throws on Ctrl-C, with the create's wording.
    const ctrlC = new (class extends ScriptedPrompter {
      override input(): Promise<string> {
        return Promise.reject(EcmError.one('cancelled', 'cancelled', 'cancelled; nothing was created'));
      }
    })([]);
    expect(await outcome(ctrlC)).toBe('cancelled: cancelled cancelled; nothing was changed');
  });
});
