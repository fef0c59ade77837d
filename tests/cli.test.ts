import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Readable } from 'node:stream'
import { describe, expect, it } from 'vitest'
import { commands } from '../src/cli/commands/index.js'
import { readInput } from '../src/cli/io.js'
import type { CliIo } from '../src/cli/io.js'
import { main } from '../src/cli/main.js'
import { parseTreaty, toOutline } from '../src/index.js'

const fixtures = join(import.meta.dirname, '..', 'fixtures', 'corpus')

/** An in-memory `CliIo` whose stdin yields `chunks` and whose output is collected. */
function memoryIo(chunks: Uint8Array[] = []): CliIo & { out: { stdout: string; stderr: string } } {
  const out = { stdout: '', stderr: '' }
  return {
    stdin: Readable.from(chunks),
    stdout: { write: (text: string) => (out.stdout += text) },
    stderr: { write: (text: string) => (out.stderr += text) },
    cwd: fixtures,
    out
  }
}

/** Run the CLI in memory and collect what it prints. */
async function run(argv: string[], stdin = ''): Promise<{ code: number; stdout: string; stderr: string }> {
  const io = memoryIo([Buffer.from(stdin, 'utf8')])
  const code = await main(argv, io)
  return { code, ...io.out }
}

describe('treaty-clauses', () => {
  it('lists every command in its help', async () => {
    const result = await run(['--help'])
    expect(result.code).toBe(0)
    for (const command of commands) expect(result.stdout).toContain(`  ${command.name}`)
  })

  it('prints help on stderr and fails without a command', async () => {
    const result = await run([])
    expect(result).toMatchObject({ code: 2, stdout: '' })
    expect(result.stderr).toContain('Usage: treaty-clauses <command>')
  })

  it('prints the version', async () => {
    const result = await run(['--version'])
    expect(result.stdout).toMatch(/^\d+\.\d+\.\d+/)
  })

  it('rejects an unknown command on stderr', async () => {
    const result = await run(['frobnicate'])
    expect(result).toMatchObject({ code: 2, stdout: '' })
    expect(result.stderr).toContain('unknown command "frobnicate"')
  })

  it.each(commands.map((command) => command.name))('%s --help prints its usage', async (name) => {
    const result = await run([name, '--help'])
    expect(result.code).toBe(0)
    expect(result.stdout).toContain(`Usage: treaty-clauses ${name}`)
  })
})

describe('treaty-clauses outline', () => {
  it('prints the outline of a file', async () => {
    const result = await run(['outline', 'north-atlantic-treaty-1949.txt'])
    expect(result).toMatchObject({ code: 0, stderr: '' })
    expect(result.stdout.startsWith('treaty (text)\n')).toBe(true)
    expect(result.stdout).toContain('\n  article 5 [art_5]\n')
    expect(result.stdout).toContain('\n    point ii [art_6__point_ii]\n')
  })

  it('prints what toOutline makes of the same input, from stdin with -', async () => {
    const text = 'Article 1\nThe Parties agree.\n'
    const result = await run(['outline', '-', '--format', 'text'], text)
    expect(result).toMatchObject({ code: 0, stderr: '', stdout: toOutline(parseTreaty(text, { format: 'text' })) })
  })

  it('reads a Markdown file with --format markdown', async () => {
    const result = await run(['outline', '-f', 'markdown', 'npt-1968.md'])
    expect(result.code).toBe(0)
    expect(result.stdout.startsWith('treaty (markdown)\n')).toBe(true)
  })

  it('fails with a usage error for a bad --format, an unknown option or no file', async () => {
    for (const argv of [['outline', 'x.txt', '--format', 'pdf'], ['outline', '--bogus', 'x.txt'], ['outline'], ['outline', 'a', 'b']]) {
      const result = await run(argv)
      expect(result.code, argv.join(' ')).toBe(2)
      expect(result.stdout).toBe('')
      expect(result.stderr).toContain("Run 'treaty-clauses outline --help'")
    }
  })

  it('fails with a message, not a stack, for a missing file', async () => {
    const result = await run(['outline', 'no-such-file.txt'])
    expect(result.code).toBe(1)
    expect(result.stderr).toMatch(/^treaty-clauses outline: ENOENT/)
    expect(result.stderr).not.toContain('    at ')
  })

  it('reads files and stdin exactly: byte order mark, CRLF, and characters split across chunks', async () => {
    const text = '\uFEFFArticle 1\r\nThe Parties — é 日本\r\n'
    const bytes = Buffer.from(text, 'utf8')
    // Split inside the three-byte "—" so a decoder that works chunk by chunk would garble it.
    const cut = bytes.indexOf(Buffer.from('—', 'utf8')) + 1
    const fromStdin = await readInput('-', memoryIo([bytes.subarray(0, cut), bytes.subarray(cut)]))
    expect(fromStdin.value).toBe(text)
    expect(fromStdin.path).toBeUndefined()
    const fromFile = await readInput('north-atlantic-treaty-1949.txt', memoryIo())
    expect(fromFile.value).toBe(readFileSync(join(fixtures, 'north-atlantic-treaty-1949.txt'), 'utf8'))
    expect(fromFile.path).toBe(join(fixtures, 'north-atlantic-treaty-1949.txt'))
  })

  it('prints the same outline for a file as for its text', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'treaty-clauses-'))
    const file = join(directory, 'bom.txt')
    const text = '\uFEFFArticle 1\r\nText é\r\n'
    writeFileSync(file, text)
    try {
      const result = await run(['outline', file])
      expect(result).toMatchObject({ code: 0, stdout: toOutline(parseTreaty(text)) })
    } finally {
      rmSync(directory, { recursive: true, force: true })
    }
  })
})
