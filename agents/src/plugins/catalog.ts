/**
 * The plugins of one agent: found on the plugin path, probed, and offered
 * (external agents to the dispatcher, storage and template plugins to the
 * agents that use them). Reloaded as a whole, without a restart.
 */
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Logger } from "pino";
import { Status, StatusError, type ampm } from "../../../proto/wire/index.js";
import type { ActionDef, AgentDef } from "../action.js";
import { Containment, type ContainmentSetting } from "./containment.js";
import type { PluginKind } from "./manifest.js";
import { invokePlugin, RUNNER_DEFAULTS, type Invocation, type PluginOutcome, type PluginProgress, type RunnerLimits } from "./runner.js";
import { scanPluginDirs, type PluginSpec } from "./scan.js";

export interface LoadedPlugin extends PluginSpec {
  active: boolean;
  inactiveReason: string;
  stateDir: string;
}

export interface CatalogOptions {
  dirs: readonly string[];
  /** Plugins get `<stateDir>/<name>` as their own directory. */
  stateDir: string;
  /** Each plugin's section of the agent config, by plugin name. */
  config: Readonly<Record<string, unknown>>;
  facts: () => Record<string, unknown>;
  log: Logger;
  /** Names that belong to built-in agents; a plugin may not take them. */
  reserved: readonly string[];
  limits?: RunnerLimits;
  probeTimeoutMs?: number;
  /** How plugin processes are kept together: "auto" picks a PID namespace when it can (containment.ts). */
  containment?: ContainmentSetting;
  /** Told of every plugin run's outcome (metrics). */
  onRun?: (plugin: string, action: string, outcome: PluginOutcome) => void;
}

/** What a caller of a plugin passes besides the action and its data. */
export interface CallContext {
  requestId: string;
  caller: string;
  deadline: number;
  log: Logger;
  signal?: AbortSignal;
  onProgress?: (progress: PluginProgress) => void;
}

export class PluginCatalog {
  private plugins = new Map<string, LoadedPlugin>();
  private problemList: string[] = [];
  readonly containment: Containment;

  constructor(private readonly options: CatalogOptions) {
    this.containment = new Containment(options.containment);
  }

  /** Scans and probes everything, then swaps the new set in at once. */
  async load(): Promise<void> {
    const { plugins, problems } = scanPluginDirs(this.options.dirs);
    const next = new Map<string, LoadedPlugin>();
    for (const spec of plugins) {
      if (this.options.reserved.includes(spec.name)) {
        problems.push(`${spec.dir}: the name "${spec.name}" belongs to a built-in agent`);
        continue;
      }
      const stateDir = join(this.options.stateDir, spec.name);
      mkdirSync(stateDir, { recursive: true });
      next.set(spec.name, { ...spec, active: true, inactiveReason: "", stateDir });
    }
    await Promise.all([...next.values()].map((plugin) => this.probe(plugin)));
    this.plugins = next;
    this.problemList = problems;
    for (const problem of problems) this.options.log.warn({ problem }, "plugin skipped");
    const summary = [...next.values()].map((p) => `${p.name}${p.active ? "" : " (inactive)"}`);
    this.options.log.info({ plugins: summary }, "plugins loaded");
  }

  private async probe(plugin: LoadedPlugin): Promise<void> {
    if (!plugin.actions.has("probe")) return;
    const outcome = await this.run(plugin, "probe", {}, {
      requestId: `probe-${plugin.name}`,
      caller: "ampm-agent",
      deadline: Date.now() + (this.options.probeTimeoutMs ?? 10_000),
      log: this.options.log,
    });
    if (outcome.status !== Status.OK) {
      plugin.active = false;
      plugin.inactiveReason = `probe: ${outcome.message}`;
    }
  }

  get problems(): readonly string[] {
    return this.problemList;
  }

  list(): LoadedPlugin[] {
    return [...this.plugins.values()];
  }

  get(name: string): LoadedPlugin | undefined {
    return this.plugins.get(name);
  }

  /** Active plugins of a kind. */
  ofKind(kind: PluginKind): LoadedPlugin[] {
    return this.list().filter((p) => p.kind === kind && p.active);
  }

  /** Runs an action of a plugin by name; an unknown or inactive plugin is an outcome, not an exception. */
  call(name: string, action: string, data: unknown, ctx: CallContext): Promise<PluginOutcome> {
    const plugin = this.plugins.get(name);
    const base = { exitCode: null, exitSignal: null, durationMs: 0 };
    if (!plugin) return Promise.resolve({ ...base, status: Status.UNKNOWN_ACTION, message: `no plugin "${name}" on this host` });
    if (!plugin.active) return Promise.resolve({ ...base, status: Status.UNKNOWN_ACTION, message: `plugin "${name}" is inactive: ${plugin.inactiveReason}` });
    return this.run(plugin, action, data, ctx);
  }

  private run(plugin: LoadedPlugin, action: string, data: unknown, ctx: CallContext): Promise<PluginOutcome> {
    const invocation: Invocation = {
      plugin,
      action,
      data,
      requestId: ctx.requestId,
      caller: ctx.caller,
      deadline: ctx.deadline,
      config: this.options.config[plugin.name] ?? {},
      facts: this.options.facts(),
      stateDir: plugin.stateDir,
      log: ctx.log,
      signal: ctx.signal,
      onProgress: ctx.onProgress,
      containment: this.containment,
    };
    const run = invokePlugin(invocation, this.options.limits ?? RUNNER_DEFAULTS);
    const onRun = this.options.onRun;
    return onRun ? run.then((outcome) => (onRun(plugin.name, action, outcome), outcome)) : run;
  }

  /** External agents (kind "agent"), as the dispatcher routes them. */
  agents(): AgentDef[] {
    return this.list()
      .filter((p) => p.kind === "agent")
      .map((plugin) => externalAgent(plugin, this));
  }

  /** Every plugin, for rpcutil.inventory. */
  describe(): ampm.v1.IAgentInfo[] {
    return this.list().map((p) => ({
      name: p.name,
      description: p.manifest.description ?? "",
      version: p.manifest.version ?? "",
      kind: p.kind,
      active: p.active,
      inactiveReason: p.inactiveReason,
      actions: [...p.actions.values()].map((a) => ({
        name: a.name,
        description: a.manifest.description ?? "",
        inputType: "application/json",
        outputType: "application/json",
        inputSchemaJson: JSON.stringify(a.inputSchema),
        outputSchemaJson: a.manifest.output ? JSON.stringify(a.manifest.output) : "",
        timeoutMs: a.timeoutMs,
      })),
    }));
  }
}

/** An external agent: each manifest action is a JSON action that runs the plugin. */
function externalAgent(plugin: LoadedPlugin, catalog: PluginCatalog): AgentDef {
  const actions: Record<string, ActionDef> = {};
  for (const action of plugin.actions.values()) {
    actions[action.name] = {
      description: action.manifest.description ?? "",
      input: { json: true, schema: action.inputSchema },
      output: { json: true, schema: action.manifest.output },
      timeoutMs: action.timeoutMs,
      run: async (input, ctx) => {
        const outcome = await catalog.call(plugin.name, action.name, input, {
          requestId: ctx.requestId,
          caller: ctx.caller,
          deadline: ctx.deadline,
          log: ctx.log,
          signal: ctx.signal,
          onProgress: (p) => ctx.progress(p),
        });
        if (outcome.status !== Status.OK) throw new StatusError(outcome.status, outcome.message);
        return outcome.data;
      },
    };
  }
  return {
    name: plugin.name,
    description: plugin.manifest.description ?? "",
    version: plugin.manifest.version ?? "",
    kind: "agent",
    active: plugin.active,
    inactiveReason: plugin.inactiveReason,
    actions,
  };
}
