/**
 * `treaty-clauses schema`: print the JSON Schema of the library's JSON output.
 */
import { parseArgs } from 'node:util'
import { jsonSchema } from '../../export/json-schema.js'
import type { CliCommand } from '../command.js'

/** The `schema` command. */
export const schemaCommand: CliCommand = {
  name: 'schema',
  summary: 'Print the JSON Schema of the JSON output',
  usage: `Usage: treaty-clauses schema

Print the JSON Schema (draft 2020-12) of the document 'export --to json'
writes; every public shape (Treaty, Provision, Clause, ClauseFilter…) is
under $defs. The same file ships in the package as
schema/treaty-clauses.schema.json.

Options:
  -h, --help  Show this help
`,
  run(args, io) {
    parseArgs({ args, options: {}, allowPositionals: false, strict: true })
    io.stdout.write(JSON.stringify(jsonSchema(), null, 2) + '\n')
    return Promise.resolve(0)
  }
}
