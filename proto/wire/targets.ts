/**
 * Binding a signed request to the hosts it was sent to, without signing it
 * once per host: the caller signs the root of a hash tree over the target
 * identities (Request.targets_root, covered by the signature) and ships
 * each host its path to that root (Request.target_proof, not covered). A
 * host recomputes the root from its own identity and the path; a request
 * signed for host A and re-sent to host B does not reach the root.
 *
 *   leaf  = SHA-256(0x00 ‖ identity)            node = SHA-256(0x01 ‖ left ‖ right)
 *   levels pair nodes left to right; an odd last node goes up unchanged
 *   a proof step = 33 bytes: 0x00 sibling on the left | 0x01 sibling on the right, then the sibling
 */
import { createHash } from "node:crypto";

const LEAF = Buffer.from([0]);
const NODE = Buffer.from([1]);
/** Proof steps a host accepts: enough for 2^40 targets. */
const MAX_STEPS = 40;

function leaf(identity: string): Buffer {
  return createHash("sha256").update(LEAF).update(identity, "utf8").digest();
}

function node(left: Buffer, right: Buffer): Buffer {
  return createHash("sha256").update(NODE).update(left).update(right).digest();
}

/** The tree over a batch's identities: its root, and each identity's proof. */
export class TargetTree {
  private readonly levels: Buffer[][];
  private readonly index = new Map<string, number>();

  constructor(identities: readonly string[]) {
    if (identities.length === 0) throw new RangeError("a target tree needs at least one identity");
    identities.forEach((id, i) => this.index.has(id) || this.index.set(id, i));
    let level = identities.map(leaf);
    this.levels = [level];
    while (level.length > 1) {
      const up: Buffer[] = [];
      for (let i = 0; i < level.length; i += 2) up.push(i + 1 < level.length ? node(level[i]!, level[i + 1]!) : level[i]!);
      this.levels.push(up);
      level = up;
    }
  }

  get root(): Uint8Array {
    return this.levels.at(-1)![0]!;
  }

  /** The steps from `identity` to the root; throws when it is not a target. */
  proof(identity: string): Uint8Array[] {
    let i = this.index.get(identity);
    if (i === undefined) throw new RangeError(`${identity} is not among the targets`);
    const steps: Uint8Array[] = [];
    for (const level of this.levels.slice(0, -1)) {
      const sibling = i % 2 === 0 ? i + 1 : i - 1;
      if (sibling < level.length) steps.push(Buffer.concat([i % 2 === 0 ? Buffer.from([1]) : Buffer.from([0]), level[sibling]!]));
      i = Math.floor(i / 2);
    }
    return steps;
  }
}

/** Whether `identity` with `proof` leads to `root`. */
export function provesTarget(identity: string, root: Uint8Array, proof: readonly Uint8Array[]): boolean {
  if (root.length !== 32 || proof.length > MAX_STEPS) return false;
  let hash = leaf(identity);
  for (const step of proof) {
    if (step.length !== 33 || step[0]! > 1) return false;
    const sibling = Buffer.from(step.subarray(1));
    hash = step[0] === 0 ? node(sibling, hash) : node(hash, sibling);
  }
  return hash.equals(Buffer.from(root));
}
