import type { Command } from "commander";
import { InvalidArgumentError } from "commander";
import { addProfilesOption, type CommonFlags } from "../options.js";
import { UsageError } from "../usage.js";

interface ServeFlags extends CommonFlags {
  listen: string;
  logins?: string;
  httpsCert?: string;
  httpsKey?: string;
  hashPassword?: boolean;
}

/** "HOST:PORT", "[::1]:PORT" or ":PORT" (loopback). */
export function parseListen(value: string): { host: string; port: number } {
  const m = /^(?:\[([^\]]+)\]|([^:[\]]*)):(\d{1,5})$/.exec(value.trim());
  const port = m ? Number(m[3]) : NaN;
  if (!m || port > 65535) throw new InvalidArgumentError(`expected HOST:PORT, e.g. 127.0.0.1:8080 or [::1]:8080, got "${value}"`);
  return { host: m[1] ?? (m[2] || "127.0.0.1"), port };
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8").replace(/\r?\n$/, "");
}

export function configure(cmd: Command): void {
  cmd
    .option("--listen <host:port>", "where to listen (port 0: any free port)", "127.0.0.1:8080")
    .option("--logins <file>", "users who may log in (YAML): password hash, caller key file, role operator|readonly; required off loopback")
    .option("--https-cert <file>", "serve HTTPS with this certificate (PEM); required off loopback")
    .option("--https-key <file>", "the certificate's private key (PEM)")
    .option("--hash-password", "print the hash of the password read from stdin, for the logins file, and exit")
    .addHelpText(
      "after",
      `
A REST API (/api/v1, described at /api/v1/openapi.json) and a web page over
the same client library as the CLI: the same connection, context and key.
The page shows the hosts (enabled or not, and why; slots; instances), the
placement explanation, running jobs with live progress, the audit trail,
and acts (enable/disable, migrate, evacuate, pause/resume). It updates live
when anyone acts, from the page or the CLI.

On loopback without --logins everyone is this caller. With --logins, each
user logs in and acts as the caller whose key the file names, so the hosts'
policy and audit see the person; a readonly user can look but not act.
(The global --tls-cert/--tls-key are the client certificate for the broker;
the web server's own are --https-cert/--https-key.)

Logins file:
  users:
    alice:  { password: "scrypt$...", key: /etc/ampm/keys/alice.nk, role: operator }
    viewer: { password: "scrypt$...", key: /etc/ampm/keys/viewer.nk, role: readonly }

Examples:
  ampm serve                                   http://127.0.0.1:8080/
  echo -n 's3cret' | ampm serve --hash-password
  ampm serve --listen 0.0.0.0:8443 --logins /etc/ampm/logins.yaml --https-cert web.pem --https-key web.key`,
    );
  addProfilesOption(cmd).action(async (flags: ServeFlags) => {
    const { withOutput, clientOptions, profileDirsFor } = await import("../session.js");
    process.exitCode = await withOutput(flags, async (output) => {
      const { hashPassword, readLogins } = await import("../serve/logins.js");
      if (flags.hashPassword) {
        const password = await readStdin();
        if (!password) throw new UsageError("--hash-password reads the password from stdin: it was empty");
        output.line(hashPassword(password));
        return 0;
      }
      let listen: { host: string; port: number };
      try {
        listen = parseListen(flags.listen);
      } catch (err) {
        throw new UsageError(`--listen: ${(err as Error).message}`);
      }
      if (Boolean(flags.httpsCert) !== Boolean(flags.httpsKey)) throw new UsageError("--https-cert and --https-key go together");
      const { startServer, isLoopback } = await import("../serve/server.js");
      if (!flags.logins && !isLoopback(listen.host)) throw new UsageError(`listening on ${listen.host} (not loopback) needs --logins FILE: every user logs in and acts as their own caller`);
      if (!flags.httpsCert && !isLoopback(listen.host)) throw new UsageError(`listening on ${listen.host} (not loopback) needs HTTPS: --https-cert FILE --https-key FILE`);
      const logins = flags.logins ? readLogins(flags.logins) : undefined;
      const server = await startServer({
        ...listen,
        client: clientOptions(flags),
        logins,
        tls: flags.httpsCert ? { cert: flags.httpsCert, key: flags.httpsKey! } : undefined,
        profiles: profileDirsFor(flags),
      });
      if (output.mode === "human") output.line(`ampm serve: ${server.url}${logins ? ` (${logins.size} login${logins.size === 1 ? "" : "s"})` : " (no logins: loopback only)"}`);
      else output.json({ url: server.url, logins: logins?.size ?? 0 });
      await new Promise<void>((resolve) => {
        process.once("SIGINT", resolve);
        process.once("SIGTERM", resolve);
      });
      await server.close();
      return 0;
    });
  });
}
