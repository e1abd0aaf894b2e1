/**
 * What an agent is, to the dispatcher: named actions with typed input and
 * output, run with a context. Actions reach the host (facts, inventory,
 * stats, logs) only through their context.
 */
import type { Logger } from "pino";
import type { ampm, ProtoClass } from "../../proto/wire/index.js";
import type { DiskStatus } from "./disk.js";

/** A JSON input or output, described by a JSON Schema when known. */
export interface JsonBody {
  json: true;
  schema?: object;
}

export type BodyType = ProtoClass | JsonBody;

export interface ActionContext {
  readonly requestId: string;
  readonly caller: string;
  /** Aborted at the deadline, or when the agent shuts down. */
  readonly signal: AbortSignal;
  /** Unix ms by which the action must have finished. */
  readonly deadline: number;
  readonly log: Logger;
  readonly host: HostServices;
  /** Reports progress (done/total/message); published to the request's progress subject, at most ten a second. */
  progress(progress: { done?: number; total?: number; message?: string }): void;
}

/** What the agent offers its actions about itself. */
export interface HostServices {
  readonly identity: string;
  readonly version: string;
  readonly startedAtMs: number;
  facts(): Record<string, unknown>;
  tags(): readonly string[];
  inventory(): ampm.v1.IAgentInfo[];
  /** Every plugin found, active or not, and what was skipped. */
  plugins(): { plugins: ampm.v1.IAgentInfo[]; problems: readonly string[] };
  /** Re-reads the facts file, the plugin path, trusted callers and policy; resolves with security problems. */
  reload(): Promise<string[]>;
  stats(): DispatchStats;
  security(): { mode: string; auditRecords: number; auditBacklogBytes: number };
  /** Whether the state disk can be written (disk.ts). */
  disk(): DiskStatus;
}

export interface DispatchStats {
  received: number;
  malformed: number;
  filtered: number;
  duplicates: number;
  expired: number;
  busy: number;
  /** Refused: bad or missing signature, untrusted caller, or policy. */
  unauthorized: number;
  replies: number;
  actions: Record<string, number>;
  statuses: Record<string, number>;
}

export interface ActionDef<I = any, O = any> {
  description: string;
  input: BodyType;
  output: BodyType;
  /** Default and longest run time; a request may ask for less. */
  timeoutMs?: number;
  /**
   * A JSON Schema the decoded input must meet before the action runs (see
   * checkInput in inputs.ts): names, ranges, what is required.
   */
  schema?: object;
  /** A promise, or the output itself when the action answers at once (replied to in the same turn, no deadline kept). */
  run(input: I, ctx: ActionContext): Promise<O> | O;
}

export interface AgentDef {
  name: string;
  description: string;
  version: string;
  /** "builtin", or a plugin kind. */
  kind: string;
  active?: boolean;
  inactiveReason?: string;
  actions: Readonly<Record<string, ActionDef>>;
}

export const DEFAULT_ACTION_TIMEOUT_MS = 10_000;

export function isJsonBody(type: BodyType): type is JsonBody {
  return (type as JsonBody).json === true;
}
