/**
 * The agent's HTTP endpoint: GET /metrics (Prometheus text) and GET /healthz
 * (200 when connected to the broker and subscribed, 503 otherwise). Off
 * unless `metrics.listen` (or --metrics-listen) is set; a bare port listens
 * on 127.0.0.1 only.
 */
import { createServer, type Server } from "node:http";
import { ConfigError } from "../../../proto/wire/index.js";
import type { Logger } from "../log.js";
import type { AgentMetrics } from "./index.js";
import { isLoopback, type ListenAddress } from "./listen.js";

export interface Health {
  ok: boolean;
  detail: string;
}

export interface MetricsServerOptions {
  listen: ListenAddress;
  metrics: AgentMetrics;
  health: () => Health;
  log: Logger;
}

export interface MetricsServer {
  /** Where it listens, as HOST:PORT (the real port when 0 was asked). */
  readonly address: string;
  close(): Promise<void>;
}

export async function startMetricsServer(options: MetricsServerOptions): Promise<MetricsServer> {
  const { metrics, health, log } = options;
  const server: Server = createServer((req, res) => {
    const path = (req.url ?? "/").split("?")[0];
    if (req.method !== "GET" && req.method !== "HEAD") {
      res.writeHead(405, { allow: "GET, HEAD" }).end();
      return;
    }
    if (path === "/metrics") {
      metrics.text().then(
        (text) => res.writeHead(200, { "content-type": metrics.contentType }).end(text),
        (err: Error) => res.writeHead(500, { "content-type": "text/plain" }).end(`metrics: ${err.message}\n`),
      );
    } else if (path === "/healthz") {
      const h = health();
      res.writeHead(h.ok ? 200 : 503, { "content-type": "text/plain" }).end(`${h.detail}\n`);
    } else {
      res.writeHead(404, { "content-type": "text/plain" }).end("not found: try /metrics or /healthz\n");
    }
  });
  server.keepAliveTimeout = 5000;
  await new Promise<void>((resolve, reject) => {
    server.once("error", (err) => reject(new ConfigError(`metrics.listen ${options.listen.host}:${options.listen.port}: ${err.message}`, { cause: err })));
    server.listen(options.listen.port, options.listen.host, () => resolve());
  });
  const bound = server.address();
  const port = bound && typeof bound === "object" ? bound.port : options.listen.port;
  const host = options.listen.host.includes(":") ? `[${options.listen.host}]` : options.listen.host;
  const address = `${host}:${port}`;
  if (!isLoopback(options.listen.host)) log.warn({ listen: address }, "metrics and health are served beyond this host (metrics.listen is not a loopback address)");
  log.info({ listen: address }, "serving /metrics and /healthz");
  return {
    address,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
