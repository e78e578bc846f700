import type { AgentApiClient } from '../../domain/agent-access';
import type { AgentClientStore } from '../../domain/agent-access.service';

/**
 * The agent API clients (db/repositories/agent.repository.ts, TypeormAgentClientRepository)
 * in memory: saved by id, listed oldest first, the client ID unique.
 */
export class MemoryAgentClientStore implements AgentClientStore {
  private readonly clients = new Map<string, AgentApiClient>();

  /** `agents`: who counts the agents that last synced with a client ID (the agents table). */
  constructor(private readonly agents: { countUsing(clientId: string): number } = { countUsing: () => 0 }) {}

  async list(): Promise<AgentApiClient[]> {
    return [...this.clients.values()].sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime()).map((client) => ({ ...client }));
  }

  async save(client: AgentApiClient): Promise<void> {
    const taken = [...this.clients.values()].find((other) => other.clientId === client.clientId && other.id !== client.id);
    if (taken) {
      // What the unique key on client_id answers; AgentAccessService counts on it when two first requests race.
      throw Object.assign(new Error(`UNIQUE constraint failed: agent_api_clients.client_id (${client.clientId})`), { code: 'SQLITE_CONSTRAINT_UNIQUE' });
    }
    this.clients.set(client.id, { ...client });
  }

  async remove(id: string): Promise<void> {
    this.clients.delete(id);
  }

  async countAgentsUsing(clientId: string): Promise<number> {
    return this.agents.countUsing(clientId);
  }
}
