/**
 * Setting ampm up on a workstation, through the real binary and a real
 * broker: the XDG config directory, NATS_URL, named contexts, the library
 * resolving options as the CLI does, shell completion and the man page.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import t from "tap";
import { connect, fromEnvironment } from "../../client/src/index.js";
import { startFleet } from "../helpers/agents.js";
import { startBroker } from "../helpers/broker.js";
import { runAmpm } from "../helpers/cli.js";
import { CLI_BIN } from "../helpers/paths.js";

const H1 = "hv1.example.com";
const H2 = "hv2.example.com";
const broker = await startBroker();
const fleet = await startFleet(broker.url, [{ identity: H1 }, { identity: H2 }]);
const home = mkdtempSync(join(tmpdir(), "ampm-home-"));
t.teardown(async () => {
  await fleet.stop();
  await broker.stop();
  rmSync(home, { recursive: true, force: true });
});

/** A fresh XDG config directory for each test. */
function xdg(): string {
  return mkdtempSync(join(home, "xdg-"));
}

const ampm = (config: string, args: string[], env: NodeJS.ProcessEnv = {}) => runAmpm(args, { env: { XDG_CONFIG_HOME: config, ...env } });

t.test("the config file under XDG_CONFIG_HOME, NATS_URL, and flags over both", async (t) => {
  const config = xdg();
  const none = await ampm(config, ["ping"], { NATS_URL: broker.url });
  t.equal(none.code, 0, `NATS_URL is read: ${none.stderr}`);
  mkdirSync(join(config, "ampm"));
  writeFileSync(join(config, "ampm", "client.yaml"), `servers: [${broker.url}]\ncaller: from-file\ndiscovery_quiet: 150ms\n`);
  const fromFile = await ampm(config, ["-v", "discover", "--discovery-method", "broadcast"]);
  t.equal(fromFile.code, 0, fromFile.stderr);
  t.equal(fromFile.stdout, `${H1}\n${H2}\n`);
  t.match(fromFile.stderr, /connect: \S+ as from-file,/, "$XDG_CONFIG_HOME/ampm/client.yaml");
  t.match(fromFile.stderr, /150 ms quiet ends it/, "a duration in the config file");
  const layered = await ampm(config, ["-v", "discover"], { AMPM_CALLER: "from-env" });
  t.match(layered.stderr, new RegExp(`connect: ${broker.url.replace(/\./g, "\\.")} as from-env,`), "the environment's caller, the file's server");
  const flagged = await ampm(config, ["-v", "discover", "--caller", "from-flag", "--server", "nats://127.0.0.1:1"], { AMPM_CALLER: "from-env" });
  t.equal(flagged.code, 5, "the flag's server, over the file's");
});

t.test("ampm context: add, ls, use, show, rm round-trip, and a context is used", async (t) => {
  const config = xdg();
  const added = await ampm(config, ["context", "add", "lab", "--server", broker.url, "--tls-ca", "ca.pem", "--profiles", "profiles"]);
  t.equal(added.code, 0, added.stderr);
  const file = join(config, "ampm", "contexts", "lab.yaml");
  t.equal(statSync(file).mode & 0o777, 0o600);
  t.match(readFileSync(file, "utf8"), /tls:\n\s+ca: \/\S+\/ca\.pem/, "paths are kept absolute");
  t.equal((await ampm(config, ["context", "add", "prod", "--server", "tls://nats.prod.example.com:4222", "--key-file", "/etc/ampm/keys/sysadmin.nk", "--use"])).code, 0);
  t.equal((await ampm(config, ["context", "ls"])).stdout, `  lab   ${broker.url}\n* prod  tls://nats.prod.example.com:4222\n`);
  t.equal(readFileSync(join(config, "ampm", "context"), "utf8"), "prod\n");
  const shown = JSON.parse((await ampm(config, ["context", "show", "--json"])).stdout) as { name: string; inUse: boolean; settings: Record<string, unknown> };
  t.same(shown, { name: "prod", file: join(config, "ampm", "contexts", "prod.yaml"), inUse: true, settings: { servers: ["tls://nats.prod.example.com:4222"], key: "/etc/ampm/keys/sysadmin.nk" } });

  // lab has a CA for a TLS broker: a context without it is used to reach this plain one
  t.equal((await ampm(config, ["context", "add", "plain", "--server", broker.url])).code, 0);
  t.equal((await ampm(config, ["context", "use", "plain"])).code, 0);
  const used = await ampm(config, ["discover", "--discovery-quiet", "150ms"]);
  t.equal(used.code, 0, used.stderr);
  t.equal(used.stdout, `${H1}\n${H2}\n`, "the context in use reaches the broker");
  t.equal((await ampm(config, ["discover", "--context", "prod", "--discovery-timeout", "1s"])).code, 2, "--context picks another for one command (its key file is missing: a usage error)");
  const missing = await ampm(config, ["ping", "--context", "nope"]);
  t.equal(missing.code, 2);
  t.match(missing.stderr, /no context "nope" \(there are: lab, plain, prod\)/);

  t.equal((await ampm(config, ["context", "rm", "plain"])).code, 0);
  t.equal((await ampm(config, ["context", "ls"])).stdout, `  lab   ${broker.url}\n  prod  tls://nats.prod.example.com:4222\n`, "removing the one in use leaves none in use");
  t.equal((await ampm(config, ["context", "rm", "plain"])).code, 2);
});

t.test("the library resolves options as the CLI does: connect(fromEnvironment())", async (t) => {
  const config = xdg();
  const env = { XDG_CONFIG_HOME: config, AMPM_SERVER: broker.url, AMPM_CALLER: "library" };
  const client = await connect({ ...fromEnvironment({ env }), discoveryQuietMs: 150 });
  t.teardown(() => client.close());
  t.equal(client.caller, "library");
  t.same(await client.discover(), [H1, H2], "AMPM_SERVER reached the broker");
  t.equal((await ampm(config, ["context", "add", "lab", "--server", broker.url, "--caller", "lab-caller", "--use"])).code, 0);
  t.equal(fromEnvironment({ env: { XDG_CONFIG_HOME: config } }).caller, "lab-caller", "and the context in use");
});

const bashCompletion = (config: string, words: string[], cword = words.length - 1) => {
  const script = spawnSync(process.execPath, [CLI_BIN, "completion", "bash"], { encoding: "utf8" }).stdout;
  const file = join(config, "ampm.bash");
  writeFileSync(file, script);
  const line = [
    `ampm() { "${process.execPath}" "${CLI_BIN}" "$@"; }`,
    `source "${file}"`,
    `COMP_WORDS=(${["ampm", ...words].map((w) => `'${w}'`).join(" ")}); COMP_CWORD=${cword + 1}`,
    `_ampm_complete; printf '%s\\n' "\${COMPREPLY[@]}"`,
  ].join("\n");
  return spawnSync("bash", ["-c", line], { encoding: "utf8", env: { ...process.env, XDG_CONFIG_HOME: config } });
};

t.test("ampm completion bash: loads in bash; commands, options, contexts and the fleet's names", async (t) => {
  const config = xdg();
  const script = spawnSync(process.execPath, [CLI_BIN, "completion", "bash"], { encoding: "utf8" });
  t.equal(script.status, 0);
  const file = join(config, "ampm.bash");
  writeFileSync(file, script.stdout);
  t.equal(spawnSync("bash", ["-n", file]).status, 0, "bash -n");
  const sourced = spawnSync("bash", ["-c", `source "${file}" && complete -p ampm`], { encoding: "utf8" });
  t.equal(sourced.stderr, "", "sourcing it says nothing");
  t.equal(sourced.stdout.trim(), "complete -o default -F _ampm_complete ampm");
  t.equal(bashCompletion(config, ["pi"]).stdout, "ping\n");
  t.match(bashCompletion(config, ["ping", "--discovery-q"]).stdout, /^--discovery-quiet$/m);
  t.equal(bashCompletion(config, ["facts", "--server", broker.url, ""]).stdout, `${H1}\n${H2}\n`, "host names from the broker");
  t.equal(bashCompletion(config, ["rpc", "rpcutil", "da"]).stdout, "daemon_stats\n");
  t.equal((await ampm(config, ["context", "add", "lab", "--server", broker.url])).code, 0);
  t.equal(bashCompletion(config, ["--context", ""]).stdout, "lab\n");
  t.equal(bashCompletion(config, ["status", "--context", "lab", ""]).stdout, `all\n${H1}\n${H2}\n`, "names through a context");
  const started = performance.now();
  t.equal(bashCompletion(config, ["facts", "--server", "nats://127.0.0.1:1", ""]).stdout, "\n", "no broker: no names");
  t.ok(performance.now() - started < 5000, "and no long wait");
});

t.test("ampm completion zsh and fish: valid scripts; fish completes from the same source", async (t) => {
  const config = xdg();
  for (const shell of ["zsh", "fish"]) {
    const script = spawnSync(process.execPath, [CLI_BIN, "completion", shell], { encoding: "utf8" });
    t.equal(script.status, 0, shell);
    const file = join(config, `ampm.${shell}`);
    writeFileSync(file, script.stdout);
    const check = spawnSync(shell, ["-n", file], { encoding: "utf8" });
    t.equal(check.status, 0, `${shell} -n: ${check.stderr}`);
  }
  const fish = spawnSync("fish", ["-c", `function ampm; "${process.execPath}" "${CLI_BIN}" $argv; end; source ${join(config, "ampm.fish")}; complete -C 'ampm facts --server ${broker.url} '`], { encoding: "utf8" });
  t.equal(fish.stdout, `${H1}\n${H2}\n`, fish.stderr);
  t.equal((await ampm(config, ["completion", "tcsh"])).code, 2);
});

t.test("ampm man: a manual page made from the command definitions", async (t) => {
  const page = spawnSync(process.execPath, [CLI_BIN, "man"], { encoding: "utf8" }).stdout;
  t.match(page, /^\.TH AMPM 1 "" "ampm \d+\.\d+\.\d+" "ampm manual"$/m);
  for (const command of ["status", "list", "query", "create", "migrate", "container", "image", "redeploy", "job", "ping", "discover", "facts", "plugins", "rpc", "audit", "keys", "context", "completion"]) {
    t.match(page, new RegExp(`^\\.SS "ampm ${command} `, "m"), command);
  }
  t.notMatch(page, /__complete/, "not the hidden command");
  t.match(page, /\\fB\\-\\-discovery\\-quiet\\fR \\fI<duration>\\fR/, "a command's options");
  t.match(page, /\\fB\\-\\-server\\fR/, "the global options");
  t.match(page, /7\s+unexpected error/, "the exit codes");
  const rendered = spawnSync("groff", ["-man", "-Tutf8", "-ww", "-z"], { input: page, encoding: "utf8" });
  t.equal(rendered.status, 0);
  t.equal(rendered.stderr, "", "groff has no warnings");
  const text = spawnSync("groff", ["-man", "-Tascii"], { input: page, encoding: "utf8" }).stdout.replace(/.\x08/g, "");
  t.match(text, /--discovery-quiet <duration>/);
});
