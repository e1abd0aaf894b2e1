/** Hypervisor drivers, by name. */
import type { Logger } from "pino";
import { ConfigError, NotFoundError } from "../../../../proto/wire/index.js";
import type { HypervisorDriver } from "../driver.js";
import { LibvirtDriver } from "./libvirt.js";
import { SimDriver } from "./sim.js";

export interface DriverOptions {
  stateDir: string;
  vcpus: number;
  memoryMb: number;
  log: Logger;
  /** Driver-specific settings from the agent config (e.g. libvirt's uri). */
  settings: Record<string, unknown>;
}

export const DRIVERS: Readonly<Record<string, (options: DriverOptions) => HypervisorDriver>> = {
  sim: (options) => new SimDriver(options),
  libvirt: (options) => {
    const uri = options.settings.uri;
    if (typeof uri !== "string" || !uri) throw new ConfigError("the libvirt driver needs hypervisor.uri (e.g. qemu:///system, lxc:///, test:///path/node.xml)");
    return new LibvirtDriver({
      uri,
      stateDir: options.stateDir,
      log: options.log,
      domainType: typeof options.settings.domain_type === "string" ? options.settings.domain_type : undefined,
      shutdownTimeoutMs: Number(options.settings.shutdown_timeout ?? 120_000),
      copyStorage: Boolean(options.settings.copy_storage),
    });
  },
};

export function createDriver(name: string, options: DriverOptions): HypervisorDriver {
  const make = Object.hasOwn(DRIVERS, name) ? DRIVERS[name] : undefined;
  if (!make) throw new NotFoundError(`unknown hypervisor driver "${name}" (known: ${Object.keys(DRIVERS).join(", ")})`);
  return make(options);
}
