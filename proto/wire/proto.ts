/** The generated ampm.v1 code, loaded after 64-bit fields were set to decode as numbers. */
import "./long-off.js";

export { ampm, google } from "../gen/ampm.js";
