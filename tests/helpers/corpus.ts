/**
 * The real treaties of fixtures/corpus, parsed and annotated by the real pipeline, once per
 * test file.
 */
import { readFileSync, readdirSync } from 'node:fs'
import { analyzeTreaty } from '../../src/annotate/analyze.js'
import type { Treaty } from '../../src/schema/tree.js'

/** The corpus folder. */
const corpus = new URL('../../fixtures/corpus/', import.meta.url)

/** One fixture: its file name, text and annotated tree. */
export interface CorpusTreaty {
  file: string
  text: string
  tree: Treaty
}

/** Every treaty of the corpus (plain text and Markdown). */
export const corpusFiles: string[] = readdirSync(corpus)
  .filter((name) => /\.(?:txt|md)$/.test(name) && name !== 'SOURCES.md')
  .sort()

const cache = new Map<string, CorpusTreaty>()

/**
 * A fixture, parsed and annotated.
 *
 * @param file A file name in fixtures/corpus.
 */
export function loadTreaty(file: string): CorpusTreaty {
  let entry = cache.get(file)
  if (entry === undefined) {
    const text = readFileSync(new URL(file, corpus), 'utf8')
    entry = { file, text, tree: analyzeTreaty(text) }
    cache.set(file, entry)
  }
  return entry
}
