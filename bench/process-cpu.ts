/** CPU time of a process from /proc (Linux), for a bench's cost per request beside its throughput. */
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
