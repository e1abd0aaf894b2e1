/**
 * `ampm man`: the manual page, in roff, made from the program's own
 * command definitions (usage, summary, options, help text), so it cannot
 * drift from `ampm <command> --help`.
 *
 *   ampm man | man -l -          ampm man > /usr/share/man/man1/ampm.1
 */
import type { Command, Option } from "commander";
import { EXIT_HELP } from "../program.js";

/** Text as roff reads it: backslashes and hyphens escaped, no line starting with a control character. */
export function roff(text: string): string {
  return text
    .replace(/\\/g, "\\e")
    .replace(/-/g, "\\-")
    .split("\n")
    .map((line) => (/^[.']/.test(line) ? `\\&${line}` : line))
    .join("\n");
}

function option(o: Option): string {
  const flags = o.flags.replace(/<[^>]+>|\[[^\]]+\]/g, (arg) => `\\fI${roff(arg)}\\fR`).replace(/(^|[ ,])(--?[\w-]+)/g, (_, pre: string, name: string) => `${pre}\\fB${roff(name)}\\fR`);
  return `.TP\n${flags}\n${roff(o.description)}`;
}

/** The text a command's addHelpText("after", ...) adds to its help. */
function afterHelp(cmd: Command): string {
  let text = "";
  (cmd as unknown as NodeJS.EventEmitter).emit("afterHelp", { error: false, command: cmd, write: (s: string) => (text += s) });
  return text.trim();
}

function section(title: string, body: string): string {
  return `.SH ${title}\n${body}`;
}

export function manPage(program: Command): string {
  const groups = new Map<string, Option[]>();
  for (const o of program.options) {
    const heading = o.helpGroupHeading ?? "Options:";
    groups.set(heading, [...(groups.get(heading) ?? []), o]);
  }
  const globals = [...groups].map(([heading, options]) => `.SS "${roff(heading.replace(/:$/, ""))}"\n${options.map(option).join("\n")}`).join("\n");
  const commands = program.commands
    .filter((c) => !(c as unknown as { _hidden?: boolean })._hidden)
    .map((c) => {
      const parts = [`.SS "ampm ${roff(c.name())} ${roff(c.usage())}"`, roff(c.description())];
      const own = c.options.filter((o) => !o.hidden);
      if (own.length) parts.push(".RS", own.map(option).join("\n"), ".RE");
      const after = afterHelp(c);
      if (after) parts.push(".PP", ".nf", ".RS", roff(after), ".RE", ".fi");
      return parts.join("\n");
    })
    .join("\n");
  return [
    `.TH AMPM 1 "" "ampm ${program.version()}" "ampm manual"`,
    section("NAME", `ampm \\- ${roff(program.description().replace(/\.$/, "").replace(/^Q/, "q"))}`),
    section("SYNOPSIS", `.B ampm\n[\\fIoptions\\fR] \\fIcommand\\fR [\\fIarguments\\fR] [\\fIoptions\\fR]`),
    section(
      "DESCRIPTION",
      roff(
        "Every hypervisor host runs ampm-agent on a NATS message bus; ampm fans requests out to many of them at once and gathers the replies. " +
          "Options of the groups below are accepted anywhere on the command line; each command has its own besides.",
      ),
    ),
    section("GLOBAL OPTIONS", globals),
    section("COMMANDS", commands),
    section(
      "ENVIRONMENT",
      [
        ["AMPM_SERVER, AMPM_SERVERS", "NATS server URLs, comma-separated (else NATS_URL)"],
        ["AMPM_KEY, AMPM_CALLER, AMPM_USER, AMPM_PASSWORD, AMPM_TOKEN, AMPM_CREDS", "as the connection options"],
        ["AMPM_TLS_CA, AMPM_TLS_CERT, AMPM_TLS_KEY", "TLS files"],
        ["AMPM_PROFILES", "profile directories, colon-separated"],
        ["AMPM_CONTEXT, AMPM_CONFIG", "the context and the config file to use"],
        ["AMPM_HOSTNAME", "the name of \"this machine\" for commands given none"],
        ["XDG_CONFIG_HOME", "where the config directory is (default ~/.config)"],
        ["NO_COLOR", "no colour on a terminal"],
      ]
        .map(([name, what]) => `.TP\n.B ${roff(name!)}\n${roff(what!)}`)
        .join("\n"),
    ),
    section(
      "FILES",
      [
        ["$XDG_CONFIG_HOME/ampm/client.yaml, /etc/ampm/client.yaml", "client config: servers, tls, key, profiles, timeout, ..."],
        ["$XDG_CONFIG_HOME/ampm/contexts/NAME.yaml", "a named context (ampm context)"],
        ["$XDG_CONFIG_HOME/ampm/context", "the name of the context in use"],
        ["$XDG_CONFIG_HOME/ampm/keys/NAME.nk", "caller keys (ampm keys create)"],
      ]
        .map(([name, what]) => `.TP\n.B ${roff(name!)}\n${roff(what!)}`)
        .join("\n"),
    ),
    section("EXIT STATUS", `.nf\n${roff(EXIT_HELP.replace(/^\s*Exit codes:\n/, ""))}\n.fi`),
    "",
  ].join("\n");
}

export function configure(cmd: Command): void {
  cmd.action(() => {
    process.stdout.write(manPage(cmd.parent!));
  });
}
