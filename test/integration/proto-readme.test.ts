/**
 * proto/README.md is enough to write a client in another language: what it
 * says of the bodies, key files, ids, reply subjects and statuses is what the
 * code does (checked here against the code, a real broker and a real agent).
 */
import { createPrivateKey, createPublicKey } from "node:crypto";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import t from "tap";
import { BUILTIN_AGENTS, builtinActions } from "../../client/src/index.js";
import { ampm, connectTransport, createRequest, decodeReply, decodeRequest, encodeRequest, SigningKey, Status, statusName } from "../../proto/wire/index.js";
import { startAgent } from "../helpers/agents.js";
import { startBroker } from "../helpers/broker.js";
import { ROOT } from "../helpers/paths.js";

const readme = readFileSync(join(ROOT, "proto", "README.md"), "utf8");

t.test("every built-in action and every .proto file is in the tables", async (t) => {
  for (const agent of BUILTIN_AGENTS) {
    for (const action of builtinActions(agent)) {
      const named = new RegExp(`\`${agent}\\.${action}\`|^\\|[^\\n]*\`${agent}\\.[a-z_]+\`[^|\\n]*\`${action}\``, "m");
      t.match(readme, named, `${agent}.${action}`);
    }
  }
  for (const file of readdirSync(join(ROOT, "proto", "ampm", "v1"))) t.match(readme, `\`ampm/v1/${file}\``, file);
});

t.test("one name for the reply subject's token; every status in the table", async (t) => {
  t.notMatch(readme, /<caller>/, "always <caller-token>");
  for (const [name, code] of Object.entries(Status).filter(([, v]) => typeof v === "number")) {
    t.match(readme, new RegExp(`^\\| ${code} \\| \`${name}\` \\|`, "m"), name);
  }
  t.match(readme, /^\| 7 \| `EXPIRED` \| [^\n]*`ttl_ms` of 0 or above the host's `max_ttl`/m);
});

t.test("request ids: printable ASCII without spaces, as the README says", async (t) => {
  t.match(readme, /1–128 characters from `!` to `~` \(printable ASCII, no space\)/);
  const encoded = (id: string) => encodeRequest(createRequest({ id, agent: "rpcutil", action: "ping", caller: "x", ttlMs: 1000, timeoutMs: 1000 }));
  for (const id of ["!", "~".repeat(128), "0123456789abcdef0123456789abcdef"]) t.equal(decodeRequest(encoded(id)).id, id);
  for (const id of ["with space", "x".repeat(129), "tab\there", "é"]) t.throws(() => decodeRequest(encoded(id)), /valid id/, JSON.stringify(id));
});

/** The README's base32 (RFC 4648, no padding) and CRC-16/XMODEM, written from its words. */
const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
function base32Decode(text: string): Buffer {
  const out: number[] = [];
  let bits = 0;
  let value = 0;
  for (const c of text) {
    value = (value << 5) | ALPHABET.indexOf(c);
    bits += 5;
    if (bits >= 8) {
      out.push((value >> (bits - 8)) & 0xff);
      bits -= 8;
    }
  }
  return Buffer.from(out);
}
function base32Encode(bytes: Buffer): string {
  let out = "";
  let bits = 0;
  let value = 0;
  for (const b of bytes) {
    value = (value << 8) | b;
    bits += 8;
    while (bits >= 5) {
      out += ALPHABET[(value >> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  return bits > 0 ? out + ALPHABET[(value << (5 - bits)) & 31] : out;
}
function crc16(bytes: Buffer): number {
  let crc = 0;
  for (const b of bytes) {
    crc ^= b << 8;
    for (let i = 0; i < 8; i++) crc = crc & 0x8000 ? ((crc << 1) ^ 0x1021) & 0xffff : (crc << 1) & 0xffff;
  }
  return crc;
}
const withCrc = (bytes: Buffer) => Buffer.concat([bytes, Buffer.from([crc16(bytes) & 0xff, crc16(bytes) >> 8])]);

t.test("a key file, read as the README describes it, gives the key's public key", async (t) => {
  const dir = mkdtempSync(join(tmpdir(), "ampm-nk-"));
  t.teardown(() => rmSync(dir, { recursive: true, force: true }));
  const key = SigningKey.generate();
  const { file, publicFile } = key.writeFile(join(dir, "alice.nk"), "a comment");
  const seed = readFileSync(file, "utf8").split("\n").find((line) => line.trim() && !line.startsWith("#"))!;
  t.match(seed, /^SU[A-Z2-7]{56}$/);
  const raw = base32Decode(seed);
  t.equal(raw.length, 36);
  t.same([...raw.subarray(0, 2)], [0x95, 0x00], "the seed's prefix bytes");
  t.same(withCrc(raw.subarray(0, 34)), raw, "its CRC-16, low byte first");
  const pkcs8 = Buffer.concat([Buffer.from("302e020100300506032b657004220420", "hex"), raw.subarray(2, 34)]);
  const spki = createPublicKey(createPrivateKey({ key: pkcs8, format: "der", type: "pkcs8" })).export({ format: "der", type: "spki" });
  const publicKey = base32Encode(withCrc(Buffer.concat([Buffer.from([0xa0]), spki.subarray(-32)])));
  t.equal(publicKey, key.publicKey, "the public key the README's way");
  t.equal(readFileSync(publicFile, "utf8"), `${publicKey}\n`, "NAME.pub beside it");
  t.match(publicKey, /^U[A-Z2-7]{55}$/);
});

t.test("an agent replies on whatever reply subject the request carries (only the broker binds the token)", async (t) => {
  const broker = await startBroker();
  const agent = await startAgent(broker.url, { identity: "dev1.example.com" });
  const transport = await connectTransport({ servers: [broker.url] });
  t.teardown(async () => {
    await transport.close();
    await agent.stop();
    await broker.stop();
  });
  const got = new Promise<Uint8Array>((resolve) => transport.subscribe("not.an.ampm.inbox", (msg) => resolve(msg.data)));
  const request = createRequest({ agent: "rpcutil", action: "ping", caller: "alice", ttlMs: 10_000, timeoutMs: 1000, body: ampm.v1.PingRequest.encode({}).finish(), bodyType: "ampm.v1.PingRequest" });
  transport.publish("ampm.v1.node.dev1.example.com", encodeRequest(request), "not.an.ampm.inbox");
  const reply = decodeReply(await got);
  t.equal(statusName(reply.statuscode), "OK", "an unsigned request, answered: the agent runs in dev mode");
  t.equal(reply.requestId, request.id);
  t.match(readme, /An agent replies to whatever reply subject a request carries/);
  t.match(readme, /An agent runs unsigned requests only in dev mode\s+\(`security: \{ mode: dev \}`/);
});
