/**
 * Counts the statements this process sends that may change data (anything but a SELECT:
 * writes, BEGIN, COMMIT, ROLLBACK). A read that saw the same count before and after it ran saw
 * no change in between, and stays current until the count moves again.
 */
export class WriteClock {
  private count = 0;

  get now(): number {
    return this.count;
  }

  observe(statement: string): void {
    if (!READ_ONLY.test(statement)) this.count += 1;
  }
}

const READ_ONLY = /^\s*(SELECT|WITH)\b/i;
