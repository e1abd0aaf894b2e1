import { fileURLToPath } from "node:url";

export const ROOT = fileURLToPath(new URL("../../", import.meta.url));
export const AGENT_MAIN = fileURLToPath(new URL("../../dist/agents/src/main.js", import.meta.url));
export const CLI_MAIN = fileURLToPath(new URL("../../dist/client/src/cli/main.js", import.meta.url));
export const TEST_BROKER_CONF = fileURLToPath(new URL("../../broker-config/test.conf", import.meta.url));
