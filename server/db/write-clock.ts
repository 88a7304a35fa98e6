/**
 * Counts the statements this process sends that may change data (anything but a SELECT:
 * writes, BEGIN, COMMIT, ROLLBACK), and, on SQLite, the commits other connections made to the
 * same file (its `data_version`, read when the count is asked for). A read that saw the same
 * count before and after it ran saw no change in between, and stays current until the count
 * moves again.
 */
export class WriteClock {
  private count = 0;
  private otherConnectionsVersion: unknown;
  private readOtherConnectionsVersion: (() => unknown) | undefined;

  get now(): number {
    if (this.readOtherConnectionsVersion) {
      const version = this.versionOfOtherConnections();
      if (version !== this.otherConnectionsVersion) {
        this.otherConnectionsVersion = version;
        this.count += 1;
      }
    }
    return this.count;
  }

  observe(statement: string): void {
    if (!READ_ONLY.test(statement)) this.count += 1;
  }

  /** Also moves when `read` (SQLite's `PRAGMA data_version`) says another connection committed. */
  watchOtherConnections(read: () => unknown): void {
    this.readOtherConnectionsVersion = read;
    this.otherConnectionsVersion = this.versionOfOtherConnections();
  }

  // A closed database answers nothing: each read then counts as a change, so nothing is kept.
  private versionOfOtherConnections(): unknown {
    try {
      return this.readOtherConnectionsVersion!();
    } catch {
      return Symbol('unreadable');
    }
  }
}

const READ_ONLY = /^\s*(SELECT|WITH)\b/i;
