/**
 * Options of the public functions, validated with zod at the API boundary.
 */
import * as z from 'zod/mini'
import { TreatyClausesError } from './errors.js'
import { safeParse } from './zod.js'

/** Options of `parseTreaty`. */
export const parseOptionsSchema = z.strictObject({
  /** `'auto'` (default) tells Markdown from plain text by looking at the input. */
  format: z.optional(z.enum(['auto', 'text', 'markdown']))
})
/** Options of `parseTreaty`. */
export type ParseOptions = z.input<typeof parseOptionsSchema>

/**
 * Validate options with a schema, throwing a `TreatyClausesError` that names the bad field.
 *
 * @param schema The zod schema of the options.
 * @param value What the caller passed.
 * @param what The function's name, for the message.
 * @returns The parsed options.
 */
export function validateOptions<T extends z.ZodMiniType>(schema: T, value: unknown, what: string): z.output<T> {
  const result = safeParse(schema, value ?? {})
  if (result.success) return result.data
  const detail = result.error.issues
    .map((issue) => `${issue.path.length > 0 ? issue.path.join('.') : '(options)'}: ${issue.message}`)
    .join('; ')
  throw new TreatyClausesError('invalid-options', `Invalid options for ${what}: ${detail}`)
}
