/**
 * Write the JSON Schema of the library's public shapes to schema/treaty-clauses.schema.json,
 * the file shipped in the package for users of other languages. `--check` only compares
 * and fails when the file is out of date (tests/json-schema.test.ts does the same).
 *
 * Usage: tsx scripts/schema.ts [--check]
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs'
import { jsonSchema } from '../src/export/json-schema.js'

const target = new URL('../schema/treaty-clauses.schema.json', import.meta.url)
const text = JSON.stringify(jsonSchema(), null, 2) + '\n'

if (process.argv.includes('--check')) {
  let current = ''
  try {
    current = readFileSync(target, 'utf8')
  } catch {
    // A missing file is out of date too.
  }
  if (current !== text) {
    process.stderr.write('schema/treaty-clauses.schema.json is out of date: run `npm run schema`\n')
    process.exitCode = 1
  }
} else {
  mkdirSync(new URL('.', target), { recursive: true })
  writeFileSync(target, text)
  process.stdout.write(`wrote ${target.pathname}\n`)
}
