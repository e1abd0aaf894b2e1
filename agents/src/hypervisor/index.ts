/**
 * The built-in hypervisor agent: instances on this host, and the data
 * placement needs. Its actions hold the service (the host's state); the
 * service reaches the driver, plugins and peers.
 */
import type { AgentDef } from "../action.js";
import { create } from "./actions/create.js";
import { evacuate } from "./actions/evacuate.js";
import { imageActions } from "./actions/images.js";
import { instances } from "./actions/instances.js";
import { jobs } from "./actions/jobs.js";
import { LIFECYCLE, lifecycle } from "./actions/lifecycle.js";
import { migrate } from "./actions/migrate.js";
import { migrationActions } from "./actions/migration.js";
import { setEnabled } from "./actions/set_enabled.js";
import { status } from "./actions/status.js";
import type { HypervisorService } from "./service.js";

export function hypervisorAgent(svc: HypervisorService, version: string): AgentDef {
  return {
    name: "hypervisor",
    description: `Instances on this host (${svc.driver.name} driver): status, create, lifecycle, migration, evacuation, images, redeploy, jobs`,
    version,
    kind: "builtin",
    actions: {
      status: status(svc),
      set_enabled: setEnabled(svc),
      instances: instances(svc),
      create: create(svc),
      ...Object.fromEntries(LIFECYCLE.map((op) => [op, lifecycle(svc, op)])),
      jobs: jobs(svc),
      migrate: migrate(svc),
      ...migrationActions(svc),
      evacuate: evacuate(svc),
      ...imageActions(svc),
    },
  };
}

export { HypervisorService } from "./service.js";
