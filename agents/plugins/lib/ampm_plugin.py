"""Helpers for ampm.plugin.v1 plugins written in Python (standard library only).

A plugin is run once per action: one JSON request on stdin, one JSON reply on
stdout, logs on stderr. This module does that part, so a plugin is a dict of
action functions:

    import ampm_plugin as ap

    def create(req):
        ...                      # req.data, req.config, req.facts, req.state_dir
        return {"path": path}    # the reply's data

    ap.main({"probe": probe, "create": create})

Raise ap.PluginError(message, status) to fail with a status; any other
exception becomes UNKNOWN_ERROR with its message (the traceback goes to stderr).
"""
import hashlib
import json
import os
import re
import subprocess
import sys
import traceback

PROTOCOL = "ampm.plugin.v1"
OK, ABORTED, UNKNOWN_ACTION, MISSING_DATA, INVALID_DATA, UNKNOWN_ERROR, UNAUTHORIZED, EXPIRED, BUSY, TIMEOUT = range(10)

NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$")


class PluginError(Exception):
    def __init__(self, message, status=ABORTED):
        super().__init__(message)
        self.status = status


class Request:
    def __init__(self, doc):
        self.doc = doc
        self.action = doc.get("action")
        self.data = doc.get("data") or {}
        self.config = doc.get("config") or {}
        self.facts = doc.get("facts") or {}
        self.request_id = doc.get("request_id", "")
        self.deadline_ms = doc.get("deadline_ms")
        self.state_dir = os.environ.get("AMPM_STATE_DIR") or os.getcwd()


def log(message):
    print(message, file=sys.stderr, flush=True)


def progress(done, total=None, message=None):
    """Reports progress; the agent forwards it as an event (a progress bar on the caller's terminal)."""
    report = {"done": done}
    if total is not None:
        report["total"] = total
    if message:
        report["message"] = message
    print("AMPM-PROGRESS " + json.dumps(report), file=sys.stderr, flush=True)


def check_name(value, what="volume"):
    """Names become file names: no slashes, no leading dot, at most 128 characters."""
    if not isinstance(value, str) or not NAME.match(value):
        raise PluginError(f"invalid {what} name {value!r}: letters, digits, '.', '_', '-' only", INVALID_DATA)
    return value


def run(argv, what=None, **kwargs):
    """Runs a command (argv list, never a shell); its failure is a PluginError with the command's stderr."""
    try:
        return subprocess.run(argv, check=True, capture_output=True, text=True, **kwargs)
    except FileNotFoundError:
        raise PluginError(f"{argv[0]} is not installed")
    except subprocess.CalledProcessError as e:
        detail = (e.stderr or e.stdout or "").strip().splitlines()
        raise PluginError(f"{what or argv[0]} failed (exit {e.returncode}): {' '.join(detail[-3:])}")


def sha256_file(path, chunk=1 << 20):
    h = hashlib.sha256()
    with open(path, "rb") as f:
        while True:
            block = f.read(chunk)
            if not block:
                return h.hexdigest()
            h.update(block)


def reply(statuscode, statusmsg, data=None):
    doc = {"statuscode": statuscode, "statusmsg": statusmsg}
    if data is not None:
        doc["data"] = data
    sys.stdout.write(json.dumps(doc) + "\n")
    sys.stdout.flush()


def main(actions):
    try:
        doc = json.load(sys.stdin)
    except ValueError as e:
        reply(INVALID_DATA, f"stdin is not a JSON document: {e}")
        return 0
    if not isinstance(doc, dict) or doc.get("protocol") != PROTOCOL:
        reply(INVALID_DATA, f"expected a {PROTOCOL} request on stdin")
        return 0
    req = Request(doc)
    action = actions.get(req.action)
    if action is None:
        reply(UNKNOWN_ACTION, f"no action {req.action!r} (have: {', '.join(sorted(actions))})")
        return 0
    try:
        data = action(req)
    except PluginError as e:
        reply(e.status, str(e))
        return 0
    except Exception as e:  # the plugin's own bug: say what, keep the traceback in the log
        traceback.print_exc(file=sys.stderr)
        reply(UNKNOWN_ERROR, f"{type(e).__name__}: {e}")
        return 0
    reply(OK, "OK", data if data is not None else {})
    return 0
