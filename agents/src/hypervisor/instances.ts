/**
 * The instances on this host, as the driver sees them (plus ampm's record,
 * kept in each domain's metadata), and what outgoing migrations change
 * about them: in flight they show as migrating; committed (the target owns
 * them) they are hidden. A cache answers facts and capacity between reads;
 * after start, every read keeps the fleet's instance index in step.
 */
import { existsSync } from "node:fs";
import { Status, StatusError } from "../../../proto/wire/index.js";
import { within } from "../paths.js";
import type { DomainSpec, HypervisorDriver } from "./driver.js";
import type { InstanceIndex } from "./instance-index.js";
import type { HypervisorJournals } from "./journals.js";
import { splitTemplate, type Instance } from "./model.js";
import type { Templates, Volumes } from "./volumes.js";

export class Instances {
  private cache: Instance[] = [];
  /** After start(): refresh() keeps the instance index in step. */
  private indexing = false;

  constructor(
    readonly driver: HypervisorDriver,
    private readonly identity: string,
    private readonly dir: string,
    private readonly journals: Pick<HypervisorJournals, "outgoing">,
    private readonly index: InstanceIndex,
    /** Names claimed by creates and incoming migrations in flight (host.ts). */
    private readonly claimed: () => ReadonlySet<string>,
    private readonly volumes: Volumes,
    private readonly templates: Templates,
    private readonly onChange: () => void,
  ) {}

  /** The instances as last read (refresh() reads them again). */
  get known(): readonly Instance[] {
    return this.cache;
  }

  /** From now on, each refresh writes this host's records into the instance index. */
  async startIndexing(): Promise<void> {
    await this.index.reconcile(this.cache, new Set(this.claimed()));
    this.indexing = true;
  }

  /** Re-reads the domains: the cache answers facts and capacity between changes. */
  async refresh(): Promise<Instance[]> {
    const domains = await this.driver.list();
    const leaving = this.leaving();
    this.cache = domains
      .filter((d) => !leaving.committed.has(d.name))
      .map((d) => ({
        ...d.metadata,
        slot: d.metadata.slot ?? "",
        host: this.identity,
        state: leaving.inFlight.has(d.name) ? "migrating" : d.state,
        mounted: existsSync(this.mountFile(d.name)),
      }));
    this.onChange();
    if (this.indexing) void this.index.sync(this.cache, new Set(this.claimed()));
    return this.cache;
  }

  /** Outgoing migrations: in flight (shown as migrating) and committed (the target owns them: hidden). */
  private leaving(): { inFlight: Set<string>; committed: Set<string> } {
    const inFlight = new Set<string>();
    const committed = new Set<string>();
    for (const j of this.journals.outgoing.records()) {
      if (j.step === "cleanup") committed.add(j.instance.hostname);
      else if (!this.journals.outgoing.isTerminal(j.step)) inFlight.add(j.instance.hostname);
    }
    return { inFlight, committed };
  }

  mountFile(hostname: string): string {
    return within(this.dir, "mounts", `${hostname}.json`);
  }

  async list(hostname = ""): Promise<Instance[]> {
    const all = await this.refresh();
    return hostname ? all.filter((i) => i.hostname === hostname) : all;
  }

  async get(hostname: string): Promise<Instance> {
    const [found] = await this.list(hostname);
    if (!found) throw new StatusError(Status.ABORTED, `no instance ${hostname} on ${this.identity}`);
    return found;
  }

  /** Power off, undefine, delete its volumes and template traces. */
  async destroy(instance: Instance): Promise<void> {
    const domain = await this.driver.get(instance.hostname);
    if (domain && domain.state !== "shut off") await this.driver.destroy(instance.hostname);
    if (domain) await this.driver.undefine(instance.hostname);
    await this.volumes.delete(instance.volumes, instance.hostname);
    await this.templates.remove(instance);
    await this.refresh();
  }

  domainSpec(instance: Instance): DomainSpec {
    const [type] = splitTemplate(instance.template);
    return {
      name: instance.hostname,
      vcpus: instance.resources.vcpus,
      memoryMb: instance.resources.memoryMb,
      disks: instance.volumes.map((v) => ({ name: v.name, path: v.path, storage: v.storage })),
      nics: instance.nics,
      boot: type === "pxe" ? "network" : "disk",
      kind: type === "lxc" ? "container" : "vm",
      metadata: { ...instance, host: this.identity },
    };
  }
}
