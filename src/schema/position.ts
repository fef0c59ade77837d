/**
 * Source positions, as unist defines them: every offset counts UTF-16 code units of the
 * original input, so `input.slice(start.offset, end.offset)` is the node's text.
 */
import * as z from 'zod/mini'

/** One place in the input: 1-based line and column, 0-based offset. */
export const pointSchema = z.object({
  line: z.int().check(z.minimum(1)),
  column: z.int().check(z.minimum(1)),
  offset: z.int().check(z.minimum(0))
})
/** One place in the input. */
export type Point = z.infer<typeof pointSchema>

/** A span of the input, end exclusive. */
export const positionSchema = z.object({ start: pointSchema, end: pointSchema })
/** A span of the input, end exclusive. */
export type Position = z.infer<typeof positionSchema>
