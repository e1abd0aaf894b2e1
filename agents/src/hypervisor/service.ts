/**
 * The hypervisor agent on one host, put together: it builds the small state
 * objects a job is handed (context.ts), reads the domains at start and
 * finishes or rolls back what a crash interrupted (recovery.ts).
 *
 *   status / instances ◀── instances.ts (driver domains + ampm's record) + outgoing journals
 *   create ─▶ host.ts claim (synchronous: concurrent creates cannot overfill) ─▶ job (create.ts)
 *   migrate ─▶ job on the source (migrate-out.ts) ◀─▶ job on the target (migrate-in.ts)
 */
import { join } from "node:path";
import type { Logger } from "pino";
import type { Transport } from "../../../proto/wire/index.js";
import type { PluginCatalog } from "../plugins/catalog.js";
import type { Peers } from "../peers.js";
import type { Wing } from "./context.js";
import { reportsFacts } from "./driver.js";
import { createDriver } from "./drivers/index.js";
import { HostState, type HostStateRecord, type Usage } from "./host.js";
import { InstanceIndex } from "./instance-index.js";
import { Instances } from "./instances.js";
import { Jobs } from "./jobs.js";
import { hypervisorJournals } from "./journals.js";
import { Locks } from "./locks.js";
import { PluginCalls } from "./plugin-call.js";
import { recoverJobs } from "./recovery.js";
import type { HypervisorSettings } from "./settings.js";
import { Templates, Volumes } from "./volumes.js";

export interface HypervisorDeps {
  identity: string;
  /** The agent's state dir; the hypervisor keeps its files in <stateDir>/hypervisor. */
  stateDir: string;
  settings: HypervisorSettings;
  plugins: PluginCatalog;
  facts: () => Record<string, unknown>;
  tags: () => readonly string[];
  agents: () => string[];
  transport: Transport;
  peers: Peers;
  log: Logger;
  /** Fault injection for tests: "<job kind>:<step>" makes the agent kill itself there (AMPM_CRASH_AT). */
  crashAt?: string;
  /** Told when what the host offers changes (enabled, instances, claims): the registry writes it. */
  onChange?: () => void;
  /** Told of errors that may be the disk's (the agent goes read-only: disk.ts). */
  diskError?: (err: unknown) => void;
}

export class HypervisorService {
  /** What the actions and jobs are handed. */
  readonly wing: Wing;
  private driverFacts: Record<string, unknown> = {};

  constructor(deps: HypervisorDeps) {
    const dir = join(deps.stateDir, "hypervisor");
    const { log, settings, identity } = deps;
    const hostFacts = deps.facts();
    const driver = createDriver(settings.driver, {
      stateDir: dir,
      vcpus: settings.vcpus || Number(hostFacts.cpus) || 1,
      memoryMb: settings.memory_mb || Number(hostFacts.memory_mb) || 1024,
      settings,
      log,
    });
    const changed = () => deps.onChange?.();
    const diskError = (err: unknown) => deps.diskError?.(err);
    const checkpoint = (kind: string, step: string) => {
      if (deps.crashAt === `${kind}:${step}`) {
        log.warn({ kind, step }, "AMPM_CRASH_AT: killing this agent now");
        process.kill(process.pid, "SIGKILL");
      }
    };
    const calls = new PluginCalls(deps.plugins, log);
    const volumes = new Volumes(calls, settings, log);
    const templates = new Templates(calls, settings, log);
    const journals = hypervisorJournals(dir, checkpoint);
    const index = new InstanceIndex(deps.transport, identity, log);
    let instances: Instances | undefined;
    const host = new HostState(dir, identity, settings, () => instances?.known ?? [], { storageTypes: () => volumes.storageTypes(), templateTypes: () => templates.templateTypes() }, changed);
    instances = new Instances(driver, identity, dir, journals, index, () => host.claimed(), volumes, templates, changed);
    this.wing = {
      identity,
      dir,
      settings,
      log,
      driver,
      host,
      instances,
      volumes,
      templates,
      journals,
      jobs: new Jobs(join(dir, "jobs"), identity, (subject, data) => deps.transport.publish(subject, data), log, diskError),
      locks: new Locks(join(dir, "locks"), log, settings.lock_wait ?? 30_000),
      index,
      transport: deps.transport,
      peers: deps.peers,
      flights: { incoming: new Map(), senders: new Map() },
      agents: deps.agents,
      checkpoint,
      background: (what, work) => {
        work.catch((err: unknown) => {
          diskError(err);
          log.error({ err: (err as Error).message, work: what }, "background work failed");
        });
      },
      diskError,
    };
  }

  get jobs(): Jobs {
    return this.wing.jobs;
  }

  state(): HostStateRecord {
    return this.wing.host.state();
  }

  capacity(): Usage {
    return this.wing.host.capacity();
  }

  used(): Usage {
    return this.wing.host.used();
  }

  /** Reads the domains and finishes or rolls back what a crash interrupted. */
  async start(): Promise<void> {
    const { driver, host, instances, log } = this.wing;
    const info = await driver.hostInfo();
    if (reportsFacts(driver)) this.driverFacts = await driver.facts();
    host.setHardware(info);
    await instances.refresh();
    // What cannot be finished now (say, the disk is full) is left for the next start, not a reason not to start.
    const report = await recoverJobs(this.wing);
    if (report.pruned > 0) log.info({ pruned: report.pruned }, "journal records of jobs finished over a week ago removed");
    for (const f of report.failed) {
      this.wing.diskError(f.err);
      log.error({ err: f.err.message, what: `${f.kind} ${f.id}` }, "could not finish what a crash interrupted; trying again at the next start");
    }
    await instances.refresh();
    await instances.startIndexing();
  }

  async close(): Promise<void> {
    await this.wing.driver.close?.();
  }

  /** Facts this agent adds to the host's: what filters and placement ask about. */
  facts(): Record<string, unknown> {
    const { host, instances, driver, settings } = this.wing;
    const capacity = host.capacity();
    const used = host.used();
    return {
      ...this.driverFacts,
      ...(settings.migration_uri ? { libvirt_migration_uri: settings.migration_uri } : {}),
      hypervisor_driver: driver.name,
      disabled: !host.enabled,
      slots: capacity.slots,
      free_slots: Math.max(0, capacity.slots - used.slots),
      instances: instances.known.length,
      free_memory_mb: Math.max(0, capacity.memoryMb - used.memoryMb),
      free_vcpus: Math.max(0, capacity.vcpus - used.vcpus),
    };
  }
}
