/**
 * Deadlines for running actions on one timer. Most actions finish in
 * microseconds; a timer each (armed and cleared per request) would cost more
 * than the action. Here adding a deadline is a heap push, cancelling is a
 * flag, and the one timer is re-armed only for an earlier deadline.
 */
interface Entry {
  at: number;
  fire: () => void;
  cancelled: boolean;
}

const noop = () => undefined;

export class Deadlines {
  private readonly heap: Entry[] = [];
  private timer: NodeJS.Timeout | undefined;
  private armedFor = Infinity;
  private cancelled = 0;

  constructor(private readonly now: () => number = Date.now) {}

  /** Calls `fire` at `at` (unix ms) unless the returned cancel function runs first. */
  add(at: number, fire: () => void): () => void {
    const entry: Entry = { at, fire, cancelled: false };
    this.push(entry);
    if (at < this.armedFor) this.arm(at);
    return () => {
      if (entry.cancelled) return;
      entry.cancelled = true;
      entry.fire = noop; // let go of the action's closure now, not at its deadline
      if (++this.cancelled > 1024 && this.cancelled > this.heap.length / 2) this.compact();
    };
  }

  get size(): number {
    return this.heap.length - this.cancelled;
  }

  private arm(at: number): void {
    if (this.timer) clearTimeout(this.timer);
    this.armedFor = at;
    this.timer = setTimeout(() => this.expire(), Math.max(0, at - this.now()));
    this.timer.unref();
  }

  private expire(): void {
    this.timer = undefined;
    this.armedFor = Infinity;
    const now = this.now();
    while (this.heap.length > 0 && (this.heap[0]!.cancelled || this.heap[0]!.at <= now)) {
      const entry = this.pop()!;
      if (entry.cancelled) {
        this.cancelled--;
      } else {
        entry.cancelled = true;
        entry.fire();
      }
    }
    if (this.heap.length > 0) this.arm(this.heap[0]!.at);
  }

  private compact(): void {
    const live = this.heap.filter((e) => !e.cancelled);
    this.heap.length = 0;
    this.cancelled = 0;
    for (const e of live) this.push(e);
  }

  private push(entry: Entry): void {
    const heap = this.heap;
    heap.push(entry);
    let i = heap.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (heap[parent]!.at <= entry.at) break;
      heap[i] = heap[parent]!;
      i = parent;
    }
    heap[i] = entry;
  }

  private pop(): Entry | undefined {
    const heap = this.heap;
    const top = heap[0];
    const last = heap.pop();
    if (heap.length > 0 && last) {
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let smallest = i;
        const at = (k: number) => (k === i ? last.at : heap[k]!.at);
        if (l < heap.length && heap[l]!.at < at(smallest)) smallest = l;
        if (r < heap.length && heap[r]!.at < at(smallest)) smallest = r;
        if (smallest === i) break;
        heap[i] = heap[smallest]!;
        i = smallest;
      }
      heap[i] = last;
    }
    return top;
  }
}
