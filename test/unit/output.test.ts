import { PassThrough } from "node:stream";
import t from "tap";
import { Output } from "../../client/src/cli/output.js";
import type { HostResult } from "../../client/src/index.js";

function capture(tty: boolean) {
  const out = Object.assign(new PassThrough(), { isTTY: tty });
  const err = Object.assign(new PassThrough(), { isTTY: tty });
  let text = "";
  out.on("data", (d) => (text += d));
  err.on("data", (d) => (text += d));
  return { streams: { out, err }, text: () => text };
}

const hostile: HostResult = {
  sender: "h1.example.com",
  ok: false,
  statuscode: 1,
  status: "ABORTED",
  statusmsg: "bad\u001b[2J\u0007 news\u009b31m \u202eevil\nsecond line",
  data: null,
  requestId: "x",
  rttMs: 1,
  actionMs: 1,
};

t.test("text from the network reaches the terminal with its control characters escaped", async (t) => {
  delete process.env.NO_COLOR;
  for (const tty of [false, true]) {
    const { streams, text } = capture(tty);
    const output = new Output("human", streams);
    output.hostResult(hostile);
    output.table([["ctl\u0001x", hostile.statusmsg]]);
    output.error(`no such host "x\u001b]0;title\u0007"`);
    const printed = text();
    const raw = printed.replace(/\u001b\[(0|1|31|33)m/g, "");
    t.notMatch(raw, /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202e]/, `tty=${tty}: no raw control character but the colours`);
    t.match(printed, /bad\\x1b\[2J\\x07 news\\x9b31m \\u202eevil\\x0asecond line/);
    t.match(printed, /ctl\\x01x/);
    if (!tty) t.notMatch(printed, /\u001b/, "no colour off a terminal");
    else t.match(printed, /\u001b\[1mh1\.example\.com\u001b\[0m/, "its own colours on a terminal");
  }
});

t.test("JSON output escapes what JSON leaves raw and terminals act on", async (t) => {
  const { streams, text } = capture(false);
  new Output("json", streams).json({ msg: hostile.statusmsg });
  t.notMatch(text(), /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202e]/);
  t.equal(JSON.parse(text()).msg, hostile.statusmsg, "and stays the same JSON value");
});
