import type { RuleType } from './types';

/** One piece of evidence for a type; `generic` marks what any general-purpose host also shows. */
export interface Vote {
  type: RuleType;
  weight: number;
  why: string;
  generic?: boolean;
}
