/** A collection or keyed map whose rows the journal reads back when a unit of work commits. */
export interface TrackedRows {
  readonly kind: string;
  /** What must be stored under `key` now; undefined once it is gone (or must not be kept). */
  rowOf(key: string): unknown;
}

/** One row to write: `body` undefined deletes it. */
export interface RowChange {
  kind: string;
  id: string;
  body: unknown;
}

export interface CommitBatch {
  /** Every stored row goes first (a sandbox reset). */
  cleared: boolean;
  rows: RowChange[];
}

/** Thrown by every unit of work once a commit failed: memory is then ahead of the disk. */
export class StateNotSavedError extends Error {}

/**
 * Collects what a unit of work may have changed and commits it in one go when the unit ends.
 * A unit is synchronous (one request, one timer tick), so nothing else runs between the change
 * and its commit, and nothing it did is seen before it is on disk: the HTTP answer is written,
 * and webhooks are sent, only after `write` returns.
 *
 * Objects are edited in place by the services, so the journal cannot see edits; instead, every
 * object a collection hands out during a write unit is noted, and the commit stores those whose
 * JSON differs from what was last stored. Reads outside write units (GET requests) note nothing.
 */
export class StateJournal {
  private depth = 0;
  private readonly touched = new Map<TrackedRows, Set<string>>();
  private cleared = false;
  private afterCommitActions: Array<() => void> = [];
  private failure: unknown;

  /** Without `commit` (a sandbox in memory) nothing is noted and units only keep their order. */
  constructor(private readonly commit?: (batch: CommitBatch) => void) {}

  get recording(): boolean {
    return this.depth > 0 && this.commit !== undefined;
  }

  touch(source: TrackedRows, key: string): void {
    if (!this.recording) return;
    const keys = this.touched.get(source);
    if (keys) keys.add(key);
    else this.touched.set(source, new Set([key]));
  }

  /** An insert or delete outside a write unit would never be stored: a bug, so it fails loudly. */
  requireWriteUnit(kind: string): void {
    if (this.depth === 0) throw new Error(`sandbox: ${kind} changed outside a unit of work`);
  }

  /** Runs `work` as one unit of work (or as part of the enclosing one) and commits at its end. */
  write<T>(work: () => T): T {
    this.requireHealthy();
    this.depth += 1;
    try {
      return work();
    } finally {
      this.depth -= 1;
      // Also when `work` threw: what it changed in memory before throwing must be stored too.
      if (this.depth === 0) this.flush();
    }
  }

  /** Runs `work` that only reads; refused, like writes, once memory may be ahead of the disk. */
  read<T>(work: () => T): T {
    this.requireHealthy();
    return work();
  }

  /** An HTTP request's unit: a GET only reads, every other method may change state. */
  forMethod<T>(method: string, work: () => T): T {
    return method === 'GET' ? this.read(work) : this.write(work);
  }

  /** Runs `action` once the enclosing unit has committed (at once outside a unit). */
  afterCommit(action: () => void): void {
    if (this.depth === 0) action();
    else this.afterCommitActions.push(action);
  }

  /** Everything stored is dropped by this unit's commit (a reset); rows touched so far are moot. */
  clearAll(): void {
    this.requireWriteUnit('the whole state');
    this.cleared = true;
    this.touched.clear();
  }

  private flush(): void {
    const batch: CommitBatch = { cleared: this.cleared, rows: [] };
    for (const [source, keys] of this.touched) {
      for (const id of keys) batch.rows.push({ kind: source.kind, id, body: source.rowOf(id) });
    }
    this.touched.clear();
    this.cleared = false;
    const actions = this.afterCommitActions;
    this.afterCommitActions = [];
    try {
      this.commit?.(batch);
    } catch (error) {
      this.failure = error;
      throw new StateNotSavedError(`sandbox: state could not be saved (${describe(error)}); restart the sandbox`, { cause: error });
    }
    for (const action of actions) action();
  }

  private requireHealthy(): void {
    if (this.failure !== undefined) {
      throw new StateNotSavedError(`sandbox: an earlier change could not be saved (${describe(this.failure)}); restart the sandbox`);
    }
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
