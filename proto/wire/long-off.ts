/**
 * 64-bit fields (timestamps, counters) decode as plain numbers, not Long
 * objects. This must run before the generated code is loaded, because it
 * fixes default values when it loads: import the generated code only
 * through ./proto.js.
 */
import $protobuf from "protobufjs/minimal.js";

($protobuf.util as { Long: unknown }).Long = undefined;
$protobuf.configure();
