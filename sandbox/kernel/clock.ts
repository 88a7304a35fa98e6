/**
 * The sandbox's notion of "now": real time plus an offset that `/_sandbox/clock/advance`
 * grows, so tests can make days pass without waiting.
 */
export class SandboxClock {
  constructor(private offsetSeconds = 0) {}

  nowMs(): number {
    return Date.now() + this.offsetSeconds * 1000;
  }

  nowSeconds(): number {
    return Math.floor(this.nowMs() / 1000);
  }

  advance(seconds: number): void {
    this.offsetSeconds += seconds;
  }

  get offset(): number {
    return this.offsetSeconds;
  }

  reset(offsetSeconds = 0): void {
    this.offsetSeconds = offsetSeconds;
  }
}
