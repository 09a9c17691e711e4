import type { StepId, StepReporter } from '../../src/provision/step.js';

/** Records what the runner reported, and can act when a step finishes (to cancel, or to race it). */
export function recordingReporter(onDone?: (id: StepId) => void | Promise<void>) {
  const events: string[] = [];
  const reporter: StepReporter = {
    started: (id) => events.push(`started ${id}`),
    done: (id) => {
      events.push(`done ${id}`);
      void onDone?.(id);
    },
    skipped: (id, reason) => events.push(`skipped ${id}: ${reason}`),
    failed: (id) => events.push(`failed ${id}`),
  };
  return { reporter, events };
}
