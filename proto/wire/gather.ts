/**
 * Scatter and gather: publish one encoded request, to a list of hosts'
 * direct subjects or to a broadcast subject, and collect the replies on an
 * inbox of our own until every host answered, replies go quiet (broadcast),
 * or the time is up.
 */
import { decodeReply, type Reply } from "./envelope.js";
import { isHostname } from "./names.js";
import { broadcastSubject, nodeSubject } from "./subjects.js";
import type { Transport } from "./transport.js";
import type { ReplyMux } from "./mux.js";

export interface GatherOptions {
  transport: Transport;
  replies: ReplyMux;
  requestId: string;
  /** The encoded request: the same bytes for every host, or each host's own (signed requests bound to their targets). */
  request: Uint8Array | ((identity: string) => Uint8Array);
  /** Direct addressing to these identities, or null for a broadcast to `agent`. */
  targets: readonly string[] | null;
  agent: string;
  /** The longest to wait for replies after publishing. */
  waitMs: number;
  /** Broadcast only: stop once no reply came for this long (after the first one). */
  quietMs?: number;
  signal?: AbortSignal;
  onReply: (reply: Reply, rttMs: number) => void;
}

export interface GatherResult {
  replied: Set<string>;
  unexpected: string[];
  malformed: number;
  /** Hosts (or, for a broadcast, the agent's subject) the broker would not let us publish to: identity -> its message. */
  refused: Map<string, string>;
  /** The broker's message when it would not let us read the replies at all. */
  inboxRefused?: string;
  /** The connection to the broker was lost before the wait was over: who did not answer is unknown. */
  connectionLost?: boolean;
}

export function gather(options: GatherOptions): Promise<GatherResult> {
  const { transport, targets } = options;
  const expected = targets ? new Set(targets) : null;
  const replied = new Set<string>();
  const unexpected: string[] = [];
  let malformed = 0;
  const refused = new Map<string, string>();
  let inboxRefused: string | undefined;
  let connectionLost = false;
  // Which identity each published subject is for (a broadcast: its subject stands for itself).
  const bySubject = new Map<string, string>(targets ? targets.map((id) => [nodeSubject(id), id]) : [[broadcastSubject(options.agent), broadcastSubject(options.agent)]]);

  return new Promise<GatherResult>((resolve) => {
    let quietTimer: NodeJS.Timeout | undefined;
    let sentAt = 0;
    const finish = () => {
      clearTimeout(overall);
      clearTimeout(quietTimer);
      options.signal?.removeEventListener("abort", finish);
      stopWatching();
      stopWatchingConnection();
      inbox.close();
      resolve({ replied, unexpected, malformed, refused, inboxRefused, connectionLost });
    };
    // Without the broker no reply can come: say so at once rather than wait and blame the hosts.
    const stopWatchingConnection = transport.onConnection((event) => {
      if (event === "disconnect" || event === "close") {
        connectionLost = true;
        finish();
      }
    });
    // A refusal by the broker ends the wait for what it concerns: nothing will come.
    const stopWatching = transport.onRefused((r) => {
      if (r.operation === "subscription" && r.subject === options.replies.subject) {
        inboxRefused = r.message;
        finish();
        return;
      }
      const who = r.operation === "publish" ? bySubject.get(r.subject) : undefined;
      if (who === undefined || refused.has(who) || replied.has(who)) return;
      refused.set(who, r.message);
      if (refused.size + replied.size >= bySubject.size) finish();
    });
    const inbox = options.replies.open((msg) => {
      let reply: Reply;
      try {
        reply = decodeReply(msg.data);
      } catch {
        malformed++;
        return;
      }
      if (reply.requestId !== options.requestId || replied.has(reply.sender)) return;
      // A sender that is no host name is no host of ours (and its name is not fit to print).
      if (!isHostname(reply.sender)) {
        malformed++;
        return;
      }
      if (expected && !expected.has(reply.sender)) {
        unexpected.push(reply.sender);
        return;
      }
      replied.add(reply.sender);
      options.onReply(reply, performance.now() - sentAt);
      if (expected && replied.size === expected.size) {
        finish();
      } else if (options.quietMs !== undefined && !expected) {
        clearTimeout(quietTimer);
        quietTimer = setTimeout(finish, options.quietMs);
      }
    });
    const overall = setTimeout(finish, options.waitMs);
    if (options.replies.refused) {
      inboxRefused = options.replies.refused;
      return finish();
    }
    // Stopped before it started (say, a broadcast whose expected hosts are none): nothing is sent.
    if (options.signal?.aborted) return finish();
    options.signal?.addEventListener("abort", finish, { once: true });
    sentAt = performance.now();
    if (targets) {
      if (targets.length === 0) return finish();
      const bytes = options.request;
      for (const identity of targets) transport.publish(nodeSubject(identity), typeof bytes === "function" ? bytes(identity) : bytes, inbox.subject);
    } else {
      if (typeof options.request === "function") throw new TypeError("a broadcast sends the same bytes to every host");
      transport.publish(broadcastSubject(options.agent), options.request, inbox.subject);
    }
  });
}
