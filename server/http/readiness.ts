import type { RequestHandler } from 'express';

/** Something the gateway needs to serve requests; `/readyz` is 503 while one fails. */
export interface ReadinessCheck {
  name: string;
  /** Rejects while not ready: with a NotReady naming why, or with anything (read "<name> unreachable"). */
  check(): Promise<void>;
}

export class NotReady extends Error {}

/**
 * The start-up steps that run once the port is open (webhook endpoints, the first admin,
 * background jobs). Until the last is done, a sign-in or a Stripe event would fail, so
 * `/readyz` names the step in progress instead of sending traffic here.
 */
export class StartUpProgress implements ReadinessCheck {
  readonly name = 'start-up';
  private step: string | undefined = 'opening the port';

  begin(step: string): void {
    this.step = step;
  }

  finish(): void {
    this.step = undefined;
  }

  async check(): Promise<void> {
    if (this.step) throw new NotReady(`starting up: ${this.step}`);
  }
}

/** `/readyz`: 200 once every check passes, else 503 with the first failing check's reason. */
export function readinessRoute(checks: ReadinessCheck[]): RequestHandler {
  return async (_request, response) => {
    for (const readiness of checks) {
      try {
        await readiness.check();
      } catch (error) {
        const reason = error instanceof NotReady ? error.message : `${readiness.name} unreachable`;
        response.status(503).json({ status: 'unavailable', reason });
        return;
      }
    }
    response.json({ status: 'ready' });
  };
}
