// The ampm fleet page: preact + htm, no build step. Everything it shows comes
// from the REST API (/api/v1); it updates live from /api/v1/events.
import { h, render } from "preact";
import { useCallback, useEffect, useRef, useState } from "preact/hooks";
import htm from "htm";

const html = htm.bind(h);

// Names and messages come from the network: controls and bidi overrides are shown escaped, never acted on.
// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
const safe = (v) => String(v ?? "").replace(CONTROLS, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);

let csrfToken = "";

class ApiError extends Error {
  constructor(problem) {
    super(problem.detail || problem.title || "error");
    this.problem = problem;
  }
}

async function api(path, options = {}) {
  const init = { method: options.method ?? "GET", headers: { Accept: "application/json" }, credentials: "same-origin" };
  if (init.method !== "GET") {
    init.headers["Content-Type"] = "application/json";
    init.headers["X-CSRF-Token"] = csrfToken;
    init.body = JSON.stringify(options.body ?? {});
  }
  const res = await fetch(`/api/v1${path}`, init);
  const data = await res.json().catch(() => ({ detail: `${res.status} ${res.statusText}` }));
  if (!res.ok) throw new ApiError({ status: res.status, ...data });
  return data;
}

function problemText(err) {
  const p = err.problem;
  if (!p) return String(err.message ?? err);
  const lines = [`${p.status} ${p.title ?? ""}: ${p.detail}`];
  for (const f of p.failures ?? []) lines.push(`  ${f.sender}: ${f.status} ${f.statusmsg}`);
  for (const v of p.verdicts ?? []) if (!v.ok) lines.push(`  ${v.identity}: ${v.reasons.join("; ")}`);
  return safe(lines.join("\n"));
}

function Login({ onLogin }) {
  const [error, setError] = useState("");
  const submit = async (e) => {
    e.preventDefault();
    const form = new FormData(e.target);
    try {
      const s = await api("/login", { method: "POST", body: { user: form.get("user"), password: form.get("password") } });
      onLogin(s);
    } catch (err) {
      setError(problemText(err));
    }
  };
  return html`<form class="login" onSubmit=${submit}>
    <h1>ampm fleet</h1>
    ${error && html`<div class="error">${error}</div>`}
    <label>User <input name="user" autocomplete="username" required /></label>
    <label>Password <input name="password" type="password" autocomplete="current-password" required /></label>
    <button class="act primary" type="submit">Log in</button>
  </form>`;
}

function SlotBar({ used, total }) {
  const pct = total > 0 ? Math.min(100, Math.round((used / total) * 100)) : 0;
  return html`<span class="slots" title="${used} of ${total} slots used"><span style=${`width:${pct}%`}></span></span>`;
}

function HostRow({ host, canAct, selected, onSelect, act }) {
  const [reason, setReason] = useState("");
  return html`<tr data-host=${host.identity}>
    <td><strong>${safe(host.identity)}</strong><div class="muted">${safe(host.driver)} · ${host.tags.map(safe).join(", ")}</div></td>
    <td>
      <span class=${`badge ${host.enabled ? "enabled" : "disabled"}`} data-state>${host.enabled ? "enabled" : "disabled"}</span>
      ${!host.enabled && host.reason && html`<div class="muted" data-reason>${safe(host.reason)}${host.changedBy ? ` (by ${safe(host.changedBy)})` : ""}</div>`}
    </td>
    <td><${SlotBar} used=${host.usedSlots} total=${host.slots} /><span data-slots>${host.usedSlots}/${host.slots}</span> <span class="muted">(${host.slots - host.usedSlots} free)</span></td>
    <td>
      ${host.instances.length === 0 && html`<span class="muted">none</span>`}
      ${host.instances
        .slice()
        .sort((a, b) => a.hostname.localeCompare(b.hostname))
        .map(
          (i) => html`<button class=${`inst ${safe(i.state).replace(/\W/g, "")} ${selected === i.hostname ? "selected" : ""}`} data-instance=${i.hostname} onClick=${() => onSelect(i.hostname)} title=${`${safe(i.profile)} · ${safe(i.state)}`}>
            ${safe(i.hostname)}${i.state !== "running" ? html` <span class="muted">(${safe(i.state)})</span>` : ""}
          </button>`,
        )}
    </td>
    ${canAct &&
    html`<td class="actions">
      ${host.enabled
        ? html`<input placeholder="reason" size="14" value=${reason} onInput=${(e) => setReason(e.target.value)} aria-label=${`reason to disable ${host.identity}`} />
            <button class="act" onClick=${() => act(`/hosts/${encodeURIComponent(host.identity)}/disable`, { reason }, `disabled ${host.identity}`)}>Disable</button>`
        : html`<button class="act" onClick=${() => act(`/hosts/${encodeURIComponent(host.identity)}/enable`, { reason: "" }, `enabled ${host.identity}`)}>Enable</button>`}
      ${host.instances.length > 0 && html`<button class="act" onClick=${() => act.plan(host.identity)}>Evacuate…</button>`}
    </td>`}
  </tr>`;
}

function InstancePanel({ name, hosts, canAct, act }) {
  const [data, setData] = useState(null);
  const [error, setError] = useState("");
  const [target, setTarget] = useState("");
  const load = useCallback(async () => {
    try {
      const [instance, placement] = await Promise.all([api(`/instances/${encodeURIComponent(name)}`), api(`/instances/${encodeURIComponent(name)}/placement`)]);
      setData({ instance, placement });
      setError("");
    } catch (err) {
      setError(problemText(err));
    }
  }, [name]);
  useEffect(() => {
    void load();
  }, [name, hosts]);
  if (error) return html`<section><h2>${safe(name)}</h2><div class="error">${error}</div></section>`;
  if (!data) return html`<section><h2>${safe(name)}</h2><p class="muted">Loading…</p></section>`;
  const i = data.instance;
  const r = i.resources ?? {};
  return html`<section data-panel="instance">
    <h2>Instance ${safe(i.hostname)}</h2>
    <div class="grid">
      <dl>
        <dt>host</dt><dd data-instance-host>${safe(i.host)}</dd>
        <dt>state</dt><dd data-instance-state>${safe(i.state)}</dd>
        <dt>profile</dt><dd>${safe(i.profile)}</dd>
        <dt>category</dt><dd>${safe(i.category)}</dd>
        <dt>resources</dt><dd>${r.vcpus ?? "?"} vcpus, ${r.memoryMb ?? "?"} MB</dd>
        <dt>storage</dt><dd>${(i.volumes ?? []).map((v) => html`<div>${safe(v.name)}: ${safe(v.storage)}, ${Math.round(Number(v.sizeBytes ?? 0) / 1048576)} MB</div>`)}</dd>
        <dt>tags</dt><dd>${(i.tags ?? []).map(safe).join(", ") || "-"}</dd>
      </dl>
      <div>
        ${canAct &&
        html`<div style="margin-bottom:8px">
          ${i.state === "paused"
            ? html`<button class="act" onClick=${() => act(`/instances/${encodeURIComponent(i.hostname)}/resume`, {}, `resumed ${i.hostname}`)}>Resume</button>`
            : html`<button class="act" onClick=${() => act(`/instances/${encodeURIComponent(i.hostname)}/pause`, {}, `paused ${i.hostname}`)}>Pause</button>`}
          <select aria-label="migration target" value=${data.placement.verdicts.some((v) => v.ok && v.identity === target) ? target : ""} onChange=${(e) => setTarget(e.target.value)}>
            <option value="">best host (placement)</option>
            ${data.placement.verdicts.filter((v) => v.ok).map((v) => html`<option value=${v.identity}>${safe(v.identity)}</option>`)}
          </select>
          <button class="act primary" onClick=${() => act(`/instances/${encodeURIComponent(i.hostname)}/migrate`, target ? { target } : {}, `migration of ${i.hostname} started`)}>Migrate</button>
        </div>`}
        <table data-placement>
          <thead><tr><th>Host</th><th>Placement</th></tr></thead>
          <tbody>
            ${data.placement.verdicts.map(
              (v) => html`<tr data-verdict=${v.identity}><td>${safe(v.identity)}</td><td>${v.ok ? html`<span class="badge enabled">fits</span> <span class="muted">score ${Math.round(v.score)}</span>` : html`<span class="muted">${v.reasons.map(safe).join("; ")}</span>`}</td></tr>`,
            )}
          </tbody>
        </table>
      </div>
    </div>
  </section>`;
}

// A migration's phases in order: its bar moves through them (each phase's own percent within its share).
const STEPS = {
  migrate: ["queued", "begin", "live", "stop", "export", "serve", "upload", "handoff", "wait", "cleanup"],
  "migrate-in": ["queued", "accepted", "download", "import", "define", "defined", "start"],
};

function overall(j) {
  if (j.state === "done") return 100;
  const steps = STEPS[j.kind];
  const i = steps ? steps.indexOf(j.phase) : -1;
  const percent = Number(j.percent ?? 0);
  return Math.round(i < 0 ? percent : (100 * (i + percent / 100)) / steps.length);
}

/** Jobs by id, a change kept only when it is not older than what is there. */
function newer(all, job) {
  const old = all[job.id];
  return old && Number(old.updatedAtMs) > Number(job.updatedAtMs) ? all : { ...all, [job.id]: job };
}

function Jobs({ jobs }) {
  const list = Object.values(jobs).sort((a, b) => Number(b.startedAtMs) - Number(a.startedAtMs)).slice(0, 12);
  return html`<section data-panel="jobs">
    <h2>Jobs</h2>
    ${list.length === 0 && html`<p class="muted">No jobs yet.</p>`}
    <table>
      ${list.length > 0 && html`<thead><tr><th>Job</th><th>What</th><th style="width:35%">Progress</th><th>State</th></tr></thead>`}
      <tbody>
        ${list.map(
          (j) => html`<tr data-job=${j.id} data-job-kind=${j.kind} data-job-instance=${j.instance} data-job-state=${j.state}>
            <td><code>${safe(j.id)}</code><div class="muted">${safe(j.caller)}</div></td>
            <td>${safe(j.kind)} ${safe(j.instance)} <span class="muted">${safe(j.host)}${j.target ? ` → ${safe(j.target)}` : ""}</span></td>
            <td><div class="progress" role="progressbar" aria-valuenow=${overall(j)} aria-valuemin="0" aria-valuemax="100"><span style=${`width:${overall(j)}%`}></span></div><div class="muted">${safe(j.phase)}${j.message ? ` · ${safe(j.message)}` : ""}</div></td>
            <td><span class=${`badge ${j.state === "failed" ? "failed" : j.state === "done" ? "enabled" : "disabled"}`}>${safe(j.state)}</span></td>
          </tr>`,
        )}
      </tbody>
    </table>
  </section>`;
}

function Audit({ entries }) {
  return html`<section data-panel="audit">
    <h2>Audit <span class="muted">(newest first; changes and refusals)</span></h2>
    <table>
      <thead><tr><th>Time (UTC)</th><th>Host</th><th>Caller</th><th>Action</th><th>Instance</th><th>Status</th></tr></thead>
      <tbody>
        ${entries
          .slice()
          .reverse()
          .slice(0, 30)
          .map(
            (e) => html`<tr>
              <td>${safe(e.time).replace("T", " ").replace(/\.\d+Z$/, "")}</td><td>${safe(e.host)}</td><td>${safe(e.caller)}${e.authenticated ? "" : html` <span class="muted">(unverified)</span>`}</td>
              <td>${safe(e.agent)}.${safe(e.action)}</td><td>${(e.instances ?? []).map(safe).join(", ") || "-"}</td>
              <td title=${safe(e.statusmsg)}><span class=${`badge ${e.status === "OK" ? "enabled" : "failed"}`}>${safe(e.status)}</span></td>
            </tr>`,
          )}
      </tbody>
    </table>
  </section>`;
}

function Plan({ plan, onConfirm, onCancel }) {
  return html`<section data-panel="plan">
    <h2>Evacuation plan for ${safe(plan.host)} (dry run)</h2>
    <table><tbody>${plan.entries.map((p) => html`<tr><td>${safe(p.instance)}</td><td>${p.target ? `→ ${safe(p.target)}` : html`<span class="badge failed">no place</span> ${safe(p.reason)}`}</td></tr>`)}</tbody></table>
    ${plan.entries.length === 0 && html`<p class="muted">Nothing to move.</p>`}
    <p><button class="act primary" onClick=${onConfirm} disabled=${plan.entries.length === 0}>Evacuate</button><button class="act" onClick=${onCancel}>Cancel</button></p>
  </section>`;
}

function NewInstance({ canAct, act, hosts }) {
  const [profiles, setProfiles] = useState([]);
  const [profile, setProfile] = useState("");
  const [hostname, setHostname] = useState("");
  const [container, setContainer] = useState("");
  const [verdicts, setVerdicts] = useState(null);
  const [error, setError] = useState("");
  useEffect(() => {
    api("/profiles").then((r) => {
      setProfiles(r.profiles);
      if (r.profiles[0]) setProfile(r.profiles[0].name);
    }, () => undefined);
  }, []);
  useEffect(() => {
    if (!profile) return;
    api(`/placement?profile=${encodeURIComponent(profile)}`).then(
      (r) => {
        setVerdicts(r.verdicts);
        setError("");
      },
      (err) => setError(problemText(err)),
    );
  }, [profile, hosts]);
  if (profiles.length === 0) return null;
  return html`<section data-panel="new">
    <h2>New instance</h2>
    <p>
      <select aria-label="profile" value=${profile} onChange=${(e) => setProfile(e.target.value)}>
        ${profiles.map((p) => html`<option value=${p.name}>${safe(p.name)}</option>`)}
      </select>
      ${canAct &&
      html` <input aria-label="new instance hostname" placeholder="hostname" value=${hostname} onInput=${(e) => setHostname(e.target.value)} />
        <select aria-label="create on" value=${container} onChange=${(e) => setContainer(e.target.value)}>
          <option value="">best host (placement)</option>
          ${(verdicts ?? []).filter((v) => v.ok).map((v) => html`<option value=${v.identity}>${safe(v.identity)}</option>`)}
        </select>
        <button class="act primary" disabled=${!hostname} onClick=${() => act("/instances", { hostname, profile, ...(container ? { container } : {}) }, `creating ${hostname}`)}>Create</button>`}
    </p>
    ${error && html`<div class="error">${error}</div>`}
    ${verdicts &&
    html`<table data-profile-placement>
      <thead><tr><th>Host</th><th>Placement of a new ${safe(profile)}</th></tr></thead>
      <tbody>${verdicts.map((v) => html`<tr data-verdict=${v.identity}><td>${safe(v.identity)}</td><td>${v.ok ? html`<span class="badge enabled">fits</span> <span class="muted">score ${Math.round(v.score)}</span>` : html`<span class="muted">${v.reasons.map(safe).join("; ")}</span>`}</td></tr>`)}</tbody>
    </table>`}
  </section>`;
}

function Fleet({ session, onLogout }) {
  const [hosts, setHosts] = useState([]);
  const [failed, setFailed] = useState([]);
  const [error, setError] = useState("");
  const [note, setNote] = useState("");
  const [selected, setSelected] = useState("");
  const [jobs, setJobs] = useState({});
  const [audit, setAudit] = useState([]);
  const [plan, setPlan] = useState(null);
  const [live, setLive] = useState(false);
  const canAct = session.role === "operator";
  const timer = useRef(0);

  const refresh = useCallback(async () => {
    try {
      const r = await api("/hosts");
      setHosts(r.hosts);
      setFailed(r.failed);
      setError("");
    } catch (err) {
      setHosts([]);
      setError(problemText(err));
    }
    api("/audit?limit=100&since=24h").then((r) => setAudit(r.entries), () => undefined);
  }, []);
  const soon = useCallback(() => {
    clearTimeout(timer.current);
    timer.current = setTimeout(refresh, 250);
  }, [refresh]);

  useEffect(() => {
    void refresh();
    api("/jobs").then((r) => setJobs(Object.fromEntries(r.jobs.map((j) => [j.id, j]))), () => undefined);
    const events = new EventSource("/api/v1/events");
    events.onopen = () => setLive(true);
    events.onerror = () => setLive(false);
    events.addEventListener("job", (e) => {
      const job = JSON.parse(e.data);
      setJobs((all) => newer(all, job));
      if (job.state !== "running") soon();
    });
    events.addEventListener("change", () => soon());
    return () => events.close();
  }, []);

  const act = async (path, body, done) => {
    setNote("");
    setError("");
    try {
      const r = await api(path, { method: "POST", body });
      if (r.job) setJobs((all) => newer(all, r.job));
      setNote(done);
      soon();
      return r;
    } catch (err) {
      setError(problemText(err));
    }
  };
  act.plan = async (host) => {
    const r = await act(`/hosts/${encodeURIComponent(host)}/evacuate`, { dryRun: true }, `plan for ${host}`);
    if (r) setPlan({ host, entries: r.plan });
  };

  const logout = async () => {
    await api("/logout", { method: "POST" }).catch(() => undefined);
    onLogout();
  };
  const slots = hosts.reduce((s, h) => s + h.slots, 0);
  const used = hosts.reduce((s, h) => s + h.usedSlots, 0);
  const instances = hosts.reduce((s, h) => s + h.instances.length, 0);

  return html`<div>
    <header>
      <h1>ampm fleet</h1>
      <span class="muted">${hosts.length} hosts · ${instances} instances · ${used}/${slots} slots used</span>
      <span class=${`live ${live ? "on" : ""}`}>${live ? "live" : "offline"}</span>
      <span class="who" data-user>${safe(session.user)} (${safe(session.role)})${session.logins ? html` <button class="act" onClick=${logout}>Log out</button>` : ""}</span>
    </header>
    ${error && html`<div class="error" data-error>${error}</div>`}
    ${note && html`<div class="note" data-note>${safe(note)}</div>`}
    ${plan && html`<${Plan} plan=${plan} onCancel=${() => setPlan(null)} onConfirm=${async () => {
      const host = plan.host;
      setPlan(null);
      await act(`/hosts/${encodeURIComponent(host)}/evacuate`, {}, `evacuating ${host}`);
    }} />`}
    <section data-panel="hosts">
      <h2>Hosts</h2>
      <table>
        <thead><tr><th>Host</th><th>State</th><th>Slots</th><th>Instances</th>${canAct && html`<th>Actions</th>`}</tr></thead>
        <tbody>${hosts.map((host) => html`<${HostRow} key=${host.identity} host=${host} canAct=${canAct} selected=${selected} onSelect=${setSelected} act=${act} />`)}</tbody>
      </table>
      ${failed.length > 0 && html`<div class="error">${failed.map((f) => `${safe(f.sender)}: ${safe(f.status)} ${safe(f.statusmsg)}`).join("\n")}</div>`}
    </section>
    ${selected && html`<${InstancePanel} name=${selected} hosts=${hosts} canAct=${canAct} act=${act} />`}
    <${Jobs} jobs=${jobs} />
    <${NewInstance} canAct=${canAct} act=${act} hosts=${hosts} />
    <${Audit} entries=${audit} />
  </div>`;
}

function App() {
  const [session, setSession] = useState(undefined);
  useEffect(() => {
    api("/session").then(
      (s) => {
        csrfToken = s.csrfToken;
        setSession(s);
      },
      () => setSession(null),
    );
  }, []);
  if (session === undefined) return html`<p class="muted">Loading…</p>`;
  if (session === null)
    return html`<${Login}
      onLogin=${(s) => {
        csrfToken = s.csrfToken;
        setSession(s);
      }}
    />`;
  return html`<${Fleet} session=${session} onLogout=${() => setSession(null)} />`;
}

render(html`<${App} />`, document.getElementById("app"));
