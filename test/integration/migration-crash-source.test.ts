/**
 * Cold migration with the source killed at each step it journals, and
 * mid-stream. The cases and what is checked: test/helpers/migration-crash.ts.
 */
import { crashCases, SRC, TGT } from "../helpers/migration-crash.js";

await crashCases([
  ["migrate", "begin", TGT],
  ["migrate", "queued", TGT],
  ["migrate", "stop", SRC],
  ["migrate", "export", SRC],
  ["migrate", "serve", SRC],
  ["migrate", "streamed-half", TGT],
  ["migrate", "handoff", SRC],
  ["migrate", "wait", TGT],
  ["migrate", "cleanup", TGT],
]);
