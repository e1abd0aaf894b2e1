/**
 * An in-memory Transport for fast unit tests: subjects with * and >
 * wildcards, asynchronous delivery, no network.
 */
import type { Message, Subscription, Transport } from "../../proto/wire/index.js";

interface Sub {
  tokens: string[];
  handler: (msg: Message) => void;
  closed: boolean;
}

function matches(pattern: string[], subject: string[]): boolean {
  for (let i = 0; i < pattern.length; i++) {
    if (pattern[i] === ">") return subject.length > i;
    if (i >= subject.length) return false;
    if (pattern[i] !== "*" && pattern[i] !== subject[i]) return false;
  }
  return pattern.length === subject.length;
}

export class MemoryBroker {
  private readonly subs: Sub[] = [];
  private counter = 0;
  readonly published: Message[] = [];

  deliver(msg: Message): void {
    this.published.push(msg);
    const tokens = msg.subject.split(".");
    for (const sub of this.subs) {
      if (!sub.closed && matches(sub.tokens, tokens)) queueMicrotask(() => !sub.closed && sub.handler(msg));
    }
  }

  connect(maxPayload = 1024 * 1024): Transport {
    let closed = false;
    const mine: Sub[] = [];
    const broker = this;
    return {
      maxPayload,
      publish: (subject, data, reply) => {
        if (!closed) broker.deliver({ subject, data, reply });
      },
      subscribe: (subject, handler): Subscription => {
        const sub: Sub = { tokens: subject.split("."), handler, closed: false };
        broker.subs.push(sub);
        mine.push(sub);
        return { unsubscribe: () => (sub.closed = true) };
      },
      newInbox: (prefix) => `${prefix}.inbox${++broker.counter}`,
      request: (subject, data, timeoutMs) =>
        new Promise<Message>((resolve, reject) => {
          const inbox = `_INBOX.memory.${++broker.counter}`;
          const sub: Sub = { tokens: inbox.split("."), handler: (m) => ((sub.closed = true), clearTimeout(timer), resolve(m)), closed: false };
          const timer = setTimeout(() => ((sub.closed = true), reject(new Error("request timed out"))), timeoutMs);
          broker.subs.push(sub);
          broker.deliver({ subject, data, reply: inbox });
        }),
      flush: async () => undefined,
      drain: async () => {
        for (const s of mine) s.closed = true;
        closed = true;
      },
      close: async () => {
        for (const s of mine) s.closed = true;
        closed = true;
      },
      closed: () => new Promise(() => undefined),
      blobs: () => {
        throw new Error("the in-memory transport has no object store");
      },
      streams: () => {
        throw new Error("the in-memory transport has no streams");
      },
      // The in-memory broker has no permissions: nothing is ever refused.
      onRefused: () => () => undefined,
      // Nor does its connection ever drop.
      onConnection: () => () => undefined,
    };
  }
}
