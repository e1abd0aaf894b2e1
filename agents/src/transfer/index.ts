/**
 * Streaming transfer of files between two agents over NATS core subjects:
 * chunks within the broker's max_payload, credit granted by the receiver,
 * per-chunk and whole-file sha256, all-zero chunks sent as a header only
 * (a hole at the receiver), optional deflate per chunk, resumable from the
 * receiver's last durable offset. protocol.ts has the messages.
 */
export { StreamSender, DEFAULT_CHUNK_BYTES, type Compression, type SenderOptions, type SenderStats, type SendFile } from "./sender.js";
export { receiveFile, TransferError, type ReceiveOptions, type ReceiveResult } from "./receiver.js";
export { chunkSize } from "./protocol.js";
