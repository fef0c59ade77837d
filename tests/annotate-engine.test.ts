/**
 * The annotator's engine against plain reference definitions: the tokenizer against the
 * regular expression that defines a token, sentence splitting with the tokenizer's stops
 * against splitting the text alone, the lexicon's ids, and every scan (which skips the tries
 * that cannot match) against trying every pattern at every token. Real fixtures first, then
 * generated text.
 */
import * as fc from 'fast-check'
import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { annotate } from '../src/annotate/annotate.js'
import { prepare } from '../src/annotate/prepare.js'
import { Lexicon } from '../src/annotate/lexicon.js'
import type { Miss } from '../src/annotate/match.js'
import { splitSentences } from '../src/annotate/sentences.js'
import { normalizeWord } from '../src/annotate/text.js'
import { TokenStream } from '../src/annotate/tokens.js'
import { isLeaf, isProvision, type Leaf, type Treaty, type TreatyNode } from '../src/schema/tree.js'
import { parseTreaty } from '../src/structure/parse.js'

const corpus = new URL('../fixtures/corpus/', import.meta.url)
const fixtures = readdirSync(corpus)
  .filter((name) => name.endsWith('.txt') || name.endsWith('.md'))
  .map((name) => ({ name, text: readFileSync(new URL(name, corpus), 'utf8') }))

/** The definition of a token (what the tokenizer replaced): a word or a punctuation mark. */
const TOKEN = /[\p{L}\p{N}]+(?:['’‐‑-][\p{L}\p{N}]+)*|["“”„()[\],;:.!?]/gu
const QUOTES = new Set(['"', '“', '”', '„'])

function referenceTokens(text: string): { text: string; norm: string; start: number; end: number }[] {
  return [...text.matchAll(TOKEN)].map((m) => {
    const raw = m[0]
    const punct = raw.length === 1 && !/[\p{L}\p{N}]/u.test(raw)
    return { text: raw, norm: punct ? (QUOTES.has(raw) ? '"' : raw) : normalizeWord(raw), start: m.index, end: m.index + raw.length }
  })
}

function streamTokens(text: string, lexicon = new Lexicon()): { text: string; norm: string; start: number; end: number }[] {
  const stream = new TokenStream(lexicon)
  stream.read(text, 0)
  return stream.tokens(0, stream.length).map(({ text: t, norm, start, end }) => ({ text: t, norm, start, end }))
}

/** Text made of what tokenizing is about: letters, digits, joiners, stops, quotes, odd code points. */
const tokenText = fc
  .array(
    fc.oneof(
      fc.constantFrom('a', 'Z', 'é', 'ß', '9', '٣', '𝐀', '\u0301', "'", '’', '-', '‐', '‑', '—', '.', ',', ';', '(', ')', '[', '"', '“', '”', '„', ' ', '\n', '\u00a0', '\ud800', '\udc00', '_', '§'),
      fc.constantFrom('Party', "Party's", 'co-operation', 'defence', 'ARTICLE', 'U.S.', 'recognised', 'self-defence')
    ),
    { maxLength: 60 }
  )
  .map((parts) => parts.join(''))

describe('the tokenizer', () => {
  it('reads every fixture exactly as the token definition does', () => {
    for (const { name, text } of fixtures) expect(streamTokens(text), name).toEqual(referenceTokens(text))
  })

  it('reads any text as the token definition does (letters, joiners, astral and lone surrogates)', () => {
    fc.assert(
      fc.property(tokenText, (text) => {
        expect(streamTokens(text)).toEqual(referenceTokens(text))
      }),
      { numRuns: 500 }
    )
  })

  it('gives one spelling one id, across texts and past every rehash of the table', () => {
    const lexicon = new Lexicon()
    const words = Array.from({ length: 20_000 }, (_, i) => `w${i.toString(36)}`)
    const first = new TokenStream(lexicon)
    first.read(words.join(' '), 0)
    const second = new TokenStream(lexicon)
    second.read([...words].reverse().join(' '), 0)
    for (let i = 0; i < words.length; i++) {
      expect(lexicon.spellings[first.spelling[i] ?? -1]).toBe(words[i])
      expect(second.spelling[words.length - 1 - i]).toBe(first.spelling[i])
    }
    expect(lexicon.size).toBe(words.length)
  })
})

/** The old splitter: one character at a time, with regular expressions per character. */
function referenceSentences(text: string): { start: number; end: number }[] {
  const abbreviations = new Set(['art', 'arts', 'no', 'nos', 'para', 'paras', 'p', 'pp', 'e.g', 'i.e', 'etc', 'mr', 'mrs', 'dr', 'st', 'cf', 'vol', 'viz', 'inc', 'ltd', 'co', 'u.s', 'u.k', 'u.n', 'sec', 'ch', 'fig'])
  const isUpper = (ch: string | undefined): boolean => ch !== undefined && ch !== ch.toLowerCase() && ch === ch.toUpperCase()
  const spans: { start: number; end: number }[] = []
  let start = 0
  const push = (end: number): void => {
    let s = start
    let e = end
    while (s < e && /\s/u.test(text[s] ?? '')) s++
    while (e > s && /\s/u.test(text[e - 1] ?? '')) e--
    if (e > s) spans.push({ start: s, end: e })
  }
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]
    if (ch === '\n') {
      let j = i + 1
      while (j < text.length && (text[j] === ' ' || text[j] === '\t' || text[j] === '\r')) j++
      if (text[j] === '\n') {
        push(i)
        start = j
        i = j
      }
      continue
    }
    if (ch !== '.' && ch !== '!' && ch !== '?') continue
    const next = text[i + 1]
    let boundary = false
    if (next === undefined) boundary = true
    else if (/\s/u.test(next)) {
      let j = i + 1
      while (j < text.length && /\s/u.test(text[j] ?? '')) j++
      const after = text[j]
      boundary = after === undefined || isUpper(after) || /[\d"“'‘([]/u.test(after)
    } else if (isUpper(next) && /\p{Ll}/u.test(text[i - 1] ?? '')) boundary = true
    if (!boundary) continue
    if (ch === '.') {
      let k = i
      while (k > 0 && /[\p{L}.]/u.test(text[k - 1] ?? '')) k--
      const word = text.slice(k, i).toLowerCase()
      if (abbreviations.has(word) || /^\p{L}$/u.test(word)) continue
    }
    push(i + 1)
    start = i + 1
  }
  push(text.length)
  return spans
}

/** The stops the tokenizer reports for a text, as the annotator passes them on. */
function tokenizerStops(text: string): number[] {
  const stream = new TokenStream(new Lexicon())
  stream.read(text, 0)
  return stream.tokens(0, stream.length).filter((t) => t.text === '.' || t.text === '!' || t.text === '?').map((t) => t.start)
}

function leavesOf(tree: Treaty): Leaf[] {
  const out: Leaf[] = []
  const visit = (node: TreatyNode): void => {
    if (isLeaf(node)) out.push(node)
    if ('children' in node) for (const child of node.children) visit(child)
  }
  visit(tree)
  return out
}

const sentenceText = fc
  .array(fc.constantFrom('The Party', ' shall', ' act', '.', '!', '?', ' ', '\n', '\n\n', '\n \t\r\n', 'Art.', ' 5', ' U.S.', ' a.', '"', '(', 'É', 'é', '\u00a0', 'area.Any'), { maxLength: 40 })
  .map((parts) => parts.join(''))

describe('sentences', () => {
  it('split every fixture leaf as the character-by-character splitter does, with or without the tokenizer’s stops', () => {
    for (const { name, text } of fixtures) {
      for (const leaf of leavesOf(parseTreaty(text, { format: name.endsWith('.md') ? 'markdown' : 'text' }))) {
        const expected = referenceSentences(leaf.value)
        expect(splitSentences(leaf.value), name).toEqual(expected)
        expect(splitSentences(leaf.value, tokenizerStops(leaf.value)), name).toEqual(expected)
      }
    }
  })

  it('split any text as the character-by-character splitter does', () => {
    fc.assert(
      fc.property(sentenceText, (text) => {
        expect(splitSentences(text)).toEqual(referenceSentences(text))
        expect(splitSentences(text, tokenizerStops(text))).toEqual(referenceSentences(text))
      }),
      { numRuns: 500 }
    )
  })
})

describe('the scans', () => {
  it('find, in every sentence of every fixture, exactly the hits of trying every cue at every token', () => {
    const families = ['kind', 'modality', 'caveat', 'trigger', 'feature', 'role'] as const
    for (const { name, text } of fixtures) {
      const tree = parseTreaty(text, { format: name.endsWith('.md') ? 'markdown' : 'text' })
      const prepared = prepare(tree)
      const visit = (node: TreatyNode): void => {
        if (isProvision(node)) {
          for (const sentence of prepared.reader.sentencesOf(node)) {
            for (const family of families) {
              // With a list for near misses, the matcher tries every pattern at every token.
              const misses: Miss[] = []
              expect(prepared.set.run(family, sentence), `${name} ${node.eId} ${family}`).toEqual(prepared.set.run(family, sentence, misses))
            }
          }
        }
        if ('children' in node) for (const child of node.children) visit(child)
      }
      visit(tree)
      prepared.reader.close()
    }
  })

  it('give the same annotations run after run (the token stream is reused between runs)', () => {
    const text = fixtures.find((f) => f.name === 'north-atlantic-treaty-1949.txt')?.text ?? ''
    const tree = parseTreaty(text, { format: 'text' })
    const first = JSON.stringify(annotate(tree))
    annotate(parseTreaty(fixtures.find((f) => f.name === 'npt-1968.txt')?.text ?? '', { format: 'text' }))
    expect(JSON.stringify(annotate(tree))).toBe(first)
  })
})
