/**
 * The query, export and schema commands, run in memory on the real treaties.
 */
import { join } from 'node:path'
import { Readable } from 'node:stream'
import { describe, expect, it } from 'vitest'
import type { CliIo } from '../src/cli/io.js'
import { main } from '../src/cli/main.js'
import { fromJSON, jsonSchema } from '../src/index.js'
import { hasXmllint, validateAkn } from './helpers/xmllint.js'

const corpus = join(import.meta.dirname, '..', 'fixtures', 'corpus')
const nato = 'north-atlantic-treaty-1949.txt'

/** Run the CLI in memory and collect what it prints. */
async function run(argv: string[], stdin = ''): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = ''
  let stderr = ''
  const io: CliIo = {
    stdin: Readable.from([Buffer.from(stdin, 'utf8')]),
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
    cwd: corpus
  }
  return { code: await main(argv, io), stdout, stderr }
}

describe('treaty-clauses query', () => {
  it('prints the matching clauses with eIds, positions and caveats', async () => {
    const result = await run(['query', nato, '--kind', 'mutual-defence', '--caveat', 'un-charter'])
    expect(result.stderr).toBe('')
    expect(result.code).toBe(0)
    expect(result.stdout).toMatch(/north-atlantic-treaty-1949\.txt:\d+:\d+-\d+:\d+ {2}art_5 {2}mutual-defence/)
    expect(result.stdout).toMatch(/ {2}caveat un-charter at \d+:\d+-\d+:\d+: \S/)
  })

  it('prints JSON with --json, and nothing for a filter nothing passes', async () => {
    const result = await run(['query', nato, '--kind', 'mutual-defence', '--json'])
    const matches = JSON.parse(result.stdout) as { eId: string; kind: string; text: string; position: unknown }[]
    expect(matches.map((match) => match.eId)).toContain('art_5')
    expect(matches.every((match) => match.kind === 'mutual-defence' && match.text.length > 0)).toBe(true)
    const none = await run(['query', nato, '--kind', 'mutual-defence', '--caveat', 'domestic-law', '--json'])
    expect(JSON.parse(none.stdout)).toEqual([])
  })

  it('reads standard input for -', async () => {
    const text = (await import('node:fs')).readFileSync(join(corpus, nato), 'utf8')
    const result = await run(['query', '-', '--article', 'IV'], text)
    expect(result.code).toBe(0)
    expect(result.stdout).toMatch(/^<stdin>:\d+:\d+-\d+:\d+ {2}art_4 {2}consultation/)
  })

  it('selects nodes and searches text', async () => {
    const selected = await run(['query', nato, '--select', 'article:has(point)'])
    expect(selected.stdout.trim().split('\n')).toHaveLength(1)
    expect(selected.stdout).toContain('article  art_6')
    const found = await run(['query', nato, '--search', 'Tropic of Cancer', '--json'])
    const hits = JSON.parse(found.stdout) as { eId: string }[]
    expect(hits.map((hit) => hit.eId)).toEqual(['art_6__point_i', 'art_6__point_ii'])
  })

  it('rejects a bad filter value on stderr, naming the allowed values', async () => {
    const result = await run(['query', nato, '--kind', 'alliance'])
    expect(result.code).toBe(1)
    expect(result.stdout).toBe('')
    expect(result.stderr).toContain('field "kind" must be one of mutual-defence, consultation')
    expect(result.stderr).toContain('got ["alliance"]')
    const usage = await run(['query', nato, '--colour', 'red'])
    expect(usage.code).toBe(2)
    expect(usage.stderr).toContain("Run 'treaty-clauses query --help'")
    const missing = await run(['query', 'no-such-file.txt'])
    expect(missing.code).toBe(1)
    expect(missing.stderr).toContain('no-such-file.txt')
  })

  it('takes a whole filter as JSON, checked like the options', async () => {
    const result = await run(['query', nato, '--filter', '{"kind":["consultation"],"caveat":"discretion"}', '--json'])
    expect(result.code).toBe(0)
    expect((JSON.parse(result.stdout) as { eId: string }[]).map((match) => match.eId)).toEqual(['art_4'])
    const bad = await run(['query', nato, '--filter', '{"modality":"must"}'])
    expect(bad.code).toBe(1)
    expect(bad.stderr).toContain('field "modality" must be one of obligation, prohibition, permission, declaration, constitutive')
    expect((await run(['query', nato, '--filter', '[1]'])).stderr).toContain('--filter must be a JSON object')
    expect((await run(['query', nato, '--filter', '{'])).stderr).toContain('--filter is not JSON')
  })

  it('has --help', async () => {
    const result = await run(['query', '--help'])
    expect(result.code).toBe(0)
    expect(result.stdout).toContain('Usage: treaty-clauses query <file>')
    expect(result.stdout).toContain('domestic-law')
  })
})

describe('treaty-clauses export', () => {
  it.skipIf(!hasXmllint)('writes valid Akoma Ntoso', async () => {
    const result = await run(['export', nato, '--to', 'akn'])
    expect(result.code).toBe(0)
    expect(validateAkn(result.stdout).status).toBe(0)
  })

  it('writes the JSON document', async () => {
    const result = await run(['export', nato, '--to', 'json'])
    expect(result.code).toBe(0)
    expect(fromJSON(result.stdout).type).toBe('treaty')
  })

  it('requires a valid --to, and has --help', async () => {
    expect((await run(['export', nato])).stderr).toContain('missing --to (akn or json or outline)')
    const bad = await run(['export', nato, '--to', 'pdf'])
    expect(bad.code).toBe(2)
    expect(bad.stderr).toContain('--to must be one of akn, json, outline, not "pdf"')
    expect((await run(['export', '--help'])).stdout).toContain('Usage: treaty-clauses export <file> --to akn|json|outline')
    const outline = await run(['export', nato, '--to', 'outline'])
    expect(outline.stdout).toContain('  article 5 [art_5]\n')
  })
})

describe('treaty-clauses schema', () => {
  it('prints the JSON Schema, and has --help', async () => {
    const result = await run(['schema'])
    expect(JSON.parse(result.stdout)).toEqual(jsonSchema())
    expect((await run(['schema', '--help'])).stdout).toContain('Usage: treaty-clauses schema')
    expect((await run(['schema', 'extra'])).code).toBe(2)
  })
})
