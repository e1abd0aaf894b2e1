/**
 * The sim driver: a simulated hypervisor. Domains are JSON files in the
 * agent's state dir, so they survive agent restarts; nothing runs. It is
 * the default for the demo and the tests, and behaves like a real driver
 * where ampm can tell (states, what may follow what).
 */
import { join } from "node:path";
import { within } from "../../paths.js";
import { readJson, readJsonDir, removeFile, writeJsonAtomic } from "../../store.js";
import { DomainStateError, type CanSuspend, type Domain, type DomainSpec, type DomainState, type HypervisorDriver } from "../driver.js";
import type { Instance } from "../model.js";

interface SimDomain {
  spec: Omit<DomainSpec, "metadata">;
  state: DomainState;
  metadata: Instance;
}

export interface SimOptions {
  stateDir: string;
  vcpus: number;
  memoryMb: number;
}

export class SimDriver implements HypervisorDriver, CanSuspend {
  readonly name = "sim";
  private readonly dir: string;

  constructor(private readonly options: SimOptions) {
    this.dir = join(options.stateDir, "sim");
  }

  private file(name: string): string {
    return within(this.dir, `${name}.json`);
  }

  private load(name: string): SimDomain {
    const domain = readJson<SimDomain>(this.file(name));
    if (!domain) throw new DomainStateError(`no domain ${name}`);
    return domain;
  }

  private save(name: string, domain: SimDomain): void {
    writeJsonAtomic(this.file(name), domain);
  }

  private transition(name: string, from: DomainState[], to: DomainState, verb: string): void {
    const domain = this.load(name);
    if (!from.includes(domain.state)) throw new DomainStateError(`cannot ${verb} ${name}: it is ${domain.state}`);
    domain.state = to;
    this.save(name, domain);
  }

  async hostInfo(): Promise<{ vcpus: number; memoryMb: number }> {
    return { vcpus: this.options.vcpus, memoryMb: this.options.memoryMb };
  }

  async list(): Promise<Domain[]> {
    return [...readJsonDir<SimDomain>(this.dir).entries()].map(([name, d]) => ({ name, state: d.state, metadata: d.metadata }));
  }

  async get(name: string): Promise<Domain | undefined> {
    const d = readJson<SimDomain>(this.file(name));
    return d && { name, state: d.state, metadata: d.metadata };
  }

  async define(spec: DomainSpec): Promise<void> {
    if (readJson<SimDomain>(this.file(spec.name))) throw new DomainStateError(`domain ${spec.name} is defined already`);
    const { metadata, ...rest } = spec;
    this.save(spec.name, { spec: rest, state: "shut off", metadata });
  }

  async undefine(name: string): Promise<void> {
    const d = readJson<SimDomain>(this.file(name));
    if (d && d.state !== "shut off") throw new DomainStateError(`cannot undefine ${name}: it is ${d.state}`);
    removeFile(this.file(name));
  }

  async start(name: string): Promise<void> {
    this.transition(name, ["shut off"], "running", "start");
  }

  async shutdown(name: string): Promise<void> {
    this.transition(name, ["running", "paused"], "shut off", "stop");
  }

  async destroy(name: string): Promise<void> {
    this.transition(name, ["running", "paused", "shut off"], "shut off", "destroy");
  }

  async suspend(name: string): Promise<void> {
    this.transition(name, ["running"], "paused", "pause");
  }

  async resume(name: string): Promise<void> {
    this.transition(name, ["paused"], "running", "resume");
  }
}
