/**
 * What a hypervisor job is handed: the host's small state objects, passed
 * explicitly (service.ts builds them once). No module reaches through
 * another's internals; this file holds types only.
 *
 *   host        HostState      enabled, capacity, claims (host.ts)
 *   instances   Instances      the driver's domains and ampm's record of them (instances.ts)
 *   volumes     Volumes        storage plugins (volumes.ts, via plugin-call.ts)
 *   templates   Templates      template plugins (volumes.ts, via plugin-call.ts)
 *   journals    the step journals of create, migrate-in, migrate, image export (journals.ts)
 *   jobs, locks, index, transport, peers, flights: the rest a job needs
 */
import type { Logger } from "pino";
import type { Transport } from "../../../proto/wire/index.js";
import type { Peers } from "../peers.js";
import type { StreamSender } from "../transfer/index.js";
import type { HypervisorDriver } from "./driver.js";
import type { HostState } from "./host.js";
import type { InstanceIndex } from "./instance-index.js";
import type { Instances } from "./instances.js";
import type { Jobs } from "./jobs.js";
import type { HypervisorJournals } from "./journals.js";
import type { Locks } from "./locks.js";
import type { HypervisorSettings } from "./settings.js";
import type { Templates, Volumes } from "./volumes.js";

/** Migrations in flight on this agent. */
export interface Flights {
  /** Incoming: an abort sets the flag and waits for the task. */
  incoming: Map<string, { abort: boolean; task: Promise<void>; stop: AbortController }>;
  /** Outgoing: the streams being served, by migration id. */
  senders: Map<string, StreamSender>;
}

export interface Wing {
  identity: string;
  /** <state>/hypervisor: journals, transfers, mounts, jobs. */
  dir: string;
  settings: HypervisorSettings;
  log: Logger;
  driver: HypervisorDriver;
  host: HostState;
  instances: Instances;
  volumes: Volumes;
  templates: Templates;
  journals: HypervisorJournals;
  jobs: Jobs;
  locks: Locks;
  index: InstanceIndex;
  transport: Transport;
  peers: Peers;
  flights: Flights;
  /** The agents this host runs (status). */
  agents: () => string[];
  /** The fault-injection point: with AMPM_CRASH_AT=<kind>:<step>, the agent dies here, as if killed. */
  checkpoint(kind: string, step: string): void;
  /** Runs a job's work in the background; what it throws past its own handling is logged. */
  background(what: string, work: Promise<unknown>): void;
  /** Told of errors that may be the disk's (the agent goes read-only: disk.ts). */
  diskError(err: unknown): void;
}
