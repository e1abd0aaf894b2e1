/**
 * The libvirt driver, through one long-lived virsh session per agent.
 *
 *   define ─▶ domain XML (with ampm's record in <metadata>) ─▶ virsh define FILE
 *   list / get ─▶ virsh list, domstate, dumpxml ─▶ the record back out of <metadata>
 *   start, shutdown (then destroy after a grace), destroy, suspend, resume, undefine
 *   migrateLive ─▶ virsh migrate --live --persistent --undefinesource (when both ends can)
 *
 * With test:///FILE (libvirt's test driver, state only as long as the
 * connection) the driver writes its domains back into FILE after each
 * change, as libvirtd keeps them for a real URI, so an agent restart finds them.
 */
import { readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Logger } from "pino";
import { within } from "../../paths.js";
import { DomainStateError, type CanMigrateLive, type CanSuspend, type Domain, type DomainSpec, type DomainState, type HypervisorDriver } from "../driver.js";
import { archFromCapabilities, domainTypeFor, domainXml, instanceFromXml, liveMigrateArgs, parseNodeinfo } from "./domain-xml.js";
import { VirshError, VirshSession } from "./virsh.js";

export interface LibvirtOptions {
  uri: string;
  stateDir: string;
  log: Logger;
  /** <domain type>: default from the URI (qemu → kvm). */
  domainType?: string;
  /** How long a clean shutdown may take before the domain is powered off. */
  shutdownTimeoutMs?: number;
  /** Live migration: also copy the disks (no shared storage). */
  copyStorage?: boolean;
}

const STATES: Record<string, DomainState> = {
  running: "running",
  idle: "running",
  blocked: "running",
  "in shutdown": "running",
  paused: "paused",
  pmsuspended: "paused",
  "shut off": "shut off",
  crashed: "shut off",
};

const RUNSTATE: Record<DomainState, number> = { running: 1, paused: 3, "shut off": 5 };

function notFound(err: unknown): boolean {
  return err instanceof VirshError && /failed to get domain|Domain not found|no domain with matching name/i.test(err.message);
}

export class LibvirtDriver implements HypervisorDriver, CanSuspend, CanMigrateLive {
  readonly name = "libvirt";
  private readonly virsh: VirshSession;
  private readonly type: string;
  private readonly testNode: { file: string; head: string } | undefined;

  constructor(private readonly options: LibvirtOptions) {
    this.virsh = new VirshSession(options.uri, options.log);
    this.type = options.domainType ?? domainTypeFor(options.uri);
    const m = /^test:\/\/(\/.+\.xml)$/.exec(options.uri);
    if (m) {
      const file = m[1]!;
      const text = readFileSync(file, "utf8");
      const head = text.replace(/<domain[\s>][\s\S]*?<\/domain>\s*/g, "").replace(/<\/node>\s*$/, "");
      this.testNode = { file, head };
    }
  }

  async hostInfo(): Promise<{ vcpus: number; memoryMb: number }> {
    return parseNodeinfo(await this.virsh.run(["nodeinfo"]));
  }

  /** Facts from libvirt: the URI, the domain type, the host's architecture. */
  async facts(): Promise<Record<string, unknown>> {
    const caps = await this.virsh.run(["capabilities"]).catch(() => "");
    return { libvirt_uri: this.options.uri, libvirt_domain_type: this.type, arch: archFromCapabilities(caps) };
  }

  async list(): Promise<Domain[]> {
    const names = (await this.virsh.run(["list", "--all", "--name"])).split("\n").map((n) => n.trim()).filter(Boolean);
    const out: Domain[] = [];
    for (const name of names) {
      const domain = await this.get(name);
      if (domain) out.push(domain);
    }
    return out;
  }

  async get(name: string): Promise<Domain | undefined> {
    let xml: string;
    let state: string;
    try {
      xml = await this.virsh.run(["dumpxml", name]);
      state = await this.virsh.run(["domstate", name]);
    } catch (err) {
      if (notFound(err)) return undefined;
      throw err;
    }
    const metadata = instanceFromXml(xml);
    return metadata && { name, state: STATES[state.trim()] ?? "shut off", metadata };
  }

  private async must(name: string): Promise<Domain> {
    const domain = await this.get(name);
    if (!domain) throw new DomainStateError(`no domain ${name}`);
    return domain;
  }

  private async act(args: string[]): Promise<void> {
    try {
      await this.virsh.run(args);
    } catch (err) {
      if (err instanceof VirshError) throw new DomainStateError(`virsh ${args[0]} ${args.at(-1)}: ${err.message}`);
      throw err;
    }
    await this.persist();
  }

  /** The XML this driver would define (for validation and tests). */
  xml(spec: DomainSpec): string {
    return domainXml(spec, { type: this.type });
  }

  async define(spec: DomainSpec): Promise<void> {
    if (await this.get(spec.name)) throw new DomainStateError(`domain ${spec.name} is defined already`);
    const file = within(this.options.stateDir, `define-${spec.name}.xml`);
    writeFileSync(file, this.xml(spec));
    try {
      await this.act(["define", file]);
    } finally {
      rmSync(file, { force: true });
    }
  }

  async undefine(name: string): Promise<void> {
    const domain = await this.get(name);
    if (!domain) return;
    if (domain.state !== "shut off") throw new DomainStateError(`cannot undefine ${name}: it is ${domain.state}`);
    await this.act(["undefine", name]);
  }

  async start(name: string): Promise<void> {
    const d = await this.must(name);
    if (d.state !== "shut off") throw new DomainStateError(`cannot start ${name}: it is ${d.state}`);
    await this.act(["start", name]);
  }

  /** A clean stop: ACPI shutdown, then power off if it has not stopped within the timeout. */
  async shutdown(name: string): Promise<void> {
    const d = await this.must(name);
    if (d.state === "shut off") throw new DomainStateError(`cannot stop ${name}: it is shut off`);
    if (d.state === "paused") await this.act(["resume", name]);
    await this.act(["shutdown", name]);
    const deadline = Date.now() + (this.options.shutdownTimeoutMs ?? 120_000);
    while ((await this.must(name)).state !== "shut off") {
      if (Date.now() > deadline) {
        this.options.log.warn({ domain: name }, "clean shutdown took too long: powering off");
        await this.act(["destroy", name]);
        break;
      }
      await new Promise((r) => setTimeout(r, 500));
    }
  }

  async destroy(name: string): Promise<void> {
    const d = await this.must(name);
    if (d.state !== "shut off") await this.act(["destroy", name]);
  }

  async suspend(name: string): Promise<void> {
    const d = await this.must(name);
    if (d.state !== "running") throw new DomainStateError(`cannot pause ${name}: it is ${d.state}`);
    await this.act(["suspend", name]);
  }

  async resume(name: string): Promise<void> {
    const d = await this.must(name);
    if (d.state !== "paused") throw new DomainStateError(`cannot resume ${name}: it is ${d.state}`);
    await this.act(["resume", name]);
  }

  canMigrateLive(targetUri: string): boolean {
    return this.type !== "test" && this.type !== "lxc" && Boolean(targetUri) && !targetUri.startsWith("test:");
  }

  async migrateLive(name: string, targetUri: string): Promise<void> {
    await this.act(liveMigrateArgs(name, targetUri, { copyStorage: this.options.copyStorage }));
  }

  async close(): Promise<void> {
    await this.virsh.close();
  }

  /**
   * test:///FILE only: writes every domain, with its run state, back into
   * FILE, which the test driver reads when it connects.
   */
  private async persist(): Promise<void> {
    if (!this.testNode) return;
    const names = (await this.virsh.run(["list", "--all", "--name"])).split("\n").map((n) => n.trim()).filter(Boolean);
    const domains: string[] = [];
    for (const name of names) {
      const xml = await this.virsh.run(["dumpxml", "--inactive", name]);
      const state = STATES[(await this.virsh.run(["domstate", name])).trim()] ?? "shut off";
      domains.push(
        xml
          .replace(/^<domain type='([^']+)'/, "<domain type='$1' xmlns:test='http://libvirt.org/schemas/domain/test/1.0'")
          .replace(/<\/domain>\s*$/, `  <test:runstate>${RUNSTATE[state]}</test:runstate>\n</domain>`),
      );
    }
    const file = this.testNode.file;
    writeFileSync(`${file}.tmp`, `${this.testNode.head.trimEnd()}\n${domains.join("\n")}\n</node>\n`);
    renameSync(`${file}.tmp`, file);
  }
}
