/**
 * `treaty-clauses export <file> --to akn|json|outline`: the annotated treaty as Akoma Ntoso
 * XML, as the stable JSON document, or as an outline.
 */
import { parseArgs } from 'node:util'
import { toAkomaNtoso } from '../../export/akn/index.js'
import { toJSON } from '../../export/json.js'
import { toOutline } from '../../export/outline.js'
import type { CliCommand } from '../command.js'
import { UsageError } from '../command.js'
import { analyzeFile, formats, oneFile, toFormat } from './shared.js'

/** The targets `--to` accepts. */
const targets = ['akn', 'json', 'outline'] as const

/** The `export` command. */
export const exportCommand: CliCommand = {
  name: 'export',
  summary: 'Write the annotated treaty as Akoma Ntoso XML, JSON or an outline',
  usage: `Usage: treaty-clauses export <file> --to akn|json|outline [options]

Parse and annotate a treaty and write it to standard output:
  akn   Akoma Ntoso 3.0 XML (an <act name="treaty">; annotations under
        <proprietary source="#treatyClauses">)
  json  the stable, versioned JSON document ({ $schema, version, treaty });
        its JSON Schema is printed by 'treaty-clauses schema'
  outline  the tree, one node a line (as 'treaty-clauses outline')

Arguments:
  <file>                A plain-text or Markdown treaty; - reads standard input

Options:
  -t, --to <target>     akn, json or outline (required)
  -f, --format <format> ${formats.join(', ')} (default: auto)
      --date <date>     akn: the work's date (YYYY-MM-DD), if the text gives none
      --name <name>     akn: the work's short name in its FRBR URI
  -h, --help            Show this help
`,
  async run(args, io) {
    const { values, positionals } = parseArgs({
      args,
      options: {
        to: { type: 'string', short: 't' },
        format: { type: 'string', short: 'f' },
        date: { type: 'string' },
        name: { type: 'string' }
      },
      allowPositionals: true,
      strict: true
    })
    const file = oneFile(positionals)
    const target = targets.find((candidate) => candidate === values.to)
    if (target === undefined) {
      throw new UsageError(values.to === undefined ? `missing --to (${targets.join(' or ')})` : `--to must be one of ${targets.join(', ')}, not ${JSON.stringify(values.to)}`)
    }
    if (values.date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(values.date)) {
      throw new UsageError(`--date must be YYYY-MM-DD, not ${JSON.stringify(values.date)}`)
    }
    const { tree } = await analyzeFile(file, toFormat(values.format), io)
    const output = {
      akn: () => toAkomaNtoso(tree, { date: values.date, name: values.name }),
      json: () => toJSON(tree),
      outline: () => toOutline(tree)
    }[target]
    io.stdout.write(output())
    return 0
  }
}
