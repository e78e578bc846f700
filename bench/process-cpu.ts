/** CPU time of a process from /proc (Linux), for a bench's cost per request beside its throughput. */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

/** Clock ticks a second (USER_HZ): 100 on every Linux the benches run on. */
const TICKS_PER_SECOND = 100;

/** User plus system CPU seconds of `pid` (all its threads) so far; 0 when unreadable. */
export function cpuSecondsOf(pid: number): number {
  try {
    // Fields after the command name (which may hold spaces, hence after the last ')'): utime is the 14th, stime the 15th.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
  } catch {
    return 0;
  }
}

/** The local MariaDB (or MySQL) server's pid, when it runs on this machine. */
export function mariadbPid(): number | undefined {
  for (const entry of readdirSync('/proc')) {
    if (/^\d+$/.test(entry)) {
      try {
        const name = readFileSync(`/proc/${entry}/comm`, 'utf8').trim();
        if (name === 'mariadbd' || name === 'mysqld') {
          return Number(entry);
        }
      } catch {
        // gone meanwhile
      }
    }
  }
  return undefined;
}

/** CPU seconds so far of every process inside network namespace `namespace`, summed by command name (snmpsimd, snmpd...). */
export function namespaceCpuSeconds(namespace: string): Map<string, number> {
  const byCommand = new Map<string, number>();
  let pids: string[];
  try {
    pids = execFileSync('ip', ['netns', 'pids', namespace], { encoding: 'utf8' }).split('\n').filter(Boolean);
  } catch {
    return byCommand;
  }
  for (const pid of pids) {
    try {
      const command = readFileSync(`/proc/${pid}/comm`, 'utf8').trim();
      byCommand.set(command, (byCommand.get(command) ?? 0) + cpuSecondsOf(Number(pid)));
    } catch {
      // gone meanwhile
    }
  }
  return byCommand;
}

/** The 1-minute load average (Linux), or NaN. */
export function loadAverage(): number {
  try {
    return Number(readFileSync('/proc/loadavg', 'utf8').split(' ')[0]);
  } catch {
    return Number.NaN;
  }
}
