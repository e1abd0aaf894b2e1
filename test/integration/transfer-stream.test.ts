/**
 * The streaming transfer through a real nats-server: a volume-sized file
 * arrives intact with no slow-consumer disconnect, and a broker restart in
 * the middle of it costs a restart of the stream from what was written,
 * not from zero.
 */
import { createHash, randomBytes } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import t from "tap";
import { receiveFile, StreamSender } from "../../agents/src/transfer/index.js";
import { connectTransport } from "../../proto/wire/index.js";
import { startBroker } from "../helpers/broker.js";

const MIB = 1024 * 1024;
const dir = mkdtempSync(join(tmpdir(), "ampm-stream-"));
const broker = await startBroker();
t.teardown(async () => {
  await broker.stop();
  rmSync(dir, { recursive: true, force: true });
});

const data = Buffer.concat([randomBytes(40 * MIB), Buffer.alloc(8 * MIB), randomBytes(16 * MIB)]);
const src = join(dir, "volume");
writeFileSync(src, data);
const sha256 = createHash("sha256").update(data).digest("hex");

async function ends() {
  const a = await connectTransport({ servers: [broker.url], name: "stream src", persistent: true });
  const b = await connectTransport({ servers: [broker.url], name: "stream tgt", persistent: true });
  return { a, b, close: async () => (await a.close(), await b.close()) };
}

t.test("64 MiB through the broker: intact, zero chunks skipped, no slow consumer", async (t) => {
  const { a, b, close } = await ends();
  const sender = new StreamSender({ transport: a, id: "plain", self: "src.example.com", peer: "tgt.example.com", files: [{ file: src, bytes: data.byteLength }] }).start();
  await a.flush();
  const out = join(dir, "plain.out");
  const r = await receiveFile({ transport: b, id: "plain", self: "tgt.example.com", peer: "src.example.com", file: 0, path: out, bytes: data.byteLength, sha256 });
  await sender.stop();
  await close();
  t.ok(readFileSync(out).equals(data), "same bytes");
  t.equal(r.restarts, 0, "no restart was needed");
  // Every chunk wholly inside the 8 MiB of zeros (at 40 MiB) goes as a header alone.
  const c = sender.chunkBytes;
  t.equal(r.zeroChunks, Math.floor((48 * MIB) / c) - Math.ceil((40 * MIB) / c), `${r.zeroChunks} zero chunks of ${c} bytes sent as headers`);
  t.notMatch(broker.log(), /slow consumer/i, "the broker saw no slow consumer");
});

t.test("the broker restarts mid-stream: the transfer carries on from what was written", async (t) => {
  const { a, b, close } = await ends();
  const sender = new StreamSender({ transport: a, id: "restart", self: "src.example.com", peer: "tgt.example.com", files: [{ file: src, bytes: data.byteLength }] }).start();
  await a.flush();
  const out = join(dir, "restart.out");
  const restarts: { from: number; reason: string }[] = [];
  let killed: Promise<void> | undefined;
  const r = await receiveFile({
    transport: b,
    id: "restart",
    self: "tgt.example.com",
    peer: "src.example.com",
    file: 0,
    path: out,
    bytes: data.byteLength,
    sha256,
    syncBytes: 4 * MIB,
    stallMs: 1000,
    onRestart: (from, reason) => restarts.push({ from, reason }),
    onDurable: (offset) => {
      if (!killed && offset >= data.byteLength / 2) killed = broker.kill().then(() => broker.restart());
    },
  });
  await killed;
  await sender.stop();
  await close();
  t.ok(readFileSync(out).equals(data), "same bytes (whole-file sha256 checked)");
  t.ok(restarts.length >= 1, `restarted: ${JSON.stringify(restarts)}`);
  t.ok(restarts.every((x) => x.from >= data.byteLength / 2), "from half way or later, not from zero");
  t.equal(r.resumedFrom, 0, "one receiver throughout: it carried on in memory");
});
