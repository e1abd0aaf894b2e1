/**
 * ampm-agent: the daemon every hypervisor host runs.
 */
import { existsSync } from "node:fs";
import { Command, InvalidArgumentError } from "commander";
import { ConfigError, VERSION } from "../../proto/wire/index.js";
import { configFromEnv, readConfigFile, resolveConfig, type AgentConfig, type LogLevel } from "./config.js";
import { Agent } from "./daemon.js";
import { createLogger } from "./log.js";
import { preflight } from "./preflight.js";
import { SystemdNotifier } from "./systemd.js";

const SYSTEM_CONFIG = "/etc/ampm/agent.yaml";

const collect = (value: string, previous: string[] = []) => [...previous, value];

function keyValue(value: string, previous: Record<string, unknown> = {}): Record<string, unknown> {
  const eq = value.indexOf("=");
  if (eq <= 0) throw new InvalidArgumentError(`expected KEY=VALUE, got "${value}"`);
  const raw = value.slice(eq + 1);
  let parsed: unknown = raw;
  try {
    parsed = JSON.parse(raw);
  } catch {
    // a plain string
  }
  return { ...previous, [value.slice(0, eq)]: parsed };
}

function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError(`expected a positive integer, got "${value}"`);
  return n;
}

interface Flags {
  config?: string;
  identity?: string;
  server?: string[];
  tag?: string[];
  fact?: Record<string, unknown>;
  factsFile?: string;
  stateDir?: string;
  pluginDir?: string[];
  logLevel?: LogLevel;
  maxConcurrent?: number;
  metricsListen?: string;
  check?: boolean;
}

function loadConfig(flags: Flags): AgentConfig {
  const file = flags.config ?? process.env.AMPM_AGENT_CONFIG ?? (existsSync(SYSTEM_CONFIG) ? SYSTEM_CONFIG : undefined);
  const fromFile = file ? readConfigFile(file) : {};
  return resolveConfig(fromFile, configFromEnv(), {
    identity: flags.identity,
    servers: flags.server?.flatMap((s) => s.split(",")).filter(Boolean),
    tags: flags.tag,
    facts: flags.fact,
    facts_file: flags.factsFile,
    state_dir: flags.stateDir,
    plugin_dirs: flags.pluginDir,
    log_level: flags.logLevel,
    max_concurrent: flags.maxConcurrent,
    metrics: flags.metricsListen !== undefined ? { listen: flags.metricsListen } : undefined,
  });
}

const program = new Command("ampm-agent")
  .description("The ampm agent: answers ampm requests for this host on NATS.")
  .version(VERSION)
  .option("-c, --config <file>", `config file, YAML or JSON (default: $AMPM_AGENT_CONFIG, else ${SYSTEM_CONFIG} if it exists)`)
  .option("-i, --identity <name>", "this host's identity (default: $AMPM_AGENT_IDENTITY, else the host name)")
  .option("-s, --server <url>", "NATS server URL; repeat or comma-separate for several (also AMPM_AGENT_SERVER)", collect)
  .option("-t, --tag <tag>", "a host tag, e.g. dmz-interface; repeatable", collect)
  .option("--fact <key=value>", "a fact; the value is JSON when it parses, else a string; repeatable", keyValue)
  .option("--facts-file <file>", "YAML or JSON map of facts, re-read on SIGHUP")
  .option("--state-dir <dir>", "where the agent keeps its state (also AMPM_AGENT_STATE_DIR)")
  .option("--plugin-dir <dir>", "a directory of external plugins; repeatable", collect)
  .option("--log-level <level>", "trace, debug, info, warn, error, fatal or silent (also AMPM_AGENT_LOG_LEVEL)")
  .option("--max-concurrent <n>", "actions run at once before replying BUSY", positiveInt)
  .option("--metrics-listen <addr>", "serve /metrics and /healthz on PORT or HOST:PORT (a bare port: 127.0.0.1 only)")
  .option("--check", "check the configuration, print it as JSON, and exit: 1 when the agent would refuse to start")
  .addHelpText(
    "after",
    `
Settings, per key: these flags, then AMPM_AGENT_* variables, then the config
file, then defaults.

Signals: SIGTERM/SIGINT drain (running actions finish and reply, then exit);
SIGHUP re-reads the facts file, plugins, trusted callers and policy, and
reopens the audit file; SIGUSR1 only reopens the audit file (logrotate).
Under systemd (Type=notify) it says READY=1 once subscribed and answers the
watchdog.

Example:
  ampm-agent --identity container1.example.com --server nats://127.0.0.1:4222 \\
    --tag dell --tag dmz-interface --fact rack=r12`,
  )
  .showHelpAfterError()
  .exitOverride();

async function main(): Promise<void> {
  try {
    program.parse();
  } catch (err) {
    const code = (err as { exitCode?: number }).exitCode ?? 2;
    process.exit(code === 0 ? 0 : 2);
  }
  let config: AgentConfig;
  try {
    config = loadConfig(program.opts<Flags>());
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`ampm-agent: ${err.message}\n`);
      process.exit(2);
    }
    throw err;
  }
  if (program.opts<Flags>().check) {
    process.stdout.write(`${JSON.stringify({ ...config, password: config.password ? "***" : undefined, token: config.token ? "***" : undefined }, null, 2)}\n`);
    const problems = preflight(config);
    for (const problem of problems) process.stderr.write(`ampm-agent: ${problem}\n`);
    if (problems.length > 0) process.exit(1);
    return;
  }
  const log = createLogger({ level: config.log_level, name: "ampm-agent" });
  process.on("uncaughtException", (err) => {
    log.fatal({ err }, "uncaught exception: exiting");
    process.exit(1);
  });
  const systemd = SystemdNotifier.fromEnv({ env: process.env, log });
  let agent: Agent;
  try {
    agent = await Agent.start({ config, log });
  } catch (err) {
    log.fatal({ err: (err as Error).message }, "could not start");
    process.exit(1);
  }
  await systemd?.ready(`serving ${config.identity} on ${config.servers.join(", ")}`);
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) {
      log.warn({ signal }, "second signal: exiting now");
      process.exit(1);
    }
    stopping = true;
    log.info({ signal }, "draining");
    void systemd?.stopping();
    agent.stop().then(
      () => process.exit(0),
      (err) => {
        log.error({ err }, "error while draining");
        process.exit(1);
      },
    );
  };
  process.on("SIGTERM", () => stop("SIGTERM"));
  process.on("SIGINT", () => stop("SIGINT"));
  process.on("SIGHUP", () => void agent.reload().catch((err) => log.error({ err }, "reload failed")));
  process.on("SIGUSR1", () => agent.reopenLogs());
}

// Not a top-level await: the single executable runs this as CommonJS.
void main();
