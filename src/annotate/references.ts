/**
 * Cross-references: "Article 5", "Article IV", "paragraph 1 of this Article", "Articles 3
 * and 5", "paragraphs 1 to 3 of article 65", "Article 2 (1)" resolve to eIds; "Article 51 of
 * the Charter of the United Nations" and "the UN Charter" name another instrument.
 *
 * One left-to-right pass over tokens; each keyword consumes a bounded run after it.
 */
import type { Reference } from '../schema/annotation.js'
import { romanValue, toRoman } from '../structure/numbers.js'
import type { Provision, Treaty, TreatyNode } from '../schema/tree.js'
import type { Sentence } from './source.js'
import { sliceAt, spanAt } from './source.js'
import type { Lexicon } from './lexicon.js'
import type { Token } from './text.js'

/** Where internal references can land: articles by number, and their numbered children. */
export interface ReferenceIndex {
  /** Article nodes by lower-case num value (outside annexes first). */
  readonly articles: ReadonlyMap<string, Provision>
  /** Words that name the treaty itself ("treaty", "convention", "charter" …). */
  readonly selfCharter: boolean
}

/** An internal reference naming something the treaty does not have. */
export interface Unresolved {
  readonly reference: Reference
  /** What could not be found ("article 99", "paragraph 4"). */
  readonly missing: readonly string[]
}

/** The references of a provision, and those that did not resolve. */
export interface FoundReferences {
  readonly references: Reference[]
  readonly unresolved: Unresolved[]
}

const UN_CHARTER = 'Charter of the United Nations'
const INSTRUMENT_WORDS = new Set(['treaty', 'convention', 'charter', 'agreement', 'protocol', 'pact', 'covenant', 'statute', 'declaration'])
const CONNECTORS = new Set(['of', 'the', 'on', 'for', 'and', 'de', 'la', 'du'])

/** Every word a reference can start with: a sentence without one of them has no reference. */
const FIRST_WORDS = ['article', 'articles', 'art', 'paragraph', 'paragraphs', 'para', 'un', 'united', 'charter']
const firstWordMarks = new WeakMap<Lexicon, Uint8Array>()

/** `FIRST_WORDS` as marks by folded form id, for `Sentence.mentions`. */
function marksOf(lexicon: Lexicon): Uint8Array {
  let marks = firstWordMarks.get(lexicon)
  if (marks === undefined) {
    const ids = FIRST_WORDS.map((word) => lexicon.normId(word))
    marks = new Uint8Array(Math.max(...ids) + 1)
    for (const id of ids) marks[id] = 1
    firstWordMarks.set(lexicon, marks)
  }
  return marks
}

function isProvision(node: TreatyNode): node is Provision {
  return node.type === 'article' || node.type === 'paragraph' || node.type === 'subparagraph' || node.type === 'point'
}

/**
 * Index a treaty's articles for reference resolution.
 *
 * @param tree The treaty.
 * @param selfCharter True when the treaty is the UN Charter (so "the Charter" is internal).
 * @returns The index.
 */
export function indexReferences(tree: Treaty, selfCharter: boolean): ReferenceIndex {
  const articles = new Map<string, Provision>()
  const visit = (node: TreatyNode, inAnnex: boolean): void => {
    if (node.type === 'article') {
      const key = node.num.value.toLowerCase()
      if (!inAnnex || !articles.has(key)) if (!articles.has(key)) articles.set(key, node)
      return
    }
    if ('children' in node) for (const child of node.children) visit(child, inAnnex || node.type === 'annex')
  }
  visit(tree, false)
  return { articles, selfCharter }
}

function isNumber(token: Token | undefined, afterKeyword: boolean): boolean {
  if (token === undefined || token.punct) return false
  if (/^\d+$/u.test(token.text)) return true
  if (/^[IVXLC]+$/u.test(token.text)) return true
  return afterKeyword && /^[ivxlc]+$/u.test(token.text) && token.text.length <= 6
}

function childByNum(node: Provision, value: string): Provision | undefined {
  for (const child of node.children) {
    if (isProvision(child) && (child).num.value.toLowerCase() === value.toLowerCase()) return child
  }
  // Numbered paragraphs may sit under an unnumbered level: look one level deeper.
  return undefined
}

function romanOrArabic(text: string): number | undefined {
  if (/^\d+$/u.test(text)) return Number(text)
  return romanValue(text)
}

function romanOf(n: number, upper: boolean): string {
  const out = toRoman(n) ?? String(n)
  return upper ? out.toUpperCase() : out
}

interface Item {
  num: string
  sub: string[]
}

/** Read "3", "3 (1) (a)", "3, 4 and 5", "1 to 3" starting at i; returns items and the index after. */
function readList(tokens: readonly Token[], i: number): { items: Item[]; next: number } {
  const items: Item[] = []
  let j = i
  let range = false
  while (j < tokens.length && items.length < 50) {
    const t = tokens[j]
    if (!isNumber(t, true) || t === undefined) break
    const item: Item = { num: t.text, sub: [] }
    j++
    while (tokens[j]?.text === '(' && tokens[j + 2]?.text === ')' && item.sub.length < 4) {
      item.sub.push(tokens[j + 1]?.text ?? '')
      j += 3
    }
    const prev = items.at(-1)
    if (range && prev !== undefined) {
      const from = romanOrArabic(prev.num)
      const to = romanOrArabic(item.num)
      const roman = !/^\d/u.test(item.num)
      if (from !== undefined && to !== undefined && to > from && to - from < 50) {
        for (let n = from + 1; n < to; n++) items.push({ num: roman ? romanOf(n, item.num === item.num.toUpperCase()) : String(n), sub: [] })
      }
    }
    items.push(item)
    range = false
    const sep = tokens[j]?.norm
    const after = tokens[j + 1]
    if ((sep === 'to' || sep === 'through') && isNumber(after, true)) {
      range = true
      j++
    } else if ((sep === 'and' || sep === 'or' || sep === ',') && isNumber(after, true)) j++
    else if (sep === ',' && (after?.norm === 'and' || after?.norm === 'or') && isNumber(tokens[j + 2], true)) j += 2
    else break
  }
  return { items, next: j }
}

/** Read an instrument name after "of the": capitalised words and connectors. */
function readInstrument(tokens: readonly Token[], i: number): { name: string; next: number } | undefined {
  let j = i
  const words: string[] = []
  while (j < tokens.length && words.length < 12) {
    const t = tokens[j]
    if (t === undefined || t.punct) break
    const capital = /^\p{Lu}/u.test(t.text)
    if (!capital && !CONNECTORS.has(t.norm)) break
    words.push(t.text)
    j++
  }
  while (words.length > 0 && CONNECTORS.has((words.at(-1) ?? '').toLowerCase())) {
    words.pop()
    j--
  }
  if (words.length === 0) return undefined
  return { name: words.join(' '), next: j }
}

function canonicalInstrument(name: string): string {
  const n = name.toLowerCase().replace(/^the /u, '')
  if (n === 'charter' || n === 'un charter' || n === 'united nations charter' || n === 'charter of the united nations') return UN_CHARTER
  return name.replace(/^the /iu, '')
}

/**
 * Find the references in a provision's sentences.
 *
 * @param sentences The provision's own sentences.
 * @param article The article the provision belongs to (for "paragraph 1 of this Article").
 * @param index The treaty's reference index.
 * @returns The references, each resolved (internal: `targets`, empty when unresolved;
 *   external: `instrument` and `provision`).
 */
export function findReferences(sentences: readonly Sentence[], article: Provision | undefined, index: ReferenceIndex): FoundReferences {
  const out: Reference[] = []
  const unresolved: Unresolved[] = []
  for (const sentence of sentences) {
    if (!sentence.mentions(marksOf(sentence.stream.lexicon))) continue
    const tokens = sentence.tokens
    const used = new Set<number>()
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]
      if (t === undefined) continue
      const kw = t.norm
      const isArticle = kw === 'article' || kw === 'articles' || kw === 'art'
      const isParagraph = kw === 'paragraph' || kw === 'paragraphs' || kw === 'para'
      if (!isArticle && !isParagraph) continue
      let j = i + 1
      if (tokens[j]?.text === '.') j++
      const { items, next } = readList(tokens, j)
      if (items.length === 0) continue
      let end = next
      let targetArticle: Provision | undefined = isArticle ? undefined : article
      let external: string | undefined
      let externalProvision: string | undefined
      let unresolvedArticle: string | undefined
      // What follows: "of this Article", "of article 65", "of the Charter …", "of this Treaty".
      if (tokens[end]?.norm === 'thereof' || ((tokens[end]?.norm === 'of') && (tokens[end + 1]?.norm === 'that' || tokens[end + 1]?.norm === 'said'))) {
        // "Article 93 thereof", "paragraph 5 of that Declaration": another instrument, named before.
        const named = tokens[end]?.norm === 'thereof' ? undefined : readInstrument(tokens, end + 2)
        external = named === undefined ? '' : named.name
        end = named === undefined ? end + 1 : named.next
      } else if (tokens[end]?.norm === 'of') {
        const a = tokens[end + 1]
        const b = tokens[end + 2]
        if (a !== undefined && (a.norm === 'this' || a.norm === 'present' || (a.norm === 'the' && b?.norm === 'present'))) {
          const word = a.norm === 'the' ? tokens[end + 3] : b
          const w = word?.norm ?? ''
          if (w === 'article' && isParagraph) end = (a.norm === 'the' ? end + 4 : end + 3)
          else if (INSTRUMENT_WORDS.has(w) || w === 'part' || w === 'chapter') end = a.norm === 'the' ? end + 4 : end + 3
        } else if (isParagraph && a !== undefined && (a.norm === 'article' || a.norm === 'art')) {
          const inner = readList(tokens, end + 2)
          const first = inner.items[0]
          if (first !== undefined) {
            targetArticle = index.articles.get(first.num.toLowerCase())
            if (targetArticle === undefined) unresolvedArticle = first.num
            end = inner.next
            // "paragraph 1 of article 65 of the Charter" → external.
            if (tokens[end]?.norm === 'of' && tokens[end + 1]?.norm === 'the') {
              const inst = readInstrument(tokens, end + 2)
              if (inst !== undefined && !(index.selfCharter && canonicalInstrument(inst.name) === UN_CHARTER)) {
                external = canonicalInstrument(inst.name)
                externalProvision = `Article ${first.num}`
                end = inst.next
              }
            }
          }
        } else if (a?.norm === 'the') {
          const inst = readInstrument(tokens, end + 2)
          if (inst !== undefined) {
            const canonical = canonicalInstrument(inst.name)
            const self = (canonical === UN_CHARTER && index.selfCharter) || /^(?:treaty|convention)$/iu.test(inst.name)
            if (!self) {
              external = canonical
              end = inst.next
            } else end = inst.next
          }
        } else if (a !== undefined && /^\p{Lu}/u.test(a.text)) {
          const inst = readInstrument(tokens, end + 1)
          if (inst !== undefined && !(canonicalInstrument(inst.name) === UN_CHARTER && index.selfCharter)) {
            external = canonicalInstrument(inst.name)
            end = inst.next
          }
        }
      }
      const startTok = t
      const endTok = tokens[end - 1] ?? t
      const position = spanAt(sentence.leaf, startTok.start, endTok.end)
      const text = sliceAt(sentence.leaf, startTok.start, endTok.end)
      for (let k = i; k < end; k++) used.add(k)
      if (external !== undefined) {
        const provision = externalProvision ?? `${isArticle ? 'Article' : 'Paragraph'} ${items.map((it) => it.num + it.sub.map((s) => `(${s})`).join('')).join(', ')}`
        const label = externalProvision !== undefined ? `${provision}, paragraph ${items.map((it) => it.num).join(', ')}` : provision
        // An empty name: the instrument was named earlier in the text ("thereof").
        out.push({ kind: 'external', text, position, ...(external === '' ? {} : { instrument: external }), provision: label })
      } else {
        const targets: string[] = []
        const missing: string[] = unresolvedArticle === undefined ? [] : [`article ${unresolvedArticle}`]
        for (const item of items) {
          let node: Provision | undefined
          if (isArticle) node = index.articles.get(item.num.toLowerCase())
          else node = targetArticle === undefined ? undefined : childByNum(targetArticle, item.num)
          if (node === undefined) {
            if (unresolvedArticle === undefined) missing.push(`${isArticle ? 'article' : 'paragraph'} ${item.num}`)
            continue
          }
          for (const sub of item.sub) {
            const child = childByNum(node, sub)
            if (child === undefined) break
            node = child
          }
          targets.push(node.eId)
        }
        const reference: Reference = { kind: 'internal', text, position, targets }
        out.push(reference)
        if (missing.length > 0) unresolved.push({ reference, missing })
      }
      i = end - 1
    }
    // Bare mentions of the UN Charter ("the UN Charter", "the Charter of the United Nations").
    if (!index.selfCharter) {
      for (let i = 0; i < tokens.length; i++) {
        if (used.has(i)) continue
        const t = tokens[i]
        if (t === undefined) continue
        let len = 0
        if (t.norm === 'un' && tokens[i + 1]?.norm === 'charter') len = 2
        else if (t.norm === 'united' && tokens[i + 1]?.norm === 'nations' && tokens[i + 2]?.norm === 'charter') len = 3
        else if (t.norm === 'charter' && t.text === 'Charter' && tokens[i + 1]?.norm === 'of' && tokens[i + 2]?.norm === 'the' && tokens[i + 3]?.norm === 'united' && tokens[i + 4]?.norm === 'nations') len = 5
        if (len === 0) continue
        const last = tokens[i + len - 1] ?? t
        out.push({ kind: 'external', text: sliceAt(sentence.leaf, t.start, last.end), position: spanAt(sentence.leaf, t.start, last.end), instrument: UN_CHARTER })
        i += len - 1
      }
    }
  }
  return { references: out, unresolved }
}
