import { z } from 'zod';
import { plainText } from './plain-text';

/**
 * The GLPI agent's JSON protocol, as the agent (glpi-project/glpi-agent
 * `lib/GLPI/Agent/Protocol/{Message,Contact,Inventory,Answer}.pm`, `lib/GLPI/Agent.pm`) and
 * the GLPI server (glpi-project/glpi `src/Agent/Communication/AbstractRequest.php`,
 * `src/Inventory/Request.php`) speak it. Every request is a `POST` of one JSON object, most
 * often zlib-compressed (`application/x-compress-zlib`); every answer is JSON.
 *
 * - After the legacy XML PROLOG (with the `GLPI-Agent-ID` header), {@link GlpiOkAnswer} switches
 *   the agent to this protocol.
 * - {@link GlpiContactRequest} → {@link GlpiContactAnswer}.
 * - {@link GlpiInventoryRequest} → {@link GlpiOkAnswer}.
 * - Anything refused → {@link GlpiErrorAnswer} with a 4xx/5xx (GLPI: 400 for a body that does
 *   not validate, 501 for an action it does not support).
 */

/** GLPI's `AbstractRequest::DEFAULT_FREQUENCY`: hours until the agent's next contact. */
export const GLPI_DEFAULT_EXPIRATION_HOURS = 24;

const deviceId = plainText().trim().min(1).max(255);
const taskNames = z.array(z.string().max(64)).max(64);

/**
 * Hours as a number, or a number with an `s`, `m`, `h` or `d` suffix (Message.pm `expiration`).
 * The agent takes an answer only with an expiration above 0 (Contact.pm `is_valid_message`).
 */
export const glpiExpirationSchema = z.union([z.number().int().positive(), z.string().regex(/^[1-9]\d*[smhd]?$/)]);

/** `{"action":"contact",...}`: a run starts with it once the agent knows the server speaks JSON. */
export const glpiContactRequestSchema = z
  .object({
    action: z.literal('contact'),
    deviceid: deviceId,
    /** "GLPI-Agent" (Contact.pm: PROVIDER . "-Agent"). */
    name: z.string().max(64).optional(),
    /** "1.12", "1.12-dev". */
    version: z.string().max(64).optional(),
    'enabled-tasks': taskNames.optional(),
    'installed-tasks': taskNames.optional(),
    'httpd-plugins': z.unknown().optional(),
    'httpd-port': z.union([z.number(), z.string()]).optional(),
    tag: z.string().max(255).optional(),
  })
  .loose();
export type GlpiContactRequest = z.infer<typeof glpiContactRequestSchema>;

/**
 * `{"action":"inventory","deviceid","itemtype","partial"?,"content":{...}}` (inventory.schema.json
 * requires `content` and `deviceid`). The action defaults to `inventory` (schema default; GLPI's
 * `handleJSONRequest`); the item type to `Computer`, as GLPI's Converter sets it.
 */
export const glpiInventoryRequestSchema = z
  .object({
    action: z.literal('inventory').default('inventory'),
    deviceid: deviceId,
    itemtype: z.string().max(64).default('Computer'),
    /** Only the sections that changed since the last run (a full inventory every 15th run by default). */
    partial: z.boolean().default(false),
    tag: z.string().max(255).optional(),
    jobid: z.number().int().optional(),
    /** Read by the inventory mapper (ocs-import/glpi-inventory.mapper.ts), section by section. */
    content: z.record(z.string(), z.unknown()),
  })
  .loose();
export type GlpiInventoryRequest = z.output<typeof glpiInventoryRequestSchema>;

/** Per task the server supports: `server` "glpi" makes the agent skip the XML PROLOG (Target/Server.pm `doProlog`). */
export const glpiTaskSupportSchema = z
  .object({
    server: z.string().min(1),
    /** Any release version: the agent only tells `-dev` and `-beta` apart (Protocol/Inventory.pm `_setupStandardization`). */
    version: z.string().min(1),
    /** Comma-separated categories the agent should not inventory (Agent.pm reads it into `no-category`). */
    'no-category': z.string().optional(),
  })
  .loose();

/** `{"status":"ok","expiration":24}`: the PROLOG answer that switches to JSON, and the inventory's answer. */
export const glpiOkAnswerSchema = z.object({
  status: z.literal('ok'),
  expiration: glpiExpirationSchema,
  message: z.string().optional(),
});
export type GlpiOkAnswer = z.infer<typeof glpiOkAnswerSchema>;

/**
 * The CONTACT answer. `tasks` says which enabled tasks the server supports; `disabled` lists
 * those it does not, which the agent then leaves out of the run, with one `message` entry each,
 * joined by ";" (GLPI `Request::contact`, `AbstractRequest::addToResponse`). `pending` makes the
 * agent retry after `expiration`.
 */
export const glpiContactAnswerSchema = z.object({
  status: z.enum(['ok', 'pending']),
  expiration: glpiExpirationSchema,
  tasks: z.record(z.string(), glpiTaskSupportSchema).optional(),
  disabled: z.array(z.string()).optional(),
  message: z.string().optional(),
});
export type GlpiContactAnswer = z.infer<typeof glpiContactAnswerSchema>;

/** `{"status":"error","message","expiration"}` with a 4xx/5xx (GLPI `AbstractRequest::addError`). */
export const glpiErrorAnswerSchema = z.object({
  status: z.literal('error'),
  message: z.string(),
  expiration: glpiExpirationSchema,
});
export type GlpiErrorAnswer = z.infer<typeof glpiErrorAnswerSchema>;

export interface ContactAnswerOptions {
  /** The tasks the agent says are enabled (`enabled-tasks`). */
  enabledTasks: readonly string[];
  /** The tasks this server takes, with what it announces for each. */
  supported: Readonly<Record<string, z.input<typeof glpiTaskSupportSchema>>>;
  /** @default GLPI_DEFAULT_EXPIRATION_HOURS */
  expirationHours?: number;
}

/** The CONTACT answer GLPI would give: supported enabled tasks under `tasks`, the others `disabled`. */
export function buildContactAnswer(options: ContactAnswerOptions): GlpiContactAnswer {
  const tasks: Record<string, z.input<typeof glpiTaskSupportSchema>> = {};
  const disabled: string[] = [];
  for (const task of options.enabledTasks) {
    const support = Object.hasOwn(options.supported, task) ? options.supported[task] : undefined;
    if (support) {
      tasks[task] = support;
    } else {
      disabled.push(task);
    }
  }
  return {
    status: 'ok',
    expiration: options.expirationHours ?? GLPI_DEFAULT_EXPIRATION_HOURS,
    ...(Object.keys(tasks).length > 0 ? { tasks } : {}),
    ...(disabled.length > 0 ? { disabled, message: disabled.map((task) => `${task} task not supported`).join(';') } : {}),
  };
}
