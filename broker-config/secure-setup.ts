/**
 * Everything a secure ampm broker and its fleet need, in one directory:
 *
 *   broker-config/secure-setup [--out DIR] --host ID... --operator NAME... --viewer NAME... [--tls-name NAME...]
 *
 *   DIR/secure.conf                 the broker's config (broker-config/secure.conf)
 *   DIR/secure.d/tls.conf           where the certificate is
 *   DIR/secure.d/users.conf         one nkeys user per host and caller, with its subject permissions
 *   DIR/tls/ca.pem, ca-key.pem      a CA for a test fleet (bring your own in production: --ca, --ca-key)
 *   DIR/tls/server.pem, server-key.pem
 *   DIR/keys/hosts/<identity>.nk    each host's key (its security.key)
 *   DIR/keys/callers/<name>.nk      each caller's key (AMPM_KEY)
 *   DIR/trusted.yaml                every key with its roles (each agent's security.trusted_file)
 *
 * It keeps what exists (keys, CA, certificate) and rewrites the users and
 * trusted callers, so adding a host is running it again with one more --host.
 *
 * The permissions, per role:
 *   agent     receives its broadcast and direct subjects and its own replies; publishes only replies
 *             (allow_responses), requests to other hosts (migrations, which the target's policy
 *             limits to the role "agent"), its events, its audit records, and the object store;
 *             volume streams: publishes to any host's (ampm.v1.stream.>), receives its own
 *             (ampm.v1.stream.*.<host>)
 *   operator  publishes requests (broadcast and direct), reads its own replies, events, the audit stream
 *   viewer    publishes only broadcasts to rpcutil and hypervisor (status, list, query), reads its
 *             own replies, events and the audit stream: no direct requests, so no migrate
 * Callers also publish their own account of what the broker refused them.
 *
 * Everyone is in the account AMPM; the system account SYS exports
 * nats-server's failed-login events, which AMPM imports into the audit
 * stream's subjects (ampm.v1.event.audit._broker.<server>).
 */
import { execFileSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { Command } from "commander";
import { stringify } from "yaml";
import {
  ALL_BROADCAST_SUBJECT,
  ALL_NODES_SUBJECT,
  ALL_STREAM_SUBJECT,
  AUDIT_STREAM,
  auditSubject,
  BROKER_AUDIT_PREFIX,
  broadcastSubject,
  callerAuditSubject,
  callerToken,
  nodeSubject,
  PROTOCOL,
  replyPrefix,
  SigningKey,
  streamInboxSubject,
} from "../proto/wire/index.js";
import { HOSTS_BUCKET, INSTANCES_BUCKET, ATTRIBUTES_BUCKET } from "../proto/domain/index.js";

export type Role = "agent" | "operator" | "viewer";

export interface Permissions {
  publish: { allow: string[]; deny?: string[] };
  subscribe: { allow: string[] };
  allow_responses?: boolean;
}

/** Object store buckets hosts and callers use: volume data in migration, exported images. */
export const DEFAULT_BUCKETS = ["ampm-migrations", "ampm-images"];

/** Reading a stream with an ordered consumer (ampm audit). */
function readStream(stream: string): string[] {
  return [
    `$JS.API.STREAM.INFO.${stream}`,
    `$JS.API.CONSUMER.CREATE.${stream}`,
    `$JS.API.CONSUMER.CREATE.${stream}.>`,
    `$JS.API.CONSUMER.INFO.${stream}.>`,
    `$JS.API.CONSUMER.DELETE.${stream}.>`,
    `$JS.API.CONSUMER.MSG.NEXT.${stream}.>`,
  ];
}

/** Putting, getting and deleting objects in these buckets (streams OBJ_<bucket>). */
function objectStore(buckets: readonly string[]): string[] {
  return buckets.flatMap((bucket) => {
    const stream = `OBJ_${bucket}`;
    return [
      `$JS.API.STREAM.CREATE.${stream}`,
      `$JS.API.STREAM.UPDATE.${stream}`,
      `$JS.API.STREAM.PURGE.${stream}`,
      `$JS.API.STREAM.MSG.GET.${stream}`,
      `$JS.API.DIRECT.GET.${stream}`,
      `$JS.API.DIRECT.GET.${stream}.>`,
      ...readStream(stream),
      `$O.${bucket}.>`,
      `$JS.ACK.${stream}.>`,
      `$JS.FC.${stream}.>`,
    ];
  });
}

/** The host registry's bucket (stream KV_ampm-hosts): agents write their own key, callers read the bucket. */
const HOSTS_STREAM = `KV_${HOSTS_BUCKET}`;
/** The instance index (stream KV_ampm-instances): agents claim and write hostnames, callers read keys. */
const INSTANCES_STREAM = `KV_${INSTANCES_BUCKET}`;
/** Operator attributes (stream KV_ampm-attributes): operators write, agents watch their own key, everyone reads. */
const ATTRIBUTES_STREAM = `KV_${ATTRIBUTES_BUCKET}`;
const kvGet = (stream: string) => [`$JS.API.DIRECT.GET.${stream}`, `$JS.API.DIRECT.GET.${stream}.>`, `$JS.API.STREAM.MSG.GET.${stream}`];

/** The subject permissions of one broker user. */
export function permissionsFor(role: Role, name: string, buckets: readonly string[] = DEFAULT_BUCKETS): Permissions {
  const jsInfo = "$JS.API.INFO";
  if (role === "agent") {
    return {
      publish: {
        allow: [
          ALL_NODES_SUBJECT,
          `${PROTOCOL}.event.progress.>`,
          `${PROTOCOL}.event.job.>`,
          auditSubject(name),
          jsInfo,
          `$JS.API.STREAM.INFO.${AUDIT_STREAM}`,
          `$JS.API.STREAM.CREATE.${AUDIT_STREAM}`,
          `$JS.API.STREAM.INFO.${HOSTS_STREAM}`,
          `$JS.API.STREAM.CREATE.${HOSTS_STREAM}`,
          `$KV.${HOSTS_BUCKET}.${name}`,
          `$JS.API.STREAM.CREATE.${INSTANCES_STREAM}`,
          ...readStream(INSTANCES_STREAM),
          ...kvGet(INSTANCES_STREAM),
          `$KV.${INSTANCES_BUCKET}.>`,
          `$JS.API.STREAM.CREATE.${ATTRIBUTES_STREAM}`,
          ...readStream(ATTRIBUTES_STREAM),
          ...kvGet(ATTRIBUTES_STREAM),
          ...objectStore(buckets),
          ALL_STREAM_SUBJECT,
        ],
        deny: [ALL_BROADCAST_SUBJECT],
      },
      subscribe: { allow: [ALL_BROADCAST_SUBJECT, nodeSubject(name), `${replyPrefix(`agent:${name}`)}.>`, streamInboxSubject(name)] },
      allow_responses: true,
    };
  }
  const reads = [`${replyPrefix(name)}.>`, `${PROTOCOL}.event.>`];
  if (role === "operator") {
    return {
      publish: { allow: [ALL_BROADCAST_SUBJECT, ALL_NODES_SUBJECT, jsInfo, callerAuditSubject(name), ...readStream(AUDIT_STREAM), ...readStream(HOSTS_STREAM), `$JS.API.STREAM.INFO.${INSTANCES_STREAM}`, ...kvGet(INSTANCES_STREAM), `$JS.API.STREAM.CREATE.${ATTRIBUTES_STREAM}`, ...readStream(ATTRIBUTES_STREAM), ...kvGet(ATTRIBUTES_STREAM), `$KV.${ATTRIBUTES_BUCKET}.>`, ...objectStore(buckets)] },
      subscribe: { allow: reads },
    };
  }
  return {
    publish: { allow: [broadcastSubject("rpcutil"), broadcastSubject("hypervisor"), jsInfo, callerAuditSubject(name), ...readStream(AUDIT_STREAM), ...readStream(HOSTS_STREAM), `$JS.API.STREAM.INFO.${INSTANCES_STREAM}`, ...kvGet(INSTANCES_STREAM), ...readStream(ATTRIBUTES_STREAM), ...kvGet(ATTRIBUTES_STREAM)] },
    subscribe: { allow: reads },
  };
}

export interface SecureSetupOptions {
  out: string;
  hosts: string[];
  operators: string[];
  viewers: string[];
  /** Names and addresses the server certificate is for (besides localhost and 127.0.0.1). */
  tlsNames?: string[];
  buckets?: string[];
  days?: number;
}

export interface SecureSetup {
  conf: string;
  ca: string;
  hostKeys: Record<string, string>;
  callerKeys: Record<string, string>;
  trustedFile: string;
}

const HERE = dirname(fileURLToPath(import.meta.url));
/** broker-config/ of the source tree (this file runs from dist/broker-config/). */
const SOURCE_DIR = existsSync(join(HERE, "secure.conf")) ? HERE : resolve(HERE, "..", "..", "broker-config");

function openssl(args: string[]): void {
  try {
    execFileSync("openssl", args, { stdio: ["ignore", "ignore", "pipe"] });
  } catch (err) {
    const e = err as { code?: string; stderr?: Buffer; message: string };
    if (e.code === "ENOENT") throw new Error("openssl is needed for the certificates (apt-get install openssl)");
    throw new Error(`openssl ${args[0]} failed: ${e.stderr?.toString().trim() || e.message}`);
  }
}

function makeCertificates(dir: string, names: readonly string[], days: number): void {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const ca = join(dir, "ca.pem");
  const caKey = join(dir, "ca-key.pem");
  if (!existsSync(ca)) {
    openssl(["req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes", "-keyout", caKey, "-out", ca, "-days", String(days), "-subj", "/CN=ampm broker CA"]);
  }
  const cert = join(dir, "server.pem");
  if (existsSync(cert)) return;
  const key = join(dir, "server-key.pem");
  const csr = join(dir, "server.csr");
  const ext = join(dir, "server.ext");
  const san = ["localhost", "127.0.0.1", ...names].map((n) => (/^[\d.]+$|:/.test(n) ? `IP:${n}` : `DNS:${n}`));
  writeFileSync(ext, `subjectAltName=${[...new Set(san)].join(",")}\nextendedKeyUsage=serverAuth\n`);
  openssl(["req", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes", "-keyout", key, "-out", csr, "-subj", "/CN=ampm broker"]);
  openssl(["x509", "-req", "-in", csr, "-CA", ca, "-CAkey", caKey, "-CAcreateserial", "-out", cert, "-days", String(days), "-extfile", ext]);
}

function keyFor(file: string, comment: string): SigningKey {
  if (existsSync(file)) return SigningKey.fromFile(file);
  const key = SigningKey.generate();
  key.writeFile(file, comment);
  return key;
}

/** NATS config text: JSON is a subset of its syntax. */
function conf(value: unknown): string {
  return JSON.stringify(value, null, 2);
}

/** Failed logins: nats-server's system event, exported by SYS and imported into the audit stream's subjects. */
const AUTH_ERRORS = "$SYS.SERVER.*.CLIENT.AUTH.ERR";

function usersConf(users: { nkey: string; permissions: Permissions }[]): string {
  const accounts = {
    AMPM: { jetstream: "enabled", users, imports: [{ stream: { account: "SYS", subject: AUTH_ERRORS }, to: `${BROKER_AUDIT_PREFIX}.$1` }] },
    SYS: { users: [], exports: [{ stream: AUTH_ERRORS }] },
  };
  return `# Generated by broker-config/secure-setup: one user per host and caller, in the account AMPM.\naccounts ${conf(accounts)}\nsystem_account: SYS\n`;
}

export function secureSetup(options: SecureSetupOptions): SecureSetup {
  const out = resolve(options.out);
  const buckets = options.buckets ?? DEFAULT_BUCKETS;
  const tokens = new Map<string, string>();
  const claim = (caller: string) => {
    const token = callerToken(caller);
    const other = tokens.get(token);
    if (other && other !== caller) throw new Error(`"${caller}" and "${other}" would share reply subjects (${token}): rename one`);
    tokens.set(token, caller);
  };
  for (const host of options.hosts) claim(`agent:${host}`);
  for (const name of [...options.operators, ...options.viewers]) claim(name);

  mkdirSync(join(out, "secure.d"), { recursive: true });
  if (resolve(SOURCE_DIR) !== out) copyFileSync(join(SOURCE_DIR, "secure.conf"), join(out, "secure.conf"));
  const tls = join(out, "tls");
  makeCertificates(tls, options.tlsNames ?? [], options.days ?? 825);
  writeFileSync(
    join(out, "secure.d", "tls.conf"),
    `# Generated by broker-config/secure-setup.\ntls ${conf({ cert_file: join(tls, "server.pem"), key_file: join(tls, "server-key.pem"), ca_file: join(tls, "ca.pem"), timeout: 2 })}\n`,
  );

  const users: { nkey: string; permissions: Permissions }[] = [];
  const trusted: { name: string; key: string; roles: string[] }[] = [];
  const hostKeys: Record<string, string> = {};
  const callerKeys: Record<string, string> = {};
  for (const host of options.hosts) {
    const file = join(out, "keys", "hosts", `${host}.nk`);
    const key = keyFor(file, `ampm host key of ${host}`);
    hostKeys[host] = file;
    users.push({ nkey: key.publicKey, permissions: permissionsFor("agent", host, buckets) });
    trusted.push({ name: `agent:${host}`, key: key.publicKey, roles: ["agent"] });
  }
  for (const [role, names] of [["operator", options.operators], ["viewer", options.viewers]] as const) {
    for (const name of names) {
      const file = join(out, "keys", "callers", `${name}.nk`);
      const key = keyFor(file, `ampm key of "${name}" (${role})`);
      callerKeys[name] = file;
      users.push({ nkey: key.publicKey, permissions: permissionsFor(role, name, buckets) });
      trusted.push({ name, key: key.publicKey, roles: [role === "viewer" ? "readonly" : "operator"] });
    }
  }
  writeFileSync(join(out, "secure.d", "users.conf"), usersConf(users));
  const trustedFile = join(out, "trusted.yaml");
  writeFileSync(trustedFile, `# Generated by broker-config/secure-setup: each agent's security.trusted_file.\n${stringify({ callers: trusted })}`);
  return { conf: join(out, "secure.conf"), ca: join(tls, "ca.pem"), hostKeys, callerKeys, trustedFile };
}

async function main(): Promise<void> {
  const collect = (v: string, p: string[] = []) => [...p, v];
  const program = new Command("secure-setup")
    .description("Make the TLS certificates, keys, broker users and trusted callers of a secure ampm fleet")
    .option("--out <dir>", "where everything goes", SOURCE_DIR)
    .option("--host <identity>", "a hypervisor host (an agent); repeatable", collect, [])
    .option("--operator <name>", "a caller who may do everything; repeatable", collect, [])
    .option("--viewer <name>", "a read-only caller; repeatable", collect, [])
    .option("--tls-name <name>", "a DNS name or IP the broker is reached by; repeatable", collect, [])
    .option("--bucket <name>", "object store buckets hosts and operators use (default ampm-migrations, ampm-images)", collect)
    .option("--json", "print what was made as JSON")
    .showHelpAfterError();
  program.parse();
  const flags = program.opts<{ out: string; host: string[]; operator: string[]; viewer: string[]; tlsName: string[]; bucket?: string[]; json?: boolean }>();
  if (flags.host.length + flags.operator.length + flags.viewer.length === 0) program.error("give at least one --host, --operator or --viewer");
  try {
    const made = secureSetup({ out: flags.out, hosts: flags.host, operators: flags.operator, viewers: flags.viewer, tlsNames: flags.tlsName, buckets: flags.bucket });
    if (flags.json) {
      process.stdout.write(`${JSON.stringify(made, null, 2)}\n`);
      return;
    }
    process.stdout.write(`broker:   nats-server -c ${made.conf} -sd <jetstream dir>\n`);
    process.stdout.write(`CA:       ${made.ca}   (agents' and callers' tls.ca; servers: tls://...)\n`);
    process.stdout.write(`trusted:  ${made.trustedFile}   (each agent's security.trusted_file)\n`);
    for (const [host, file] of Object.entries(made.hostKeys)) process.stdout.write(`host key: ${host}: ${file}   (its security.key)\n`);
    for (const [name, file] of Object.entries(made.callerKeys)) process.stdout.write(`caller:   ${name}: AMPM_KEY=${file}\n`);
  } catch (err) {
    process.stderr.write(`secure-setup: ${(err as Error).message}\n`);
    process.exit(1);
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();

