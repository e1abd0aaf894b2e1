/**
 * Volumes and templates: what the hypervisor asks of its storage and
 * template plugins, through the one plugin-call helper (plugin-call.ts).
 */
import type { Logger } from "pino";
import type { Job } from "./jobs.js";
import { splitTemplate, type Instance, type Volume } from "./model.js";
import type { PluginCalls } from "./plugin-call.js";
import type { HypervisorSettings } from "./settings.js";

export class Volumes {
  constructor(
    private readonly plugins: PluginCalls,
    private readonly settings: HypervisorSettings,
    private readonly log: Logger,
  ) {}

  /** The storage types this host offers: the configured ones that are active (all active ones when none are configured). */
  storageTypes(): string[] {
    return offered(this.plugins.names("storage"), this.settings.storage);
  }

  /** Whether the storage type's plugin can do the action (sync, mount, ...). */
  can(storage: string, action: string): boolean {
    return this.plugins.has(storage, action);
  }

  create(v: Volume, job: Job): Promise<Record<string, unknown>> {
    return this.plugins.call(v.storage, "create", { volume: v.volume, size_bytes: v.sizeBytes }, { job });
  }

  importFrom(v: Volume, from: string, job: Job): Promise<Record<string, unknown>> {
    return this.plugins.call(v.storage, "import", { volume: v.volume, from }, { job });
  }

  export(v: Volume, to: string, job: Job, format?: string): Promise<Record<string, unknown>> {
    return this.plugins.call(v.storage, "export", { volume: v.volume, to, ...(format ? { format } : {}) }, { job });
  }

  sync(v: Volume, source: string, job: Job): Promise<Record<string, unknown>> {
    return this.plugins.call(v.storage, "sync", { volume: v.volume, source }, { job });
  }

  mount(v: Volume, hostname: string, caller: string): Promise<Record<string, unknown>> {
    return this.plugins.call(v.storage, "mount", { volume: v.volume }, { requestId: `mount-${hostname}`, caller });
  }

  unmount(v: Volume, hostname: string): Promise<Record<string, unknown>> {
    return this.plugins.call(v.storage, "unmount", { volume: v.volume }, { requestId: `unmount-${hostname}` });
  }

  /**
   * The raw export format a storage plugin offers, when it offers a choice:
   * "tar" (no gzip) for directory volumes. Others export as they are
   * (qcow2 as qcow2, lvm as raw).
   */
  rawFormat(storage: string): string | undefined {
    const props = this.plugins.inputProperties(storage, "export") as Record<string, { enum?: unknown[] }> | undefined;
    return props?.format?.enum?.includes("tar") ? "tar" : undefined;
  }

  /** Deletes the volumes; one that cannot be deleted is logged, and the others still go. */
  async delete(volumes: readonly Volume[], hostname: string, job?: Job): Promise<void> {
    for (const v of volumes) {
      await this.plugins.call(v.storage, "delete", { volume: v.volume }, job ? { job } : { requestId: `destroy-${hostname}` }).catch((err: unknown) => {
        this.log.error({ volume: v.volume, message: (err as Error).message }, "could not delete a volume");
      });
    }
  }
}

export class Templates {
  constructor(
    private readonly plugins: PluginCalls,
    private readonly settings: HypervisorSettings,
    private readonly log: Logger,
  ) {}

  templateTypes(): string[] {
    return offered(this.plugins.names("template"), this.settings.templates);
  }

  /** The apply inputs a template plugin declares, from what ampm knows about the instance. */
  private input(type: string, name: string, instance: Instance): Record<string, unknown> {
    const available: Record<string, unknown> = { template: name, mac: instance.nics[0]?.mac ?? "", instance: instance.hostname, volume_path: instance.volumes[0]?.path ?? "" };
    const declared = this.plugins.inputProperties(type, "apply");
    return declared ? Object.fromEntries(Object.entries(available).filter(([k]) => k in declared)) : available;
  }

  async apply(instance: Instance, job: Job): Promise<void> {
    const [type, name] = splitTemplate(instance.template);
    if (!type) return;
    await this.plugins.call(type, "apply", this.input(type, name, instance), { job });
  }

  /** Template traces outside the volumes (a pxe boot config) go with the instance; plugins without `remove` leave none. A failure is logged. */
  async remove(instance: Instance): Promise<void> {
    const [type] = splitTemplate(instance.template);
    if (!type || !this.plugins.has(type, "remove") || !instance.nics[0]) return;
    await this.plugins.call(type, "remove", { mac: instance.nics[0].mac }, { requestId: `remove-${instance.hostname}` }).catch((err: unknown) => {
      this.log.warn({ instance: instance.hostname, message: (err as Error).message }, "could not remove the template's traces");
    });
  }
}

function offered(active: string[], configured: string[]): string[] {
  return configured.length > 0 ? configured.filter((t) => active.includes(t)) : active;
}
