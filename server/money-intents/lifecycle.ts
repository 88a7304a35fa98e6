/**
 * One group of moves in a lifecycle table. `late` marks moves that only happen because Stripe's
 * facts arrive late, out of order or after the gateway gave up waiting (a lost answer found on
 * Stripe after all): they are applied, but never offered as `nextStates`.
 */
export interface MoveGroup<Status extends string> {
  from: Status;
  to: readonly Status[];
  late?: boolean;
}

export interface LifecycleTable<Status extends string> {
  /** Named in refusals of a move the table does not allow: `top-up`, `transfer`, … */
  name: string;
  /**
   * The order Stripe's events are applied in: a status reported out of order only replaces one
   * of a lower rank, so an older event never undoes a newer one.
   */
  ranks: Readonly<Record<Status, number>>;
  moves: ReadonlyArray<MoveGroup<Status>>;
}

export interface Edge<Status extends string> {
  from: Status;
  to: Status;
  late: boolean;
}

/**
 * A lifecycle as the single truth about a money object's statuses: every move the gateway
 * makes is an edge of its table, `nextStates` is derived from it, and `moveStatus` refuses any
 * move that is not an edge. Staying in a status is not a move.
 */
export class Lifecycle<Status extends string> {
  readonly name: string;
  private readonly ranks: Readonly<Record<Status, number>>;
  private readonly edgesByFrom = new Map<Status, Map<Status, Edge<Status>>>();

  constructor(table: LifecycleTable<Status>) {
    this.name = table.name;
    this.ranks = table.ranks;
    for (const group of table.moves) {
      const from = this.edgesByFrom.get(group.from) ?? new Map<Status, Edge<Status>>();
      for (const to of group.to) from.set(to, { from: group.from, to, late: group.late ?? false });
      this.edgesByFrom.set(group.from, from);
    }
  }

  /** Every status of the lifecycle, in the table's rank order. */
  get statuses(): Status[] {
    return (Object.keys(this.ranks) as Status[]).sort((a, b) => this.ranks[a] - this.ranks[b]);
  }

  get edges(): Array<Edge<Status>> {
    return [...this.edgesByFrom.values()].flatMap((edges) => [...edges.values()]);
  }

  /** True when `from → to` is an edge (or no move at all). */
  allows(from: Status, to: Status): boolean {
    return from === to || this.edgesByFrom.get(from)?.has(to) === true;
  }

  /** A status Stripe reported replaces the one held: it ranks higher, and the move is an edge. */
  supersedes(next: Status, current: Status): boolean {
    return this.ranks[next] > this.ranks[current] && this.allows(current, next);
  }

  /** Same rank: neither is later than the other (the newer event decides). */
  sameRank(next: Status, current: Status): boolean {
    return this.ranks[next] === this.ranks[current];
  }

  /** The statuses a console may show as still reachable: the table's ordinary moves only. */
  nextStates(status: Status): Status[] {
    return this.edges.filter((edge) => edge.from === status && !edge.late).map((edge) => edge.to);
  }

  /** Throws when the table has no such edge: a money object never takes a move nobody wrote down. */
  assertMove(from: Status, to: Status): void {
    if (!this.allows(from, to)) throw new Error(`A ${this.name} cannot move from ${from} to ${to}.`);
  }
}
