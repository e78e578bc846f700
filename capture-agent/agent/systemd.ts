import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { promisify } from 'node:util';
import { SERVICE_NAME } from './paths';

const run = promisify(execFile);

export const UNIT_NAME = `${SERVICE_NAME}.service`;

/** The exit code that asks the service manager for a restart (EX_TEMPFAIL): after an update. */
export const RESTART_EXIT_CODE = 75;

/** systemd as the installer drives it. */
export interface ServiceManager {
  /** False when the machine was not booted with systemd (a container, WSL without it): nothing can be started. */
  available(): boolean;
  systemctl(args: string[]): Promise<void>;
}

export const systemd: ServiceManager = {
  // sd_booted(3): systemd is PID 1 exactly when this folder exists.
  available: () => existsSync('/run/systemd/system'),
  systemctl: async (args) => {
    try {
      await run('systemctl', args, { timeout: 60_000 });
    } catch (error) {
      const stderr = (error as { stderr?: string }).stderr?.trim();
      throw new Error(`systemctl ${args.join(' ')} failed: ${stderr || (error as Error).message}`, { cause: error });
    }
  },
};

/** The unit: starts `current` (so an update is a link switch and a restart), restarts it whenever it exits. */
export function unitFile(options: { nodePath: string; scriptPath: string; dataDir: string }): string {
  const quote = (value: string) => (/[\s"\\]/.test(value) ? `"${value.replace(/(["\\])/g, '\\$1')}"` : value);
  return [
    '[Unit]',
    'Description=Inventory capture agent (serves the collector on TCP 7103, pushes the inventory to the portal)',
    'Wants=network-online.target',
    'After=network-online.target',
    '',
    '[Service]',
    'Type=simple',
    `ExecStart=${[options.nodePath, options.scriptPath, 'run', '--data-dir', options.dataDir].map(quote).join(' ')}`,
    'Environment=AGENT_SERVICE=systemd',
    'Restart=always',
    'RestartSec=5',
    // Logs go to the journal through stderr, and to the data folder's rolling file.
    'StandardOutput=journal',
    'StandardError=journal',
    '',
    '[Install]',
    'WantedBy=multi-user.target',
    '',
  ].join('\n');
}
