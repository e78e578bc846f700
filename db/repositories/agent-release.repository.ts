import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import type { AgentRelease, AgentReleaseStore } from '../../domain/agent-release.service';
import { AgentReleaseEntity } from '../entities/agent-release.entity';
import type { Transactor } from '../transactor';

const toRelease = ({ id: _id, ...release }: AgentReleaseEntity): AgentRelease => release;

export class TypeormAgentReleaseRepository implements AgentReleaseStore {
  constructor(
    private readonly dataSource: DataSource,
    private readonly transactor: Transactor,
  ) {}

  async list(): Promise<AgentRelease[]> {
    return (await this.dataSource.getRepository(AgentReleaseEntity).find({ order: { uploadedAt: 'DESC' } })).map(toRelease);
  }

  async findByVersion(version: string): Promise<AgentRelease | null> {
    const row = await this.dataSource.getRepository(AgentReleaseEntity).findOne({ where: { version } });
    return row && toRelease(row);
  }

  async current(): Promise<AgentRelease | null> {
    const row = await this.dataSource.getRepository(AgentReleaseEntity).findOne({ where: { current: true } });
    return row && toRelease(row);
  }

  async insert(release: AgentRelease): Promise<void> {
    await this.transactor.run(async (manager) => {
      if (release.current) {
        await manager.getRepository(AgentReleaseEntity).update({ current: true }, { current: false });
      }
      await manager.getRepository(AgentReleaseEntity).insert({ id: randomUUID(), ...release });
    });
  }

  async setCurrent(version: string): Promise<boolean> {
    return this.transactor.run(async (manager) => {
      const repository = manager.getRepository(AgentReleaseEntity);
      if (!(await repository.exists({ where: { version } }))) {
        return false;
      }
      await repository.update({ current: true }, { current: false });
      await repository.update({ version }, { current: true });
      return true;
    });
  }
}
