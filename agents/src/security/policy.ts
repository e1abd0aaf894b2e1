/**
 * Action policy: may this caller run agent.action on this host?
 *
 *   rules, in order (first match wins) ─▶ the caller's roles ─▶ the default
 *
 * A policy file (re-read on reload):
 *
 *   default: deny                  # or allow; deny when absent
 *   roles:                         # add roles, or change the built-in ones
 *     imager: [hypervisor.image_*, hypervisor.redeploy, hypervisor.jobs]
 *   rules:
 *     - effect: deny
 *       actions: [hypervisor.destroy]
 *       when: tags has production   # a filter expression on this host
 *       reason: production instances go through change control
 *     - effect: allow
 *       callers: [bob]             # names or public keys
 *       actions: [hypervisor.migrate, hypervisor.jobs]
 *
 * A rule matches when every selector it has matches (callers, roles,
 * actions, when); a rule without selectors matches every request.
 */
import { ConfigError } from "../../../proto/wire/index.js";
import { check, compileSchema, FilterMatcher, identityMatcher, parseExpression, readYamlFile, type HostView } from "../../../proto/domain/index.js";
import { BUILTIN_ROLES } from "./settings.js";

export type Effect = "allow" | "deny";

export interface PolicyRule {
  effect: Effect;
  callers?: string[];
  roles?: string[];
  actions?: string[];
  when?: string;
  reason?: string;
}

export interface PolicyDocument {
  default?: Effect;
  roles?: Record<string, string[]>;
  rules?: PolicyRule[];
}

/** Who is asking, as far as policy cares. */
export interface Principal {
  name: string;
  key: string;
  roles: readonly string[];
}

export interface Decision {
  allow: boolean;
  /** What decided: "rule 2", "role operator", "default". */
  by: string;
  reason?: string;
}

const list = { type: "array", items: { type: "string", minLength: 1 } };
const SCHEMA = {
  type: "object",
  additionalProperties: false,
  properties: {
    default: { enum: ["allow", "deny"] },
    roles: { type: "object", additionalProperties: list },
    rules: {
      type: "array",
      items: {
        type: "object",
        additionalProperties: false,
        required: ["effect"],
        properties: {
          effect: { enum: ["allow", "deny"] },
          callers: list,
          roles: list,
          actions: list,
          when: { type: "string", minLength: 1 },
          reason: { type: "string" },
        },
      },
    },
  },
} as const;

interface CompiledRule extends PolicyRule {
  matchAction: (name: string) => boolean;
}

function actionMatcher(patterns: readonly string[]): (name: string) => boolean {
  const matchers = patterns.map((p) => identityMatcher(p));
  return (name) => matchers.some((m) => m(name));
}

export class Policy {
  private readonly rules: CompiledRule[];
  private readonly roles: Map<string, (name: string) => boolean>;
  private readonly matcher = new FilterMatcher();
  readonly defaultEffect: Effect;

  constructor(doc: PolicyDocument, fallback: Effect) {
    this.defaultEffect = doc.default ?? fallback;
    const roles = { ...BUILTIN_ROLES, ...(doc.roles ?? {}) };
    this.roles = new Map(Object.entries(roles).map(([name, actions]) => [name, actionMatcher(actions)]));
    this.rules = (doc.rules ?? []).map((rule, i) => {
      if (rule.when) {
        try {
          parseExpression(rule.when);
        } catch (err) {
          throw new ConfigError(`rules[${i}].when: ${(err as Error).message}`, { cause: err });
        }
      }
      try {
        return { ...rule, matchAction: rule.actions ? actionMatcher(rule.actions) : () => true };
      } catch (err) {
        throw new ConfigError(`rules[${i}].actions: ${(err as Error).message}`, { cause: err });
      }
    });
  }

  /** The policy file's, or the built-in roles with `fallback` as the default when there is no file. */
  static load(file: string | undefined, fallback: Effect): Policy {
    if (!file) return new Policy({}, fallback);
    const doc = readYamlFile(file, "policy file") ?? {};
    const problems = check(compileSchema(SCHEMA), doc);
    if (problems.length > 0) throw new ConfigError(`policy file ${file}: ${problems.map((p) => p.message).join("; ")}`);
    try {
      return new Policy(doc as PolicyDocument, "deny");
    } catch (err) {
      throw new ConfigError(`policy file ${file}: ${(err as Error).message}`, { cause: err });
    }
  }

  /** The actions a role grants, as a predicate; undefined for an unknown role. */
  role(name: string): ((action: string) => boolean) | undefined {
    return this.roles.get(name);
  }

  decide(who: Principal, agent: string, action: string, host: () => HostView): Decision {
    const name = `${agent}.${action}`;
    for (const [i, rule] of this.rules.entries()) {
      if (rule.callers && !rule.callers.some((c) => c === who.name || (who.key !== "" && c === who.key))) continue;
      if (rule.roles && !rule.roles.some((r) => who.roles.includes(r))) continue;
      if (!rule.matchAction(name)) continue;
      if (rule.when && !this.matcher.matches({ where: rule.when }, host())) continue;
      return { allow: rule.effect === "allow", by: `rule ${i + 1}`, reason: rule.reason };
    }
    for (const role of who.roles) {
      if (this.roles.get(role)?.(name)) return { allow: true, by: `role ${role}` };
    }
    return { allow: this.defaultEffect === "allow", by: "default" };
  }
}
