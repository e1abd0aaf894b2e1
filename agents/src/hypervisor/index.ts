/**
 * The built-in hypervisor agent: instances on this host, and the data
 * placement needs. Its actions are handed the wing (context.ts): the host's
 * small state objects, built once by the service (service.ts).
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
  const w = svc.wing;
  return {
    name: "hypervisor",
    description: `Instances on this host (${w.driver.name} driver): status, create, lifecycle, migration, evacuation, images, redeploy, jobs`,
    version,
    kind: "builtin",
    actions: {
      status: status(w),
      set_enabled: setEnabled(w),
      instances: instances(w),
      create: create(w),
      ...Object.fromEntries(LIFECYCLE.map((op) => [op, lifecycle(w, op)])),
      jobs: jobs(w),
      migrate: migrate(w),
      ...migrationActions(w),
      evacuate: evacuate(w),
      ...imageActions(w),
    },
  };
}

export { HypervisorService } from "./service.js";
