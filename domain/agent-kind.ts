/**
 * The agents that push inventories to us: ours, and the ones IT teams already run, which speak
 * their own protocols (OCS Inventory's XML, FusionInventory's, the GLPI agent's JSON).
 */
export const AGENT_KINDS = ['capture-agent', 'ocs', 'fusioninventory', 'glpi'] as const;
export type AgentKind = (typeof AGENT_KINDS)[number];

/** A stored kind as the API names it: the capture agent's rows say `push`, from before other kinds existed. */
export function agentKindOf(stored: string): AgentKind {
  return (AGENT_KINDS as readonly string[]).includes(stored) ? (stored as AgentKind) : 'capture-agent';
}

/**
 * User-Agent headers as the agents send them (read from each agent's HTTP client):
 * "OCS-NG_unified_unix_agent_v2.10.0", "OCS-NG_WINDOWS_AGENT_v2.9.0.0", "FusionInventory-Agent_v2.6-3",
 * "GLPI-Agent_v1.12". The version is what follows `_v`.
 */
const USER_AGENTS: readonly { kind: Exclude<AgentKind, 'capture-agent'>; pattern: RegExp }[] = [
  { kind: 'ocs', pattern: /^OCS-NG_[\w-]*?_v(\S+)/i },
  { kind: 'fusioninventory', pattern: /^FusionInventory-Agent_v(\S+)/i },
  { kind: 'glpi', pattern: /^GLPI-Agent_v(\S+)/i },
];

/** The kind and version a User-Agent names; undefined for any other client. */
export function nativeAgentOf(userAgent: string | undefined): { kind: Exclude<AgentKind, 'capture-agent'>; version: string } | undefined {
  for (const { kind, pattern } of USER_AGENTS) {
    const version = pattern.exec(userAgent?.trim() ?? '')?.[1];
    if (version) {
      return { kind, version: version.slice(0, 64) };
    }
  }
  return undefined;
}
