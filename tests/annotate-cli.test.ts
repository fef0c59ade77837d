/**
 * `treaty-clauses annotate`: the readable report, Markdown, and JSON valid against the
 * exported schema.
 */
import { Readable } from 'node:stream'
import { describe, expect, it } from 'vitest'
import { main } from '../src/cli/main.js'
import type { CliIo } from '../src/cli/io.js'
import { formatAnnotationReport } from '../src/export/report.js'
import { treatySchema } from '../src/schema/tree.js'
import { NATO, fixture } from './annotate-helpers.js'

const nato = new URL('../fixtures/corpus/north-atlantic-treaty-1949.txt', import.meta.url).pathname

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = ''
  let err = ''
  const io: CliIo = {
    stdin: Readable.from([]),
    stdout: { write: (t: string) => (out += t) },
    stderr: { write: (t: string) => (err += t) },
    cwd: process.cwd()
  }
  const code = await main(args, io)
  return { code, out, err }
}

describe('treaty-clauses annotate', () => {
  it('prints a report article by article, without colour when stdout is not a terminal', async () => {
    const { code, out } = await run(['annotate', nato])
    expect(code).toBe(0)
    expect(out).toContain('Article 5')
    expect(out).toMatch(/mutual-defence — obligation, obligor each-party, beneficiary other-party, trigger armed-attack, strength 3/u)
    expect(out).toContain('caveat discretion: "as it deems necessary"')
    expect(out).not.toContain('\u001b[')
  })

  it('prints Markdown with --markdown', async () => {
    const { out } = await run(['annotate', nato, '--markdown'])
    expect(out).toContain('## Article 5')
    expect(out).toContain('**mutual-defence**')
  })

  it('prints JSON that the exported schema validates with --json', async () => {
    const { code, out } = await run(['annotate', nato, '--json'])
    expect(code).toBe(0)
    const parsed = treatySchema.safeParse(JSON.parse(out))
    expect(parsed.success).toBe(true)
  })

  it('is listed in --help and rejects bad usage', async () => {
    expect((await run(['--help'])).out).toContain('annotate')
    expect((await run(['annotate'])).code).toBe(2)
    expect((await run(['annotate', nato, '--json', '--markdown'])).code).toBe(2)
  })

  it('the formatter colours only when asked', () => {
    expect(formatAnnotationReport(fixture(NATO), { color: true })).toContain('\u001b[36mmutual-defence')
    expect(formatAnnotationReport(fixture(NATO), { empty: false })).not.toContain('no clause of a known kind')
  })
})
