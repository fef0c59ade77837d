/**
 * Cross-references: internal ones ("Article 5", "Article 14 bis", "Article 5(1)(a)",
 * "Article 5, paragraph 1", "sub-paragraph (b) of paragraph 2", "sub-paragraphs (a) to (c)",
 * "Annex II to this Treaty", "the preceding paragraph", and in a text with sections inside
 * articles "Article IV, Section 2 (a)") resolve to eIds; external ones
 * ("Article 51 of the Charter of the United Nations", "Article 34 of the Convention" in a
 * protocol to it, "the UN Charter") name the instrument and the provision.
 *
 * Reading the words is `reference-syntax.ts`, looking nodes up is `reference-tree.ts`; this
 * module decides what a reference read from the words names in the tree: what "sub-paragraph
 * (a)" or "the preceding Article" is relative to, how ranges expand, and what is missing.
 */
import type { Reference } from '../schema/annotation.js'
import { romanValue, toRoman } from '../structure/numbers.js'
import { isProvision, type Provision, type TreatyNode } from '../schema/tree.js'
import { readReference, REFERENCE_SECONDS, REFERENCE_STARTS, type Item, type Label, type ParsedReference, type ReadOptions, type RefLevel, type Segment } from './reference-syntax.js'
import { anchorSection, containerSection, isSectionContainer, namesSection, readsAsDivision, sectionIn } from './reference-sections.js'
import {
  LEVEL_TYPES,
  UN_CHARTER,
  canonicalInstrument,
  childByNum,
  climb,
  findAnnex,
  findArticle,
  isSelf,
  nearest,
  previousArticle,
  previousSibling,
  scopeOf,
  uniqueDescendant,
  type ReferenceIndex,
  type Scope,
  type Target
} from './reference-tree.js'
import type { Lexicon } from './lexicon.js'
import type { Sentence } from './source.js'
import type { TokenList } from './text.js'
import { sliceAt, spanAt } from './source.js'

export { indexReferences, type ReferenceIndex } from './reference-tree.js'

/** Marks by folded form id: a reference starts at the word, starts one word before it, or the word names the Charter. */
const STARTS_HERE = 1
const STARTS_BEFORE = 2
const CHARTER_WORD = 4
const marksByLexicon = new WeakMap<Lexicon, Uint8Array>()

/** The marks of a lexicon's words (see `STARTS_HERE` and the others). */
function marksOf(lexicon: Lexicon): Uint8Array {
  let marks = marksByLexicon.get(lexicon)
  if (marks === undefined) {
    const words: [readonly string[], number][] = [[REFERENCE_STARTS, STARTS_HERE], [REFERENCE_SECONDS, STARTS_BEFORE], [['un', 'united', 'charter'], CHARTER_WORD]]
    const ids = words.flatMap(([list, mark]) => list.map((word) => [lexicon.normId(word), mark] as const))
    marks = new Uint8Array(Math.max(...ids.map(([id]) => id)) + 1)
    for (const [id, mark] of ids) marks[id] = (marks[id] ?? 0) | mark
    marksByLexicon.set(lexicon, marks)
  }
  return marks
}

/** Where in a sentence a reference may start, and where a Charter word is: token indexes, ascending. */
function candidatesIn(sentence: Sentence, marks: Uint8Array): { readonly starts: number[]; readonly charter: number[] } {
  const starts: number[] = []
  const charter: number[] = []
  const norms = sentence.stream.norm
  for (let i = 0; i < sentence.length; i++) {
    const mark = marks[norms[sentence.from + i] ?? 0] ?? 0
    if (mark === 0) continue
    if ((mark & STARTS_BEFORE) !== 0 && i > 0 && starts.at(-1) !== i - 1) starts.push(i - 1)
    if ((mark & STARTS_HERE) !== 0) starts.push(i)
    if ((mark & CHARTER_WORD) !== 0) charter.push(i)
  }
  return { starts, charter }
}

/** An internal reference naming something the treaty does not have. */
export interface Unresolved {
  readonly reference: Reference
  /** What could not be found ("article 99", "paragraph 4 of article 5"). */
  readonly missing: readonly string[]
}

/** The references of a provision, and those that did not resolve. */
export interface FoundReferences {
  readonly references: Reference[]
  readonly unresolved: Unresolved[]
}

/** A level and label in words, for diagnostics ("paragraph 4", "sub-paragraph (c)"). */
function describe(level: RefLevel, value: string): string {
  return level === 'subparagraph' || level === 'point' ? `${level} (${value})` : `${level} ${value}`
}

/** One step of a path: a segment's label (explicit) or a bracketed label glued to it. */
interface Step {
  readonly level: RefLevel
  readonly keyword: string
  readonly value: string
  readonly explicit: boolean
}

function stepsOf(outer: readonly Segment[], inner: Segment, label: Label): Step[] {
  const steps: Step[] = []
  const add = (segment: Segment, l: Label): void => {
    steps.push({ level: segment.level, keyword: segment.keyword, value: l.value, explicit: true })
    for (const sub of l.subs) steps.push({ level: segment.level, keyword: segment.keyword, value: sub, explicit: false })
  }
  for (const segment of outer) {
    const first = segment.items[0]
    if (first !== undefined) add(segment, first.from)
  }
  add(inner, label)
  return steps
}

/** Where the first step of a path lands. */
function anchor(step: Step, parsed: ParsedReference, scope: Scope, index: ReferenceIndex): Target | undefined {
  const c = parsed.container
  if (step.level === 'annex') return findAnnex(step.keyword, step.value, index)
  if (step.level === 'article') {
    if (c === 'this-annex' && scope.annex === undefined) return undefined
    return findArticle(step.value, scope, index, c === 'this-annex')
  }
  if (step.level === 'section') return anchorSection(step.value, c, scope, index)
  const types = LEVEL_TYPES[step.level]
  if (isSectionContainer(c)) {
    // "paragraph 2 of this Section", "(a) of the preceding Section": inside that section only;
    // in this one, up from the reference first ("paragraphs (i) and (ii) of this Section"
    // written in its point (iii)), as without the words.
    const section = containerSection(c, scope, index)
    if (section === undefined) return undefined
    const near = c === 'this-section' ? climb(scope.node, step.value, types, index) : undefined
    if (near !== undefined && isWithin(near, section, index)) return near
    return childByNum(section, step.value, index, types) ?? uniqueDescendant(section, step.value, step.level, index)
  }
  if (step.level === 'paragraph') {
    const base = c === 'previous-article' ? previousArticle(scope.article, scope, index) : c === 'this-annex' ? scope.annex : scope.article ?? scope.annex
    const found = base === undefined ? undefined : childByNum(base, step.value, index, types)
    // Numbered items below an article's level ("paragraphs 2 and 3 below" among the points of
    // a lettered part) are looked for upwards from the reference when the article has none.
    if (found !== undefined || c !== undefined) return found
    return climb(scope.node, step.value, types, index)
  }
  // Sub-paragraphs and points: "of this paragraph", "of this Article", or the nearest level up
  // from where the reference is made that has such a label.
  if (c === 'this-paragraph' || c === 'previous-paragraph') {
    const here = nearest(scope.node, 'paragraph', index)
    const paragraph = here === undefined || c === 'this-paragraph' ? here : previousSibling(here, index)
    return paragraph === undefined ? undefined : childByNum(paragraph, step.value, index, types)
  }
  const container = c === 'previous-article' ? previousArticle(scope.article, scope, index) : c === 'this-annex' ? scope.annex : undefined
  if (container !== undefined) return childByNum(container, step.value, index, types) ?? uniqueDescendant(container, step.value, step.level, index)
  const found = climb(scope.node, step.value, types, index)
  const top = scope.article ?? scope.annex
  return found ?? (top === undefined ? undefined : uniqueDescendant(top, step.value, step.level, index))
}

/** Is a node inside another (or the same)? */
function isWithin(node: TreatyNode, ancestor: TreatyNode, index: ReferenceIndex): boolean {
  for (let n: TreatyNode | undefined = node; n !== undefined; n = index.parents.get(n)) if (n === ancestor) return true
  return false
}

/** A path resolved: the node (the deepest one found), whether every step was found, and what was missing (in words, and the step). */
interface Resolved {
  readonly node?: Target | undefined
  readonly exact: boolean
  readonly missing?: string | undefined
  readonly lost?: Step | undefined
}

function resolveSteps(steps: readonly Step[], parsed: ParsedReference, scope: Scope, index: ReferenceIndex): Resolved {
  const [first, ...rest] = steps
  if (first === undefined) return { exact: false }
  let node = anchor(first, parsed, scope, index)
  if (node === undefined) return { exact: false, missing: describe(first.level, first.value), lost: first }
  let last = first
  for (const step of rest) {
    // Sections are no children of their article in the look-ups of other levels ("paragraph 2" is never "Section 2").
    let child: Target | undefined = step.level === 'section' && step.explicit ? sectionIn(node, step.value, index) : childByNum(node, step.value, index, step.explicit ? LEVEL_TYPES[step.level] : undefined)
    if (child === undefined && step.explicit && (step.level === 'subparagraph' || step.level === 'point')) child = uniqueDescendant(node, step.value, step.level, index)
    if (child === undefined) {
      // A named level that is not there is reported; a bracketed label the structure did not
      // read as a provision (an inline list) leaves the reference on its deepest known node.
      if (step.explicit) return { exact: false, missing: `${describe(step.level, step.value)} of ${describe(last.level, last.value)}`, lost: step }
      return { node, exact: false }
    }
    node = child
    if (step.explicit) last = step
  }
  return { node, exact: true }
}

/** The numbers of a numeric range ("1 to 3", "IV to VI"), or undefined for letters. */
function numericRange(from: string, to: string): string[] | undefined {
  if (/^\d+$/u.test(from) && /^\d+$/u.test(to)) {
    const a = Number(from)
    const b = Number(to)
    if (b <= a || b - a >= 50) return undefined
    return Array.from({ length: b - a - 1 }, (_, k) => String(a + k + 1))
  }
  const a = romanValue(from)
  const b = romanValue(to)
  // Multi-letter numerals only: "(a) to (c)" is letters, "IV to VI" numbers.
  if (a === undefined || b === undefined || b <= a || b - a >= 50 || (from.length === 1 && to.length === 1)) return undefined
  const upper = to === to.toUpperCase()
  return Array.from({ length: b - a - 1 }, (_, k) => {
    const r = toRoman(a + k + 1) ?? ''
    return upper ? r.toUpperCase() : r
  })
}

function lastOf(label: Label): string {
  return label.subs.at(-1) ?? label.value
}

function withLast(label: Label, last: string): Label {
  return label.subs.length > 0 ? { value: label.value, subs: [...label.subs.slice(0, -1), last] } : { value: last, subs: [] }
}

/** What a reference names: its targets, what was missing in words, and the steps not found. */
interface Resolution {
  readonly targets: Target[]
  readonly missing: string[]
  readonly lost: Step[]
}

/** The targets of one item (a label or a range) and what was missing. */
function resolveItem(outer: readonly Segment[], inner: Segment, item: Item, parsed: ParsedReference, scope: Scope, index: ReferenceIndex): Resolution {
  const targets: Target[] = []
  const missing: string[] = []
  const lost: Step[] = []
  const note = (r: Resolved): Resolved => {
    if (r.node !== undefined) targets.push(r.node)
    if (r.missing !== undefined) missing.push(r.missing)
    if (r.lost !== undefined) lost.push(r.lost)
    return r
  }
  const one = (label: Label): Resolved => note(resolveSteps(stepsOf(outer, inner, label), parsed, scope, index))
  if (item.to === undefined) {
    one(item.from)
    return { targets, missing, lost }
  }
  if (outer.length === 0 && inner.level === 'article' && item.from.subs.length === 0 && item.to.subs.length === 0) {
    // Articles in the order the text has them: "Articles 14 to 15" includes 14 bis and 14 ter,
    // "Articles 13 to 14 ter" runs across chapters.
    const from = resolveSteps(stepsOf(outer, inner, item.from), parsed, scope, index)
    const to = resolveSteps(stepsOf(outer, inner, item.to), parsed, scope, index)
    const run = from.node !== undefined && to.node !== undefined ? articleRun(from.node, to.node, index) : undefined
    if (run !== undefined) return { targets: run, missing, lost }
  }
  const between = numericRange(lastOf(item.from), lastOf(item.to))
  if (between !== undefined) {
    // Numbers: every number between is named, so every missing one is reported.
    one(item.from)
    for (const n of between) one(withLast(item.from, n))
    one(item.to)
    return { targets, missing, lost }
  }
  // Letters (and roman points): the siblings from one end to the other, as the tree has them.
  const from = resolveSteps(stepsOf(outer, inner, item.from), parsed, scope, index)
  const to = resolveSteps(stepsOf(outer, inner, item.to), parsed, scope, index)
  const parent = from.node === undefined ? undefined : index.parents.get(from.node)
  if (from.exact && to.exact && from.node !== undefined && to.node !== undefined && parent !== undefined && parent === index.parents.get(to.node) && 'children' in parent) {
    let inside = false
    for (const child of parent.children as TreatyNode[]) {
      if (child === from.node) inside = true
      if (inside && isProvision(child)) targets.push(child)
      if (child === to.node) break
    }
    return { targets, missing, lost }
  }
  note(from)
  note(to)
  return { targets, missing, lost }
}

/** The targets of an internal reference with a numbered level: every item, and every further item after a descent ("7, paragraph 1"). */
function resolveParsed(parsed: ParsedReference, scope: Scope, index: ReferenceIndex): Resolution {
  const targets: Target[] = []
  const missing: string[] = []
  const lost: Step[] = []
  const add = (r: Resolution): void => {
    targets.push(...r.targets)
    missing.push(...r.missing)
    lost.push(...r.lost)
  }
  const inner = parsed.segments.at(-1)
  if (inner === undefined) return { targets, missing, lost }
  const outer = parsed.segments.slice(0, -1)
  for (const item of inner.items) add(resolveItem(outer, inner, item, parsed, scope, index))
  const head = parsed.segments[0]
  for (const more of parsed.also ?? []) {
    if (head === undefined) break
    const outerOf = more.inner === undefined ? [] : [{ ...head, items: [more.item] }]
    const innerOf = more.inner ?? { ...head, items: [more.item] }
    for (const item of innerOf.items) add(resolveItem(outerOf, innerOf, item, parsed, scope, index))
  }
  return { targets, missing, lost }
}

/** The longest run of articles a range is read as in document order. */
const MAX_RUN = 100

/** The articles from one to another, both included, in document order (main body or one annex), or undefined when `to` does not follow `from`. */
function articleRun(from: Target, to: Target, index: ReferenceIndex): Target[] | undefined {
  const start = from.type === 'article' ? index.articlePlaces.get(from) : undefined
  const end = to.type === 'article' ? index.articlePlaces.get(to) : undefined
  if (start === undefined || end?.list !== start.list || end.at < start.at || end.at - start.at >= MAX_RUN) return undefined
  return start.list.slice(start.at, end.at + 1)
}

/** "the preceding paragraph", "the previous Article", "the preceding Section": the node, when there is a numbered one. */
function resolveRelative(parsed: ParsedReference, scope: Scope, index: ReferenceIndex): Target | undefined {
  if (parsed.container === 'previous-article') return previousArticle(scope.article, scope, index)
  if (parsed.container === 'previous-section') return containerSection(parsed.container, scope, index)
  if (parsed.container === 'previous-paragraph') {
    const paragraph = nearest(scope.node, 'paragraph', index)
    return paragraph === undefined ? undefined : previousSibling(paragraph, index)
  }
  return undefined
}

function levelName(segment: Segment, first: boolean): string {
  const name = segment.level === 'annex' ? segment.keyword.replace(/e?s$/u, '') : segment.level
  return first ? name.charAt(0).toUpperCase() + name.slice(1) : name
}

function labelText(label: Label): string {
  return label.value + label.subs.map((s) => `(${s})`).join('')
}

/** The provision of another instrument, in words: "Article 65, paragraph 1". */
function externalProvision(segments: readonly Segment[]): string {
  return segments
    .map((s, k) => `${levelName(s, k === 0)} ${s.items.map((it) => labelText(it.from) + (it.to === undefined ? '' : `–${labelText(it.to)}`)).join(', ')}`)
    .join(', ')
}

function dedupe(targets: readonly Target[]): string[] {
  return [...new Set(targets.map((t) => t.eId))]
}

/** A reference as read, with its resolution when reading it needed one. */
interface Reading {
  readonly parsed: ParsedReference
  readonly resolution?: Resolution | undefined
}

/** How far a sentence is read without sections: to the end of the last reading that named a section grouping articles. */
interface SectionState {
  plainUntil: number
}

/**
 * The reference at token `i`: read without sections, as always; in a text with sections
 * inside articles, read with them too, and that reading kept when it names a section that is
 * one. When it names a section grouping articles instead (`readsAsDivision`), the tokens it
 * spans are read as before sections were read: "Annex L, Section I, paragraph 9" is "Annex L"
 * and "paragraph 9", and its "Section I" is not then taken for a section of the current article.
 */
function readAt(
  tokens: TokenList,
  i: number,
  text: (from: number, to: number) => string,
  scope: Scope,
  index: ReferenceIndex,
  options: ReadOptions,
  state: SectionState
): Reading | undefined {
  const plain = readReference(tokens, i, text, options)
  const kept = plain === undefined ? undefined : { parsed: plain }
  if (!index.hasSections || i < state.plainUntil) return kept
  const parsed = readReference(tokens, i, text, { ...options, sections: true })
  if (parsed === undefined || !namesSection(parsed)) return kept
  // External ("Article VI, Section 4 (a) of the Fund Agreement") and relative ("the preceding
  // Section") references need no look-up to be kept.
  if (parsed.instrument !== undefined || parsed.segments.length === 0) return { parsed }
  const resolution = resolveParsed(parsed, scope, index)
  if (!readsAsDivision(parsed, resolution.lost, scope, index)) return { parsed, resolution }
  state.plainUntil = parsed.consumed ?? parsed.end
  return kept
}

/**
 * Find the references in a provision's sentences.
 *
 * @param provision The provision.
 * @param sentences Its own sentences.
 * @param article The article it belongs to (for "paragraph 1 of this Article").
 * @param index The treaty's reference index.
 * @returns The references, each resolved (internal: `targets`, empty when unresolved;
 *   external: `instrument` and `provision`).
 */
export function findReferences(provision: Provision, sentences: readonly Sentence[], article: Provision | undefined, index: ReferenceIndex): FoundReferences {
  const out: Reference[] = []
  const unresolved: Unresolved[] = []
  const options: ReadOptions = { isSelf: (name: string): boolean => isSelf(index, name) }
  for (const sentence of sentences) {
    // A reference starts only at a keyword (or "the" before "preceding"): most sentences have
    // none, and the rest are read at those words only, building just the tokens read.
    const candidates = candidatesIn(sentence, marksOf(sentence.stream.lexicon))
    if (candidates.starts.length === 0 && candidates.charter.length === 0) continue
    const tokens = sentence.list
    const used = new Set<number>()
    const scope = scopeOf(provision, article, index)
    const text = (from: number, to: number): string => sliceAt(sentence.leaf, from, to)
    let next = 0
    const state: SectionState = { plainUntil: 0 }
    for (const i of candidates.starts) {
      if (i < next) continue
      const reading = readAt(tokens, i, text, scope, index, options, state)
      if (reading === undefined) continue
      const { parsed } = reading
      const startTok = tokens.at(parsed.start)
      const endTok = tokens.at(parsed.end - 1)
      if (startTok === undefined || endTok === undefined) continue
      const position = spanAt(sentence.leaf, startTok.start, endTok.end)
      const refText = sliceAt(sentence.leaf, startTok.start, endTok.end)
      for (let k = parsed.start; k < parsed.end; k++) used.add(k)
      next = parsed.consumed ?? parsed.end
      if (parsed.instrument !== undefined) {
        const head = parsed.segments[0]
        const also = head === undefined ? [] : (parsed.also ?? []).map((more) => externalProvision([{ ...head, items: [more.item] }, ...(more.inner === undefined ? [] : [more.inner])]))
        const provision = [externalProvision(parsed.segments), ...also].join('; ')
        // An empty name: the instrument was named earlier in the text ("thereof").
        out.push({ kind: 'external', text: refText, position, ...(parsed.instrument === '' ? {} : { instrument: canonicalInstrument(parsed.instrument) }), ...(provision === '' ? {} : { provision }) })
        continue
      }
      const inner = parsed.segments.at(-1)
      if (inner === undefined) {
        // "the preceding paragraph" with no numbered paragraph before it names running text: no reference.
        const target = resolveRelative(parsed, scope, index)
        if (target !== undefined) out.push({ kind: 'internal', text: refText, position, targets: [target.eId] })
        continue
      }
      const { targets, missing } = reading.resolution ?? resolveParsed(parsed, scope, index)
      const reference: Reference = { kind: 'internal', text: refText, position, targets: dedupe(targets) }
      out.push(reference)
      if (missing.length > 0) unresolved.push({ reference, missing: [...new Set(missing)] })
    }
    // Bare mentions of the UN Charter ("the UN Charter", "the Charter of the United Nations").
    if (!index.selfCharter) {
      let after = 0
      for (const i of candidates.charter) {
        if (i < after || used.has(i)) continue
        const t = tokens.at(i)
        if (t === undefined) continue
        let len = 0
        if (t.norm === 'un' && tokens.at(i + 1)?.norm === 'charter') len = 2
        else if (t.norm === 'united' && tokens.at(i + 1)?.norm === 'nations' && tokens.at(i + 2)?.norm === 'charter') len = 3
        else if (t.norm === 'charter' && t.text === 'Charter' && tokens.at(i + 1)?.norm === 'of' && tokens.at(i + 2)?.norm === 'the' && tokens.at(i + 3)?.norm === 'united' && tokens.at(i + 4)?.norm === 'nations') len = 5
        if (len === 0) continue
        const last = tokens.at(i + len - 1) ?? t
        out.push({ kind: 'external', text: sliceAt(sentence.leaf, t.start, last.end), position: spanAt(sentence.leaf, t.start, last.end), instrument: UN_CHARTER })
        after = i + len
      }
    }
  }
  return { references: out, unresolved }
}
