/** pause, resume, start, stop, destroy of an instance here. */
import { Status, StatusError } from "../../../proto/wire/index.js";
import type { Wing } from "./context.js";
import { canSuspend, DomainStateError } from "./driver.js";
import { unmount } from "./images.js";
import type { Instance } from "./model.js";

export type LifecycleOp = "pause" | "resume" | "start" | "stop" | "destroy";

export async function lifecycle(w: Wing, op: LifecycleOp, hostname: string): Promise<Instance> {
  const { driver } = w;
  const instance = await w.instances.get(hostname);
  if (instance.state === "migrating") throw new StatusError(Status.BUSY, `${hostname} is being migrated`);
  try {
    switch (op) {
      case "start":
        if (instance.mounted) await unmount(w, hostname);
        await driver.start(hostname);
        break;
      case "stop":
        await driver.shutdown(hostname);
        break;
      case "destroy": {
        const release = await w.locks.acquire(hostname, "destroy");
        try {
          if (instance.mounted) await unmount(w, hostname);
          await w.instances.destroy(instance);
        } finally {
          release();
        }
        return { ...instance, state: "destroyed" };
      }
      case "pause":
      case "resume":
        if (!canSuspend(driver)) throw new StatusError(Status.UNKNOWN_ACTION, `the ${driver.name} driver cannot ${op} instances`);
        await (op === "pause" ? driver.suspend(hostname) : driver.resume(hostname));
        break;
    }
  } catch (err) {
    if (err instanceof DomainStateError) throw new StatusError(Status.ABORTED, err.message);
    throw err;
  }
  w.log.info({ op, instance: hostname }, `instance ${op}`);
  return w.instances.get(hostname);
}
