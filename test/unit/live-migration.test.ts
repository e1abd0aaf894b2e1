import t from "tap";
import type { HypervisorDriver } from "../../agents/src/hypervisor/driver.js";
import { liveTarget } from "../../agents/src/hypervisor/migrate-out.js";
import type { Instance } from "../../agents/src/hypervisor/model.js";

const base = { name: "x" } as unknown as HypervisorDriver;
const live = { ...base, canMigrateLive: (uri: string) => !uri.startsWith("test:"), migrateLive: async () => undefined } as unknown as HypervisorDriver;
const running = { state: "running" } as Instance;
const libvirtTarget = { facts: { hypervisor_driver: "libvirt", libvirt_migration_uri: "qemu+ssh://container2/system" } };

t.test("native live migration only when both ends can", async (t) => {
  const cases: [string, boolean, HypervisorDriver, { facts: Record<string, unknown> }, Instance, string | undefined][] = [
    ["all set", true, live, libvirtTarget, running, "qemu+ssh://container2/system"],
    ["not allowed here", false, live, libvirtTarget, running, undefined],
    ["this driver cannot", true, base, libvirtTarget, running, undefined],
    ["the target is sim", true, live, { facts: { hypervisor_driver: "sim", libvirt_migration_uri: "qemu+ssh://c2/system" } }, running, undefined],
    ["the target says no URI", true, live, { facts: { hypervisor_driver: "libvirt" } }, running, undefined],
    ["a test URI", true, live, { facts: { hypervisor_driver: "libvirt", libvirt_migration_uri: "test:///x.xml" } }, running, undefined],
    ["a stopped instance goes cold", true, live, libvirtTarget, { state: "shut off" } as Instance, undefined],
  ];
  for (const [name, allowed, driver, target, instance, expected] of cases) t.equal(liveTarget(allowed, driver, target, instance), expected, name);
});
