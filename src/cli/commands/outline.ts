/**
 * `treaty-clauses outline <file>`: print the structure of a treaty, one node a line.
 */
import { parseArgs } from 'node:util'
import { toOutline } from '../../export/outline.js'
import { parseOptionsSchema } from '../../options.js'
import type { ParseOptions } from '../../options.js'
import { parseTreaty } from '../../structure/parse.js'
import { UsageError } from '../command.js'
import type { CliCommand } from '../command.js'
import { readInput } from '../io.js'

/** The values `--format` accepts, taken from the options schema so the two cannot drift. */
const formats = parseOptionsSchema.shape.format.def.innerType.options

/** The `outline` command. */
export const outlineCommand: CliCommand = {
  name: 'outline',
  summary: 'Print the tree of a treaty, one node a line',
  usage: `Usage: treaty-clauses outline <file> [--format ${formats.join('|')}]

Parse a treaty and print its tree indented, one node a line: the node's type,
then its division kind, number, "heading" and [eId] where it has them; text
leaves show the start of their text.

Arguments:
  <file>                A plain-text or Markdown treaty; - reads standard input

Options:
  -f, --format <format> ${formats.join(', ')} (default: auto, which looks at the text)
  -h, --help            Show this help
`,
  async run(args, io) {
    const { values, positionals } = parseArgs({
      args,
      options: { format: { type: 'string', short: 'f' } },
      allowPositionals: true,
      strict: true
    })
    const [file, ...extra] = positionals
    if (file === undefined) throw new UsageError('missing <file> (use - to read standard input)')
    if (extra.length > 0) throw new UsageError(`expected one <file>, got ${String(positionals.length)}`)
    const options: ParseOptions = {}
    if (values.format !== undefined) options.format = toFormat(values.format)
    const tree = parseTreaty(await readInput(file, io), options)
    io.stdout.write(toOutline(tree))
    return 0
  }
}

/** Check a `--format` value here, so a typo is a usage error with the allowed values. */
function toFormat(value: string): (typeof formats)[number] {
  const format = formats.find((candidate) => candidate === value)
  if (format === undefined) throw new UsageError(`--format must be one of ${formats.join(', ')}, not ${JSON.stringify(value)}`)
  return format
}
