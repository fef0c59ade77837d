/**
 * How the library validates: with `zod/mini`, whose functions (unlike classic zod's methods)
 * a bundler can drop when they are not used, and with zod's English issue messages.
 *
 * `zod/mini` loads no locale, so its messages would be a bare "Invalid input". Rather than
 * set the English locale globally (`z.config`), which would be a module side effect (the
 * package has `"sideEffects": false`) and would change the messages of the user's own zod
 * schemas, every validating function of the library parses through `safeParse` here, which
 * hands zod the English messages for that one parse. The English locale is imported by its
 * own path, so no other locale is bundled, and only where something validates.
 */
import * as z from 'zod/mini'
import en from 'zod/v4/locales/en.js'

/** zod's English messages, made on first use. */
let english: z.core.$ZodErrorMap | undefined

/**
 * Parse a value with a schema, with zod's English messages on the issues (messages the
 * schema sets itself, such as a refinement's, win as usual).
 *
 * @param schema The zod schema.
 * @param value The value to check.
 * @returns zod's result: the parsed data, or the error with its issues.
 */
export function safeParse<T extends z.ZodMiniType>(schema: T, value: unknown): z.util.SafeParseResult<z.output<T>> {
  english ??= en().localeError
  return schema.safeParse(value, { error: english })
}
