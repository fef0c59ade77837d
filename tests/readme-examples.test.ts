/**
 * The README's first examples are the files in examples/: the README holds each file's code
 * verbatim, and each file runs (with `treaty-clauses` resolved to src/ by tsconfig paths) and
 * prints what the README promises.
 */
import { spawnSync } from 'node:child_process'
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { hasXmllint, validateAkn } from './helpers/xmllint.js'

const root = join(import.meta.dirname, '..')
const readme = readFileSync(join(root, 'README.md'), 'utf8')
const tsx = join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs')

/** Run an example from the repository root, as the README says. */
function runExample(name: string): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [tsx, join('examples', name)], { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
  return { status: result.status, stdout: result.stdout, stderr: result.stderr }
}

describe('README examples', () => {
  const files = readdirSync(join(root, 'examples')).filter((name) => name.endsWith('.ts')).sort()

  it('covers the three first tasks', () => {
    expect(files).toEqual(['akoma-ntoso.ts', 'look-up-article.ts', 'mutual-defence.ts'])
  })

  it.each(files)('README contains examples/%s verbatim in a ts block', (name) => {
    const code = readFileSync(join(root, 'examples', name), 'utf8')
    expect(readme).toContain('```ts\n' + code + '```')
  })

  it('mutual-defence.ts prints the clauses and their caveats', () => {
    const result = runExample('mutual-defence.ts')
    expect(result.stderr).toBe('')
    expect(result.status).toBe(0)
    expect(result.stdout).toMatch(/^art_5 at \d+:\d+, strength \d/)
    expect(result.stdout).toMatch(/\n {2}un-charter: "[^"]+"/)
    expect(Number(result.stdout.trim().split('\n').at(-1))).toBeGreaterThan(0)
  })

  it('look-up-article.ts finds Article 5 by "V" and who cites it', () => {
    const result = runExample('look-up-article.ts')
    expect(result.status).toBe(0)
    const [first, second, third] = result.stdout.split('\n')
    expect(first).toBe('art_5 Article 5')
    expect(second).toMatch(/^The Parties agree that an armed attack against one or more/)
    expect(third).toContain("'art_6'")
  })

  it('akoma-ntoso.ts prints Akoma Ntoso with internal links', () => {
    const result = runExample('akoma-ntoso.ts')
    expect(result.status).toBe(0)
    expect(result.stdout).toContain('<ref href="#art_5">Article 5</ref>')
    if (hasXmllint) expect(validateAkn(result.stdout).status).toBe(0)
  })
})
