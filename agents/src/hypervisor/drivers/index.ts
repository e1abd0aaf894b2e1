/** Hypervisor drivers, by name. */
import { NotFoundError } from "../../../../proto/wire/index.js";
import type { HypervisorDriver } from "../driver.js";
import { SimDriver } from "./sim.js";

export interface DriverOptions {
  stateDir: string;
  vcpus: number;
  memoryMb: number;
  /** Driver-specific settings from the agent config (e.g. libvirt's uri). */
  settings: Record<string, unknown>;
}

export const DRIVERS: Readonly<Record<string, (options: DriverOptions) => HypervisorDriver>> = {
  sim: (options) => new SimDriver(options),
};

export function createDriver(name: string, options: DriverOptions): HypervisorDriver {
  const make = Object.hasOwn(DRIVERS, name) ? DRIVERS[name] : undefined;
  if (!make) throw new NotFoundError(`unknown hypervisor driver "${name}" (known: ${Object.keys(DRIVERS).join(", ")})`);
  return make(options);
}
