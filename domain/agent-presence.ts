import { OFFLINE_AFTER_MS, type AgentRecord } from './agent-sync.service';
import type { Clock } from './clock';
import type { EventSink } from './events';

export interface AgentContactQueries {
  /** Push agents whose last contact is at or after `from` and before `to`. */
  findLastContactBetween(from: Date, to: Date): Promise<AgentRecord[]>;
}

/**
 * Announces `agent.offline` once per agent each time it goes Offline. Each check
 * covers the time since the previous one: the agents whose last contact crossed the
 * Offline threshold in that window, so windows never overlap and nothing is told
 * twice. An agent that goes offline while the server is stopped is not announced.
 */
export class AgentOfflineWatch {
  private checkedUpTo: Date;

  constructor(
    private readonly agents: AgentContactQueries,
    private readonly events: EventSink,
    private readonly clock: Clock,
  ) {
    this.checkedUpTo = clock.now();
  }

  /** Publishes the agents that went offline since the last check; answers how many. */
  async check(): Promise<number> {
    const from = this.checkedUpTo;
    const now = this.clock.now();
    if (now <= from) {
      return 0;
    }
    // Advanced before the query, so that overlapping calls take disjoint windows.
    this.checkedUpTo = now;
    let agents: AgentRecord[];
    try {
      agents = await this.agents.findLastContactBetween(new Date(from.getTime() - OFFLINE_AFTER_MS), new Date(now.getTime() - OFFLINE_AFTER_MS));
    } catch (error) {
      if (this.checkedUpTo === now) {
        this.checkedUpTo = from; // the next check covers this window again
      }
      throw error;
    }
    for (const agent of agents) {
      this.events.publish({
        type: 'agent.offline',
        occurredAt: now,
        data: { agentId: agent.id, uuid: agent.uuid, hostname: agent.hostname, equipmentId: agent.equipmentId, lastContactAt: (agent.lastContactAt ?? now).toISOString() },
      });
    }
    return agents.length;
  }
}
