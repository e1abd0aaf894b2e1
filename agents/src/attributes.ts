/**
 * This host's operator attributes (proto/domain/registry.ts: KV bucket
 * ampm-attributes, key = identity), watched: a change reaches the host's
 * facts (and so every filter, profile requirement and policy `when`) as
 * soon as the broker delivers it. Best effort: without the bucket the host
 * has its own facts only (logged once).
 */
import type { Transport } from "../../proto/wire/index.js";
import { ATTRIBUTES_BUCKET, decodeAttributes, type Attributes } from "../../proto/domain/index.js";
import type { Logger } from "./log.js";

export class HostAttributes {
  values: Attributes = {};
  private stopWatch: (() => void) | undefined;

  constructor(
    private readonly transport: Transport,
    private readonly identity: string,
    private readonly log: Logger,
    private readonly onChange: () => void,
  ) {}

  async start(): Promise<void> {
    const kv = this.transport.kv?.();
    if (!kv) return;
    try {
      const bucket = await kv.ensure({ name: ATTRIBUTES_BUCKET });
      this.values = decodeAttributes(await bucket.get(this.identity));
      this.stopWatch = bucket.watch(this.identity, (entry) => {
        const next = decodeAttributes(entry);
        if (JSON.stringify(next) === JSON.stringify(this.values)) return;
        this.values = next;
        this.log.info({ attributes: Object.keys(next) }, "operator attributes changed");
        this.onChange();
      });
    } catch (err) {
      this.log.warn({ err: (err as Error).message, bucket: ATTRIBUTES_BUCKET }, "cannot read this host's operator attributes: its own facts only");
    }
  }

  stop(): void {
    this.stopWatch?.();
  }
}
