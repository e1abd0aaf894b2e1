/**
 * The one way the hypervisor calls a storage or template plugin.
 *
 * One deadline rule: an action runs as long as its plugin's manifest lets
 * it (timeout_ms of the action, else of the plugin, else the default:
 * plugins/manifest.ts), never longer and never shorter; the hypervisor adds
 * no deadline of its own. A failure is a StatusError with the plugin's words.
 * Called for a job, the plugin's progress is the job's.
 */
import type { Logger } from "pino";
import { Status, StatusError } from "../../../proto/wire/index.js";
import type { PluginCatalog } from "../plugins/catalog.js";
import { DEFAULT_PLUGIN_TIMEOUT_MS } from "../plugins/manifest.js";
import type { Job } from "./jobs.js";

/** Who a call is for: a job (its id, caller and progress), or a request id of its own (the agent is the caller). */
export type CallFor = { job: Job } | { requestId: string; caller?: string };

export class PluginCalls {
  constructor(
    private readonly catalog: PluginCatalog,
    private readonly log: Logger,
  ) {}

  /** Whether the plugin is loaded and has the action. */
  has(plugin: string, action: string): boolean {
    return this.catalog.get(plugin)?.actions.has(action) ?? false;
  }

  /** The properties of an action's input schema, when it declares them. */
  inputProperties(plugin: string, action: string): Record<string, unknown> | undefined {
    return this.catalog.get(plugin)?.actions.get(action)?.inputSchema.properties as Record<string, unknown> | undefined;
  }

  /** Active plugins of a kind, by name. */
  names(kind: "storage" | "template"): string[] {
    return this.catalog.ofKind(kind).map((p) => p.name);
  }

  /** The deadline rule: the action's own timeout from its manifest. */
  deadline(plugin: string, action: string): number {
    return Date.now() + (this.catalog.get(plugin)?.actions.get(action)?.timeoutMs ?? DEFAULT_PLUGIN_TIMEOUT_MS);
  }

  /** Runs the action; its data, or a StatusError. */
  async call(plugin: string, action: string, data: Record<string, unknown>, by: CallFor): Promise<Record<string, unknown>> {
    const job = "job" in by ? by.job : undefined;
    const outcome = await this.catalog.call(plugin, action, data, {
      requestId: job ? job.id : (by as { requestId: string }).requestId,
      caller: job ? job.record.caller : ((by as { caller?: string }).caller ?? "ampm-agent"),
      deadline: this.deadline(plugin, action),
      log: this.log,
      onProgress: job && ((p) => job.progress({ percent: p.total ? Math.round((100 * (p.done ?? 0)) / p.total) : undefined, message: p.message })),
    });
    if (outcome.status !== Status.OK) throw new StatusError(outcome.status, `${plugin} ${action}: ${outcome.message}`);
    return (outcome.data ?? {}) as Record<string, unknown>;
  }
}
