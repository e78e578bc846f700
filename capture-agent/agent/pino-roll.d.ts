// pino-roll ships no type declarations; this covers the options the agent uses.
declare module 'pino-roll' {
  import type SonicBoom from 'sonic-boom';
  interface PinoRollOptions {
    file: string;
    size?: string | number;
    frequency?: string | number;
    mkdir?: boolean;
    limit?: { count?: number; removeOtherLogFiles?: boolean };
  }
  function pinoRoll(options: PinoRollOptions): Promise<SonicBoom>;
  export = pinoRoll;
}
