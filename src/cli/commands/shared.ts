/**
 * Pieces the query, export and schema commands share: the `--format` option and reading and
 * analysing the input.
 */
import type { VFile } from 'vfile'
import { analyzeTreaty } from '../../annotate/analyze.js'
import { parseOptionsSchema } from '../../options.js'
import type { Treaty } from '../../schema/tree.js'
import { UsageError } from '../command.js'
import type { CliIo } from '../io.js'
import { readInput } from '../io.js'

/** The values `--format` accepts, from the options schema. */
export const formats = parseOptionsSchema.shape.format.def.innerType.options

/** A `--format` value, checked. */
export type FormatValue = (typeof formats)[number]

/**
 * Check a `--format` value.
 *
 * @param value What the user typed, if anything.
 * @returns The format, or `undefined` when none was given.
 * @throws {UsageError} When the value is not one of the formats.
 */
export function toFormat(value: string | undefined): FormatValue | undefined {
  if (value === undefined) return undefined
  const format = formats.find((candidate) => candidate === value)
  if (format === undefined) throw new UsageError(`--format must be one of ${formats.join(', ')}, not ${JSON.stringify(value)}`)
  return format
}

/**
 * The single `<file>` operand of a command.
 *
 * @param positionals The operands.
 * @returns The file, or `-`.
 * @throws {UsageError} When there is none or more than one.
 */
export function oneFile(positionals: readonly string[]): string {
  const [file, ...extra] = positionals
  if (file === undefined) throw new UsageError('missing <file> (use - to read standard input)')
  if (extra.length > 0) throw new UsageError(`expected one <file>, got ${positionals.length}`)
  return file
}

/**
 * Read a treaty and run the whole pipeline on it: parse and annotate.
 *
 * @param file A path, or `-` for standard input.
 * @param format The `--format` value.
 * @param io Where standard input comes from.
 * @returns The annotated tree and the file it came from.
 */
export async function analyzeFile(file: string, format: FormatValue | undefined, io: CliIo): Promise<{ tree: Treaty; input: VFile }> {
  const input = await readInput(file, io)
  const tree = analyzeTreaty(input, format === undefined ? {} : { format })
  return { tree, input }
}

/**
 * `line:column-line:column` of a span, for messages a terminal or editor can jump to.
 *
 * @param position A span.
 */
export function formatSpan(position: { start: { line: number; column: number }; end: { line: number; column: number } }): string {
  return `${position.start.line}:${position.start.column}-${position.end.line}:${position.end.column}`
}
