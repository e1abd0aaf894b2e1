/**
 * Cold migration with the target killed at each step it journals, and
 * mid-stream; then a migration without a crash. The cases and what is
 * checked: test/helpers/migration-crash.ts.
 */
import { crashCases, SRC, TGT } from "../helpers/migration-crash.js";

await crashCases([
  ["migrate-in", "accepted", SRC],
  ["migrate-in", "download", TGT],
  ["migrate-in", "streamed-half", TGT],
  ["migrate-in", "import", SRC],
  ["migrate-in", "define", SRC],
  ["migrate-in", "defined", TGT],
  ["migrate-in", "start", TGT],
], { control: true });
