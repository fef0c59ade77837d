/**
 * `treaty-clauses annotate <file>`: what each provision does, article by article.
 */
import { parseArgs } from 'node:util'
import { analyzeTreaty } from '../../annotate/analyze.js'
import { formatAnnotationReport } from '../../export/report.js'
import type { CliCommand } from '../command.js'
import { UsageError } from '../command.js'
import { readInput } from '../io.js'
import { formats, oneFile, toFormat } from './shared.js'

/** The `annotate` command. */
export const annotateCommand: CliCommand = {
  name: 'annotate',
  summary: 'Report what each provision does: clauses, roles, strength, caveats',
  usage: `Usage: treaty-clauses annotate <file> [--format ${formats.join('|')}] [--markdown | --json]

Parse and annotate a treaty, then print a report article by article: each
clause's kind, modality, obligor, trigger, strength and caveats, with the
words that gave it away; then the references that name nothing in the treaty.

Arguments:
  <file>                A plain-text or Markdown treaty; - reads standard input

Options:
  -f, --format <format> input format: ${formats.join(', ')} (default: auto)
      --markdown        print the report as Markdown
      --json            print the annotated tree as JSON (valid against the
                        package's treatySchema) instead of a report
  -h, --help            Show this help

Colour is used only when standard output is a terminal and NO_COLOR is unset.
`,
  async run(args, io) {
    const { values, positionals } = parseArgs({
      args,
      options: {
        format: { type: 'string', short: 'f' },
        markdown: { type: 'boolean' },
        json: { type: 'boolean' }
      },
      allowPositionals: true,
      strict: true
    })
    const file = oneFile(positionals)
    if (values.json === true && values.markdown === true) throw new UsageError('--json and --markdown cannot be used together')
    const format = toFormat(values.format)
    const input = await readInput(file, io)
    const tree = analyzeTreaty(input, format === undefined ? {} : { format })
    if (values.json === true) {
      io.stdout.write(JSON.stringify(tree, null, 2) + '\n')
      return 0
    }
    const tty = (io.stdout as { isTTY?: boolean }).isTTY === true
    const color = tty && (process.env.NO_COLOR ?? '') === ''
    io.stdout.write(formatAnnotationReport(tree, { format: values.markdown === true ? 'markdown' : 'text', color }))
    return 0
  }
}
