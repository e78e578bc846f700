import { AgentConfigError } from './config';
import { isParameterArgument } from './parameters';

export const COMMANDS = ['run', 'sync', 'serve', 'inventory', 'status', 'configure', 'install', 'uninstall', 'version', 'help'] as const;
export type Command = (typeof COMMANDS)[number];

export interface CliArguments {
  command: Command;
  parameters: string[];
  flags: { dataDir?: string; once: boolean; keepData: boolean; prefix?: string; unitDir?: string; binDir?: string };
}

const VALUE_FLAGS = { '--data-dir': 'dataDir', '--prefix': 'prefix', '--unit-dir': 'unitDir', '--bin-dir': 'binDir' } as const;
const SWITCHES = { '--once': 'once', '--keep-data': 'keepData' } as const;

/** `capture-agent <command> [--flags] [KEY=value...]`; anything unknown is an error naming it. */
export function parseCliArguments(argv: readonly string[]): CliArguments {
  const problems: string[] = [];
  const parameters: string[] = [];
  const flags: CliArguments['flags'] = { once: false, keepData: false };
  let command: Command | undefined;
  for (let index = 0; index < argv.length; index++) {
    const argument = argv[index] ?? '';
    const [name, inline] = argument.startsWith('--') ? splitFlag(argument) : [argument, undefined];
    if (name in VALUE_FLAGS) {
      const value = inline ?? argv[++index];
      if (!value) {
        problems.push(`${name} needs a value`);
      } else {
        flags[VALUE_FLAGS[name as keyof typeof VALUE_FLAGS]] = value;
      }
    } else if (name in SWITCHES) {
      flags[SWITCHES[name as keyof typeof SWITCHES]] = true;
    } else if (name === '--help' || name === '-h') {
      command = 'help';
    } else if (name === '--version') {
      command = 'version';
    } else if (argument.startsWith('-')) {
      problems.push(`unknown option ${argument}`);
    } else if (isParameterArgument(argument)) {
      parameters.push(argument);
    } else if (!command && (COMMANDS as readonly string[]).includes(argument)) {
      command = argument as Command;
    } else {
      problems.push(command ? `unexpected argument ${argument}` : `unknown command ${argument} (commands: ${COMMANDS.join(', ')})`);
    }
  }
  if (command === 'sync' && !flags.once) {
    problems.push('sync runs once: write `sync --once` (the service, `run`, syncs every hour)');
  }
  if (problems.length > 0) {
    throw new AgentConfigError('command line', problems);
  }
  return { command: command ?? 'help', parameters, flags };
}

function splitFlag(argument: string): [string, string | undefined] {
  const equals = argument.indexOf('=');
  return equals < 0 ? [argument, undefined] : [argument.slice(0, equals), argument.slice(equals + 1)];
}
