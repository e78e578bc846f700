import path from 'node:path';

/** Where the agent keeps its config, state, logs and downloads. */
export interface AgentPaths {
  dataDir: string;
  configFile: string;
  stateFile: string;
  logFile: string;
  downloadDir: string;
}

export const SERVICE_NAME = 'inventory-capture-agent';

/** `/var/lib/inventory-capture-agent`, or `%ProgramData%\inventory-capture-agent` on Windows. */
export function defaultDataDir(platform: NodeJS.Platform = process.platform, env: NodeJS.ProcessEnv = process.env): string {
  if (platform === 'win32') {
    return path.win32.join(env.ProgramData ?? 'C:\\ProgramData', SERVICE_NAME);
  }
  return path.posix.join('/var/lib', SERVICE_NAME);
}

/** `--data-dir` wins over `AGENT_DATA_DIR`, which wins over the platform's default. */
export function resolvePaths(dataDirFlag: string | undefined, env: NodeJS.ProcessEnv = process.env): AgentPaths {
  const dataDir = path.resolve(dataDirFlag ?? env.AGENT_DATA_DIR ?? defaultDataDir(process.platform, env));
  return {
    dataDir,
    configFile: path.join(dataDir, 'config.json'),
    stateFile: path.join(dataDir, 'state.json'),
    logFile: path.join(dataDir, 'logs', 'agent.log'),
    downloadDir: path.join(dataDir, 'downloads'),
  };
}
