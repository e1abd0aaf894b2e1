import { ampm } from "../../../../proto/wire/index.js";
import type { ActionDef } from "../../action.js";
import { migrateIn, migrationAbort, migrationStatus, type MigrateIn } from "../migrate-in.js";
import { INPUT_SCHEMAS } from "../schemas.js";
import type { Wing } from "../context.js";

/** The target's side of a migration, called by the source's agent: migrate_in, migration_status, migration_abort. */
export function migrationActions(w: Wing): Record<string, ActionDef> {
  return {
    migrate_in: {
      description: "(agent to agent) Take an instance over: claim room, download and verify its volumes, import, define, start",
      input: ampm.v1.MigrateInRequest,
      schema: INPUT_SCHEMAS.migrateIn,
      output: ampm.v1.MigrationStatusReply,
      timeoutMs: 30_000,
      run: async (input: MigrateIn, ctx) => {
        const journal = await migrateIn(w, input, ctx.caller);
        return migrationStatus(w, journal.id);
      },
    },
    migration_status: {
      description: "(agent to agent) Where an incoming migration is, and whether this host owns the instance yet",
      input: ampm.v1.MigrationStatusRequest,
      schema: INPUT_SCHEMAS.migration,
      output: ampm.v1.MigrationStatusReply,
      timeoutMs: 10_000,
      run: async (input: { migrationId: string }) => migrationStatus(w, input.migrationId),
    },
    migration_abort: {
      description: "(agent to agent) Undo an incoming migration unless it is committed; the answer says which",
      input: ampm.v1.MigrationStatusRequest,
      schema: INPUT_SCHEMAS.migration,
      output: ampm.v1.MigrationStatusReply,
      timeoutMs: 600_000,
      run: async (input: { migrationId: string }) => migrationAbort(w, input.migrationId),
    },
  };
}
