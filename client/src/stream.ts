/**
 * CallRun: per-host results as an async iterable, as they arrive, and the
 * summary as a promise once the call is over.
 */
import type { CallSummary, HostResult } from "./results.js";

export class CallRun implements AsyncIterable<HostResult> {
  private readonly buffer: HostResult[] = [];
  private waiting: ((r: IteratorResult<HostResult>) => void) | undefined;
  private failWaiting: ((err: unknown) => void) | undefined;
  private done = false;
  private error: unknown;
  readonly summary: Promise<CallSummary>;

  /** `work` pushes results through `emit` and returns the summary. */
  constructor(work: (emit: (result: HostResult) => void) => Promise<CallSummary>) {
    this.summary = work((result) => this.push(result)).then(
      (summary) => {
        this.finish();
        return summary;
      },
      (err) => {
        this.finish(err);
        throw err;
      },
    );
    // A caller that only iterates still sees the error there.
    this.summary.catch(() => undefined);
  }

  /** Every result, then the summary. */
  async collect(): Promise<{ results: HostResult[]; summary: CallSummary }> {
    const results: HostResult[] = [];
    for await (const result of this) results.push(result);
    return { results, summary: await this.summary };
  }

  private push(result: HostResult): void {
    if (this.waiting) {
      const resolve = this.waiting;
      this.waiting = this.failWaiting = undefined;
      resolve({ value: result, done: false });
    } else {
      this.buffer.push(result);
    }
  }

  private finish(err?: unknown): void {
    this.done = true;
    this.error = err;
    if (this.waiting) {
      const resolve = this.waiting;
      const reject = this.failWaiting!;
      this.waiting = this.failWaiting = undefined;
      if (err !== undefined) reject(err);
      else resolve({ value: undefined, done: true });
    }
  }

  [Symbol.asyncIterator](): AsyncIterator<HostResult> {
    return {
      next: () => {
        const value = this.buffer.shift();
        if (value) return Promise.resolve({ value, done: false });
        if (this.done) return this.error !== undefined ? Promise.reject(this.error) : Promise.resolve({ value: undefined, done: true });
        return new Promise((resolve, reject) => {
          this.waiting = resolve;
          this.failWaiting = reject;
        });
      },
    };
  }
}
