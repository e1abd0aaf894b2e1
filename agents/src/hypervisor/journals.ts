/**
 * The hypervisor's journaled job kinds (agents/src/journal): their records
 * and steps. One directory each under <state>/hypervisor:
 *
 *   creates/<job>.json             create and image import (create.ts)
 *   migrations-in/<migration>.json the target's side of a migration (migrate-in.ts)
 *   migrations-out/<migration>.json the source's side (migrate-out.ts)
 *   exports/<job>.json             image export (images.ts)
 */
import { join } from "node:path";
import { Journal } from "../journal/index.js";
import type { Instance, Volume } from "./model.js";

/** An image in the object store to make the root volume from (ampm image import). */
export interface RootImage {
  bucket: string;
  object: string;
  sha256: string;
}

export type CreateStep = "claimed" | "download" | "volumes" | "template" | "define" | "start" | "done";

export interface CreateRecord {
  job: string;
  hostname: string;
  step: CreateStep;
  message?: string;
  volumes: Volume[];
  instance: Instance;
  /** Image import: the root volume comes from this object instead of being created empty. */
  image?: RootImage;
}

export type InStep = "accepted" | "download" | "import" | "define" | "defined" | "start" | "done" | "failed" | "aborted";

export interface InVolume {
  name: string;
  /** The object store's name for it; "" when the source streams it. */
  object: string;
  sha256: string;
  bytes: number;
  format: string;
}

export interface InRecord {
  id: string;
  job: string;
  instance: Instance;
  source: string;
  start: boolean;
  volumes: InVolume[];
  imported: Volume[];
  step: InStep;
  message?: string;
  /** Where streams (re)started past zero: after a restart of this agent (from its journal) or of the source, a lost connection. */
  resumes?: { volume: string; from: number; reason: string; atMs: number }[];
}

export type OutStep = "begin" | "queued" | "live" | "stop" | "export" | "serve" | "upload" | "handoff" | "wait" | "cleanup" | "done" | "rolled-back";

export interface TransferFile {
  name: string;
  file: string;
  /** The object store's name for it; "" when it is streamed. */
  object: string;
  sha256: string;
  bytes: number;
  format: string;
}

export interface OutRecord {
  id: string;
  job: string;
  instance: Instance;
  target: string;
  step: OutStep;
  wasRunning: boolean;
  files: TransferFile[];
  /** Native live migration to this URI, when both ends can. */
  liveUri?: string;
  message?: string;
}

export type ExportStep = "begin" | "stop" | "export" | "upload" | "done" | "failed";

export interface ExportRecord {
  job: string;
  hostname: string;
  step: ExportStep;
  message?: string;
  /** It was running before the export stopped it: started again however the export ends. */
  wasRunning: boolean;
  bucket: string;
  /** The object's name in the bucket (the job id). */
  object: string;
}

export interface HypervisorJournals {
  creates: Journal<CreateStep, CreateRecord>;
  incoming: Journal<InStep, InRecord>;
  outgoing: Journal<OutStep, OutRecord>;
  exports: Journal<ExportStep, ExportRecord>;
}

/** The three journals under `dir` (<state>/hypervisor); `onStep` is the crash-injection point. */
export function hypervisorJournals(dir: string, onStep: (kind: string, step: string) => void): HypervisorJournals {
  return {
    creates: new Journal<CreateStep, CreateRecord>({ kind: "create", dir: join(dir, "creates"), terminal: ["done"], idOf: (r) => r.job, onStep }),
    incoming: new Journal<InStep, InRecord>({ kind: "migrate-in", dir: join(dir, "migrations-in"), terminal: ["done", "failed", "aborted"], idOf: (r) => r.id, onStep }),
    outgoing: new Journal<OutStep, OutRecord>({ kind: "migrate", dir: join(dir, "migrations-out"), terminal: ["done", "rolled-back"], idOf: (r) => r.id, onStep }),
    exports: new Journal<ExportStep, ExportRecord>({ kind: "image-export", dir: join(dir, "exports"), terminal: ["done", "failed"], idOf: (r) => r.job, onStep }),
  };
}

/** The job kinds each journal's records belong to (a damaged record fails the job it cannot name). */
export const JOB_KINDS = { create: ["create", "image-import"], "migrate-in": ["migrate-in"], migrate: ["migrate"], "image-export": ["image-export"] } as const satisfies Record<string, readonly string[]>;
