import { buildContactAnswer, type GlpiContactAnswer, type GlpiErrorAnswer, type GlpiOkAnswer } from '../../contracts/glpi-agent.protocol';
import type { ContactAnswer } from '../../domain/native-agent.service';

/** What this server announces for the inventory task (GLPI's own answer names `server: "glpi"`; `glpiinventory` would force the XML PROLOG). */
const INVENTORY_TASK = { server: 'glpi', version: '1.0' } as const;

/**
 * The GLPI agent's JSON protocol answers (lib/GLPI/Agent/Protocol/*.pm; GLPI's src/Inventory):
 * `{"status":"ok","expiration"}` to its first PROLOG (which switches it to JSON) and to an inventory,
 * the CONTACT answer naming the tasks this server takes and disabling the others. `inventory` is
 * disabled when none is due, as OCS's STOP.
 */
export function okAnswer(everyHours: number): GlpiOkAnswer {
  return { status: 'ok', expiration: everyHours };
}

export function contactAnswer(enabledTasks: readonly string[], answer: ContactAnswer): GlpiContactAnswer {
  return buildContactAnswer({ enabledTasks, supported: answer.inventoryDue ? { inventory: INVENTORY_TASK } : {}, expirationHours: answer.everyHours });
}

/** An error as the agent reads one: it logs `message` and comes back after `expiration`. */
export function errorAnswer(message: string, everyHours: number): GlpiErrorAnswer {
  return { status: 'error', message, expiration: everyHours };
}
