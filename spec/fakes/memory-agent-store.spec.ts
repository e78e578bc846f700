import { describe } from 'node:test';
import { agentStoreContract } from './agent-store.contract';
import { MemoryAgentStore } from './memory-agent-store';

describe(MemoryAgentStore.name, () => {
  agentStoreContract(() => new MemoryAgentStore());
});
