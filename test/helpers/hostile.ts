/** What a hostile program on the bus can do: send raw envelopes that ampm's own client would refuse to build. */
import { broadcastSubject, createRequest, encodeRequest, type ampm, type Transport } from "../../proto/wire/index.js";

/** Publishes a broadcast rpcutil.ping with this filter, unchecked, as caller "mallory". */
export function hostileBroadcast(transport: Transport, filter: ampm.v1.IFilter): void {
  const request = createRequest({ agent: "rpcutil", action: "ping", caller: "mallory", ttlMs: 60_000, timeoutMs: 5000, filter });
  transport.publish(broadcastSubject("rpcutil"), encodeRequest(request), transport.newInbox("ampm.v1.reply.mallory"));
}
