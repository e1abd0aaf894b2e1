import { ampm } from "../../../../proto/wire/index.js";
import type { ActionDef } from "../../action.js";
import { create } from "../create.js";
import { IMAGE_BUCKET, imageExport, mount, redeploy, unmount } from "../images.js";
import { profileFromMessage } from "../model.js";
import { INPUT_SCHEMAS } from "../schemas.js";
import type { Wing } from "../context.js";

/** vm-image-manager's actions: image_export, image_import, redeploy, mount, unmount. */
export function imageActions(w: Wing): Record<string, ActionDef> {
  return {
    image_export: {
      description: "Export the instance's root volume (tar.gz for dir, qcow2 for qcow2) into the object store; a job",
      input: ampm.v1.ImageExportRequest,
      schema: INPUT_SCHEMAS.imageExport,
      output: ampm.v1.JobReply,
      timeoutMs: 30_000,
      run: async (input: { hostname: string; stop: boolean; bucket: string }, ctx) => ({
        job: (await imageExport(w, input.hostname, input.stop, input.bucket || IMAGE_BUCKET, ctx.caller)).record,
      }),
    },
    image_import: {
      description: "Create an instance whose root volume is an image from the object store (SHA-256 checked); a job",
      input: ampm.v1.ImageImportRequest,
      schema: INPUT_SCHEMAS.imageImport,
      output: ampm.v1.JobReply,
      timeoutMs: 30_000,
      run: async (input: { hostname: string; profile: Record<string, unknown>; bucket: string; object: string; sha256: string }, ctx) => ({
        job: (await create(w, input.hostname, profileFromMessage(input.profile ?? {}), ctx.caller, { bucket: input.bucket || IMAGE_BUCKET, object: input.object, sha256: input.sha256 })).record,
      }),
    },
    redeploy: {
      description: "rsync an image directory (under images_dir) onto the instance's root volume, then start it; a job",
      input: ampm.v1.RedeployRequest,
      schema: INPUT_SCHEMAS.redeploy,
      output: ampm.v1.JobReply,
      timeoutMs: 30_000,
      run: async (input: { hostname: string; image: string }, ctx) => ({ job: (await redeploy(w, input.hostname, input.image, ctx.caller)).record }),
    },
    mount: {
      description: "Mount the stopped instance's root volume for inspection (starting it unmounts)",
      input: ampm.v1.InstanceRequest,
      schema: INPUT_SCHEMAS.instance,
      output: ampm.v1.MountReply,
      timeoutMs: 60_000,
      run: async (input: { hostname: string }, ctx) => mount(w, input.hostname, ctx.caller),
    },
    unmount: {
      description: "Unmount the instance's root volume",
      input: ampm.v1.InstanceRequest,
      schema: INPUT_SCHEMAS.instance,
      output: ampm.v1.MountReply,
      timeoutMs: 60_000,
      run: async (input: { hostname: string }) => ({ instance: await unmount(w, input.hostname), path: "" }),
    },
  };
}
