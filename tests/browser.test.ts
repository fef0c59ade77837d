/**
 * The ESM build runs in a real browser: dist/index.js (from `npm run build`) is bundled for
 * the browser with its dependencies (esbuild, platform "browser", so a Node built-in in the
 * core fails the build), served on 127.0.0.1 with a page that parses and annotates a real
 * treaty, queries it and exports it, in headless Chromium from Debian driven by
 * playwright-core. No browser is downloaded.
 *
 * Without /usr/bin/chromium the test skips with a message; in CI (`CI=true`) it fails.
 */
import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:http'
import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { build } from 'esbuild'
import { chromium } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

const root = join(import.meta.dirname, '..')
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const hasChromium = existsSync(executablePath)
const inCi = process.env.CI === 'true' || process.env.CI === '1'

if (!hasChromium) {
  if (inCi) throw new Error(`Chromium not found at ${executablePath}: required in CI (apt-get install -y chromium)`)
  console.warn(`Skipping the browser test: Chromium not found at ${executablePath} (apt-get install -y chromium)`)
}

/** What the page computes, sent back to the test. */
interface PageResult {
  article5: string | undefined
  articleV: string | undefined
  mutualDefence: { eId: string; caveats: string[] }[]
  citesArticle5: string[]
  hits: number
  aknStart: string
  jsonVersion: number
  messages: number
  diagnostics: number
}

const page = `<!doctype html>
<meta charset="utf-8">
<title>treaty-clauses in a browser</title>
<script type="module">
  import * as tc from './treaty-clauses.js'
  try {
    const text = await (await fetch('./nato.txt')).text()
    const file = await tc.unified().use(tc.treatyParse).use(tc.treatyAnnotate).use(tc.treatyToJson).process(text)
    const tree = tc.fromJSON(String(file))
    window.result = {
      article5: tc.getArticle(tree, '5')?.eId,
      articleV: tc.getArticle(tree, 'V')?.eId,
      mutualDefence: tc.findClauses(tree, { kind: 'mutual-defence' }).map((m) => ({ eId: m.eId, caveats: tc.caveatsOf(m.clause).map((c) => c.kind) })),
      citesArticle5: tc.referencesTo(tree, 'art_5').map((m) => m.eId),
      hits: tc.searchText(tree, 'armed attack').length,
      aknStart: tc.toAkomaNtoso(tree).slice(0, 200),
      jsonVersion: JSON.parse(String(file)).version,
      messages: file.messages.length,
      diagnostics: tree.diagnostics.length
    }
  } catch (error) {
    window.result = { error: String(error && error.stack || error) }
  }
</script>`

describe.skipIf(!hasChromium)('the ESM build in headless Chromium', () => {
  let server: Server | undefined
  let directory = ''
  let url = ''

  beforeAll(async () => {
    const dist = join(root, 'dist', 'index.js')
    if (!existsSync(dist)) execFileSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' })
    directory = mkdtempSync(join(tmpdir(), 'treaty-clauses-browser-'))
    const entry = join(directory, 'entry.js')
    writeFileSync(entry, `export * from ${JSON.stringify(dist)}\nexport { unified } from 'unified'\n`)
    await build({
      entryPoints: [entry],
      bundle: true,
      format: 'esm',
      platform: 'browser',
      target: 'es2022',
      outfile: join(directory, 'treaty-clauses.js'),
      nodePaths: [join(root, 'node_modules')],
      logLevel: 'error'
    })
    const files: Record<string, [string, string]> = {
      '/': ['text/html; charset=utf-8', page],
      '/treaty-clauses.js': ['text/javascript; charset=utf-8', readFileSync(join(directory, 'treaty-clauses.js'), 'utf8')],
      '/nato.txt': ['text/plain; charset=utf-8', readFileSync(join(root, 'fixtures', 'corpus', 'north-atlantic-treaty-1949.txt'), 'utf8')]
    }
    server = createServer((request, response) => {
      const file = files[new URL(request.url ?? '/', 'http://127.0.0.1').pathname]
      if (file === undefined) {
        response.writeHead(404).end()
        return
      }
      response.writeHead(200, { 'content-type': file[0] }).end(file[1])
    })
    await new Promise<void>((resolve) => {
      server?.listen(0, '127.0.0.1', resolve)
    })
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`
  }, 300_000)

  afterAll(async () => {
    await new Promise<void>((resolve) => {
      if (server === undefined) resolve()
      else server.close(() => {
        resolve()
      })
    })
    if (directory !== '') rmSync(directory, { recursive: true, force: true })
  })

  it('parses, annotates, queries and exports a treaty', async () => {
    const userDataDir = mkdtempSync(join(tmpdir(), 'treaty-clauses-chromium-'))
    // A fresh profile: playwright passes it to Chromium as --user-data-dir.
    const browser = await chromium.launchPersistentContext(userDataDir, {
      executablePath,
      headless: true,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync'
      ]
    })
    try {
      const tab = await browser.newPage()
      const errors: string[] = []
      tab.on('pageerror', (error) => errors.push(error.message))
      await tab.goto(url)
      await tab.waitForFunction(() => 'result' in window, undefined, { timeout: 60_000 })
      const result = (await tab.evaluate(() => (window as unknown as { result: unknown }).result)) as PageResult & { error?: string }
      expect(errors).toEqual([])
      expect(result.error).toBeUndefined()
      expect(result.article5).toBe('art_5')
      expect(result.articleV).toBe('art_5')
      expect(result.mutualDefence.map((match) => match.eId)).toContain('art_5')
      expect(result.mutualDefence.flatMap((match) => match.caveats)).toContain('un-charter')
      expect(result.citesArticle5).toContain('art_6')
      expect(result.hits).toBeGreaterThan(4)
      expect(result.aknStart).toContain('<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"><act name="treaty">')
      expect(result.jsonVersion).toBe(1)
      // Every diagnostic became a VFile message.
      expect(result.messages).toBe(result.diagnostics)
    } finally {
      await browser.close()
      rmSync(userDataDir, { recursive: true, force: true })
    }
  }, 120_000)
})
