import type { PayoutRunProgressBar_ProgressFragment } from '../gql/graphql';

// `payoutRunProgress` pushes a run's status and counts when it is drafted, approved, canceled,
// and every half second while it executes; the latest one pushed for a run wins.

type Progress = PayoutRunProgressBar_ProgressFragment;

export type PushedProgress = Record<string, Progress> | undefined;

/** A subscription reducer: the latest progress pushed for each run. */
export function collectProgress(collected: PushedProgress, progress: Progress): Record<string, Progress> {
  return { ...collected, [progress.runId]: progress };
}

/** A queried run with the status and progress pushed since. */
export function withProgress<TRun extends { id: string; status: Progress['status']; progress: Progress }>(run: TRun, pushed: PushedProgress): TRun {
  const latest = pushed?.[run.id];
  return latest ? { ...run, status: latest.status, progress: latest } : run;
}
