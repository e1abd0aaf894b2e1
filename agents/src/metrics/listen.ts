/** The address of the agent's metrics endpoint (metrics.listen, --metrics-listen). */
import { isIP } from "node:net";
import { ConfigError } from "../../../proto/wire/index.js";

export interface ListenAddress {
  host: string;
  port: number;
}

/** "9464", "127.0.0.1:9464", "[::1]:9464", "0.0.0.0:9464" (port 0: any free port). */
export function parseListen(value: string): ListenAddress {
  const m = /^(?:(\[[0-9a-fA-F:.]+\]|[0-9.]+|localhost):)?(\d{1,5})$/.exec(value.trim());
  const port = m ? Number(m[2]) : NaN;
  if (!m || port > 65535) {
    throw new ConfigError(`metrics.listen: expected PORT, HOST:PORT or [IPv6]:PORT with an IP address, got "${value}"`);
  }
  const host = (m[1] ?? "127.0.0.1").replace(/^\[|\]$/g, "");
  if (host !== "localhost" && !isIP(host)) throw new ConfigError(`metrics.listen: "${host}" is not an IP address`);
  return { host, port };
}

export function isLoopback(host: string): boolean {
  return host === "localhost" || host === "::1" || /^127\./.test(host);
}
