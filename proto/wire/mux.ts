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

  constructor(
    private readonly transport: Transport,
    caller: string,
  ) {
    this.base = transport.newInbox(replyPrefix(caller));
  }

  open(handler: (msg: Message) => void): Inbox {
    this.subscription ??= this.transport.subscribe(`${this.base}.*`, (msg) => {
      this.handlers.get(msg.subject.slice(this.base.length + 1))?.(msg);
    });
    const id = (this.next++).toString(36);
    this.handlers.set(id, handler);
    return { subject: `${this.base}.${id}`, close: () => this.handlers.delete(id) };
  }

  close(): void {
    this.subscription?.unsubscribe();
    this.subscription = undefined;
    this.handlers.clear();
  }
}
