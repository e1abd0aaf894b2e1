import t from "tap";
import { createReply, createRequest, decodeRequest, encodeReply, encodeRequest, gather, ReplyMux, Status } from "../../proto/wire/index.js";
import { MemoryBroker } from "../helpers/memory-transport.js";

t.test("a reply whose sender is no host name is dropped as malformed, never shown", async (t) => {
  const broker = new MemoryBroker();
  const host = broker.connect();
  const caller = broker.connect();
  host.subscribe("ampm.v1.broadcast.rpcutil", (msg) => {
    const request = decodeRequest(msg.data);
    for (const sender of ["good.example.com", "ctl\u0001x", "a/b", "Evil.example.com", "x".repeat(300)]) {
      host.publish(msg.reply!, encodeReply(createReply({ requestId: request.id, sender, status: Status.OK })));
    }
  });
  const replies = new ReplyMux(caller, "tester");
  const request = createRequest({ agent: "rpcutil", action: "ping", caller: "tester", ttlMs: 1000, timeoutMs: 1000 });
  const seen: string[] = [];
  const result = await gather({ transport: caller, replies, requestId: request.id, request: encodeRequest(request), targets: null, agent: "rpcutil", waitMs: 500, quietMs: 50, onReply: (r) => seen.push(r.sender) });
  t.same(seen, ["good.example.com"]);
  t.equal(result.malformed, 4);
});
