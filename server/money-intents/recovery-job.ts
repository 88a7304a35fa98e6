import type { Logger } from '../logging/logger';

export interface RecoveryPass {
  name: string;
  run(): Promise<void>;
}

/**
 * Runs the money recovery passes at start and then every `intervalMs`, one run at a time, so
 * intents a crash or an unanswered call left pending are finished without a client retrying.
 */
export class RecoveryJob {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> = Promise.resolve();
  private busy = false;

  constructor(
    private readonly passes: RecoveryPass[],
    private readonly intervalMs: number,
    private readonly logger: Logger,
  ) {}

  start(): void {
    this.tick();
    this.timer = setInterval(() => this.tick(), this.intervalMs);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }

  private tick(): void {
    if (this.busy) return;
    this.busy = true;
    this.running = this.runPasses().finally(() => (this.busy = false));
  }

  private async runPasses(): Promise<void> {
    for (const pass of this.passes) {
      await pass.run().catch((error: unknown) => this.logger.warn({ err: error, pass: pass.name }, 'recovery pass failed; will run again'));
    }
  }
}
