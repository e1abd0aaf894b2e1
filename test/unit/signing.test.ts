import { chmodSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createUser, fromPublic } from "@nats-io/nkeys";
import t from "tap";
import {
  ampm,
  appendSignature,
  ConfigError,
  createRequest,
  decodeRequest,
  encodeForTargets,
  encodeRequest,
  encodeSignedRequest,
  isPublicKey,
  provesTarget,
  SigningKey,
  splitSignature,
  TargetTree,
  Verifier,
} from "../../proto/wire/index.js";

function request(key?: SigningKey) {
  return createRequest({ agent: "hypervisor", action: "migrate", caller: "alice", ttlMs: 60_000, timeoutMs: 5000, body: new Uint8Array([1, 2, 3]), bodyType: "application/json", callerPublicKey: key?.publicKey });
}

t.test("a signed request verifies, and the signature is the nkeys one", async (t) => {
  const key = SigningKey.generate();
  t.match(key.seed, /^SU[A-Z2-7]{56}$/);
  t.match(key.publicKey, /^U[A-Z2-7]{55}$/);
  t.ok(isPublicKey(key.publicKey));
  t.notOk(isPublicKey("UNOTAKEY"));
  t.notOk(isPublicKey(key.seed));

  const req = request(key);
  const bytes = encodeSignedRequest(req, key);
  const decoded = decodeRequest(bytes);
  t.equal(decoded.callerPublicKey, key.publicKey);
  t.equal(decoded.signature.length, 64);
  const { unsigned, signature } = splitSignature(bytes);
  t.ok(new Verifier().verify(key.publicKey, unsigned, signature!));
  // The same math as the nkeys library: interoperable with other languages' nkeys.
  t.ok(fromPublic(key.publicKey).verify(unsigned, signature!));
  // What was signed is the request without field 13, byte for byte.
  req.signature = new Uint8Array(0);
  t.same(Buffer.from(unsigned), Buffer.from(encodeRequest(req)));
});

t.test("nkeys library seeds load, and sign what it verifies", async (t) => {
  const pair = createUser();
  const key = SigningKey.fromSeed(new TextDecoder().decode(pair.getSeed()));
  t.equal(key.publicKey, pair.getPublicKey());
  const data = new TextEncoder().encode("hello");
  t.ok(pair.verify(data, key.sign(data)));
  t.ok(new Verifier().verify(key.publicKey, data, pair.sign(data)));
});

t.test("tampering is detected", async (t) => {
  const key = SigningKey.generate();
  const verifier = new Verifier();
  const bytes = encodeSignedRequest(request(key), key);
  const check = (b: Uint8Array) => {
    const { unsigned, signature } = splitSignature(b);
    return signature !== undefined && verifier.verify(key.publicKey, unsigned, signature);
  };
  t.ok(check(bytes));
  // Every single byte flipped outside the signature breaks it (or the framing).
  const sigStart = bytes.length - 64;
  let broken = 0;
  for (let i = 0; i < sigStart - 2; i++) {
    const copy = Uint8Array.from(bytes);
    copy[i] ^= 0x01;
    let ok = false;
    try {
      ok = check(copy);
    } catch {
      ok = false;
    }
    if (!ok) broken++;
  }
  t.equal(broken, sigStart - 2, "every altered byte is caught");
  // A flipped signature byte.
  const sig = Uint8Array.from(bytes);
  sig[bytes.length - 1] ^= 0x80;
  t.notOk(check(sig));
  // An extra field appended after signing.
  t.notOk(check(Buffer.concat([bytes, Buffer.from([0x18, 0x05])])));
  // Signed by another key.
  const other = SigningKey.generate();
  const forged = encodeSignedRequest(request(key), other);
  t.notOk(check(forged));
  // Unsigned.
  t.equal(splitSignature(encodeRequest(request(key))).signature, undefined);
  // A signature of the wrong length.
  t.notOk(verifier.verify(key.publicKey, new Uint8Array(3), new Uint8Array(10)));
});

t.test("splitSignature refuses malformed framing", async (t) => {
  t.throws(() => splitSignature(Uint8Array.from([0x52, 0x7f])), /truncated/);
  t.throws(() => splitSignature(Uint8Array.from([0x0b])), /wire type 3/);
  t.throws(() => splitSignature(Uint8Array.from([0x08, 0xff, 0xff])), /malformed varint/);
});

t.test("appendSignature works on any encoder's bytes", async (t) => {
  const key = SigningKey.generate();
  const unsigned = encodeRequest(request(key));
  const signed = appendSignature(unsigned, key);
  const { unsigned: back, signature } = splitSignature(signed);
  t.same(Buffer.from(back), Buffer.from(unsigned));
  t.ok(new Verifier().verify(key.publicKey, back, signature!));
});

t.test("key files: safe permissions, clear errors", async (t) => {
  const dir = mkdtempSync(join(tmpdir(), "ampm-keys-"));
  t.teardown(() => rmSync(dir, { recursive: true, force: true }));
  const key = SigningKey.generate();
  const file = join(dir, "alice.nk");
  writeFileSync(file, `# ampm caller key: alice\n${key.seed}\n`, { mode: 0o600 });
  t.equal(SigningKey.fromFile(file).publicKey, key.publicKey);
  chmodSync(file, 0o644);
  t.throws(() => SigningKey.fromFile(file), { name: ConfigError.name, message: /can be read by others: chmod 600/ });
  t.throws(() => SigningKey.fromFile(join(dir, "missing.nk")), /cannot read key file/);
  const bad = join(dir, "bad.nk");
  writeFileSync(bad, "not a seed\n", { mode: 0o600 });
  t.throws(() => SigningKey.fromFile(bad), /bad\.nk: not an nkeys user seed/);
  const account = join(dir, "account.nk");
  writeFileSync(account, "SAAGNJOZTRPYKAQH4P4XGPUAVT5LFQCVGJF5LBE4Y4ZLTZ5V5ZJ4EXVZRA\n", { mode: 0o600 });
  t.throws(() => SigningKey.fromFile(account), /not an nkeys user seed/);
});

t.test("target trees: every target proves its place, nobody else does", async (t) => {
  for (const n of [1, 2, 3, 4, 5, 7, 8, 9, 16, 17, 33]) {
    const ids = Array.from({ length: n }, (_, i) => `h${i}.example.com`);
    const tree = new TargetTree(ids);
    for (const id of ids) t.ok(provesTarget(id, tree.root, tree.proof(id)), `${id} of ${n}`);
    t.notOk(provesTarget("other.example.com", tree.root, tree.proof(ids[0]!)), `an outsider with a target's proof, of ${n}`);
    if (n > 1) {
      t.notOk(provesTarget(ids[1]!, tree.root, tree.proof(ids[0]!)), `a target with another's proof, of ${n}`);
      const bent = tree.proof(ids[0]!).map((s) => Uint8Array.from(s));
      bent[0]![5]! ^= 1;
      t.notOk(provesTarget(ids[0]!, tree.root, bent), `a bent proof, of ${n}`);
    }
  }
  t.notOk(provesTarget("h0.example.com", new Uint8Array(31), []), "a root of the wrong size");
});

t.test("a request bound to its targets: the root is signed, each host's proof is not", async (t) => {
  const key = SigningKey.generate();
  const targets = ["a.example.com", "b.example.com", "c.example.com"];
  const request = createRequest({ agent: "rpcutil", action: "ping", caller: "alice", ttlMs: 1000, timeoutMs: 1000 });
  const bytesFor = encodeForTargets(request, key, targets);
  const verifier = new Verifier();
  for (const id of targets) {
    const bytes = bytesFor(id);
    const decoded = decodeRequest(bytes);
    const { unsigned, signature } = splitSignature(bytes);
    t.ok(verifier.verify(key.publicKey, unsigned, signature!), `${id}: the signature holds with its proof attached`);
    t.ok(provesTarget(id, decoded.targetsRoot, decoded.targetProof), `${id}: its proof leads to the signed root`);
    t.notOk(provesTarget("d.example.com", decoded.targetsRoot, decoded.targetProof), `${id}'s copy does not serve another host`);
  }
  const other = decodeRequest(bytesFor("a.example.com"));
  other.targetsRoot = new TargetTree(["d.example.com"]).root;
  const tampered = ampm.v1.Request.encode({ ...other, targetProof: [] }).finish();
  const split = splitSignature(tampered);
  t.equal(split.signature!.length, 64, "the original signature travels on");
  t.notOk(verifier.verify(key.publicKey, split.unsigned, split.signature!), "a root swapped after signing breaks the signature");
});
