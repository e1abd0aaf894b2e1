import type { Command } from "commander";
import { UsageError } from "../usage.js";
import { withOutput } from "../session.js";

/**
 * Each shell's script asks `ampm __complete WORDS...` for the candidates of
 * the word being completed: one source (the commands' definitions, and the
 * fleet when a broker answers quickly) for every shell.
 */
const SCRIPTS: Readonly<Record<string, string>> = {
  bash: `# ampm completion for bash:  source <(ampm completion bash)   (or save it in /etc/bash_completion.d/ampm)
_ampm_complete() {
  local IFS=$'\\n' cur="\${COMP_WORDS[COMP_CWORD]}"
  local candidates
  candidates=$(ampm __complete "\${COMP_WORDS[@]:1:COMP_CWORD}" 2>/dev/null) || candidates=""
  COMPREPLY=($(compgen -W "$candidates" -- "$cur"))
}
complete -o default -F _ampm_complete ampm
`,
  zsh: `#compdef ampm
# ampm completion for zsh:  source <(ampm completion zsh)   (after compinit; or save it as _ampm on $fpath)
_ampm() {
  local -a candidates
  candidates=("\${(@f)$(ampm __complete "\${(@)words[2,CURRENT]}" 2>/dev/null)}")
  candidates=("\${(@)candidates:#}")
  if (( \${#candidates} == 0 )); then
    _files
  else
    compadd -a candidates
  fi
}
compdef _ampm ampm
`,
  fish: `# ampm completion for fish:  ampm completion fish | source   (or save it in ~/.config/fish/completions/ampm.fish)
function __ampm_complete
    set -l tokens (commandline -opc) (commandline -ct)
    set -l candidates (ampm __complete $tokens[2..-1] 2>/dev/null)
    if test (count $candidates) -eq 0
        __fish_complete_path (commandline -ct)
    else
        printf '%s\\n' $candidates
    end
end
complete -c ampm -f -a '(__ampm_complete)'
`,
};

export function configure(cmd: Command): void {
  cmd
    .addHelpText(
      "after",
      `
Completes commands, options, and their values: contexts, profiles, and the
host and instance names of the fleet when a broker answers within a second
(or none, and no wait beyond that).

  bash:  source <(ampm completion bash)          in ~/.bashrc
  zsh:   source <(ampm completion zsh)           in ~/.zshrc, after compinit
  fish:  ampm completion fish | source           in ~/.config/fish/config.fish`,
    )
    .action(async (shell: string, flags: { debug?: boolean }) => {
      process.exitCode = await withOutput(flags, (output) => {
        const script = SCRIPTS[shell];
        if (!script) throw new UsageError(`completion for which shell? ${Object.keys(SCRIPTS).join(", ")}, not "${shell}"`);
        output.raw(script);
        return 0;
      });
    });
}
