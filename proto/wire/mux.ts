/**
 * One reply subscription per client: `ampm.v1.reply.<caller>.<token>.*`.
 * Each call takes its own inbox under it, so calls cost no SUB/UNSUB round
 * trips at the broker and broker permissions stay per caller.
 */
import { replyPrefix } from "./subjects.js";
import type { Message, Subscription, Transport } from "./transport.js";

export interface Inbox {
  subject: string;
  close(): void;
}

export class ReplyMux {
  private readonly handlers = new Map<string, (msg: Message) => void>();
  private subscription: Subscription | undefined;
  private readonly base: string;
  private next = 0;
  private stopWatching: (() => void) | undefined;
  /** The broker's message if it refused the subscription (the user may not read these replies). */
  refused: string | undefined;

  constructor(
    private readonly transport: Transport,
    caller: string,
  ) {
    this.base = transport.newInbox(replyPrefix(caller));
  }

  /** The subject of the one subscription (for recognising the broker's refusal of it). */
  get subject(): string {
    return `${this.base}.*`;
  }

  open(handler: (msg: Message) => void): Inbox {
    if (!this.subscription) {
      this.stopWatching = this.transport.onRefused((r) => {
        if (r.operation === "subscription" && r.subject === this.subject) this.refused = r.message;
      });
      this.subscription = this.transport.subscribe(this.subject, (msg) => {
        this.handlers.get(msg.subject.slice(this.base.length + 1))?.(msg);
      });
    }
    const id = (this.next++).toString(36);
    this.handlers.set(id, handler);
    return { subject: `${this.base}.${id}`, close: () => this.handlers.delete(id) };
  }

  close(): void {
    this.stopWatching?.();
    this.subscription?.unsubscribe();
    this.subscription = undefined;
    this.handlers.clear();
  }
}
