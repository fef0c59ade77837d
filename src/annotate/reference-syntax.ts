/**
 * The shape of a cross-reference, read from tokens without looking at the tree: which levels
 * it names ("Article 5", "paragraph 1", "sub-paragraph (a)", "Annex II"), in which order, with
 * which labels and ranges, what container it is relative to ("of this Article", "of the
 * preceding Article") and whether it names another instrument ("of the Vienna Convention").
 *
 * Every form reads a bounded number of tokens from its keyword, so a sentence is read in
 * linear time whatever it holds.
 *
 * Forms read (all combinations, British and American spelling, roman and arabic numbers):
 * "Article 5", "Articles 3 and 5", "Articles IV to VI", "Article 14 bis", "Article 14bis",
 * "Article 5(1)(a)", "Article 2 (1) (a)-(g)", "Article 5, paragraph 1", "Article 5 paragraph 1 (b)",
 * "paragraph 2 (b)", "paragraph 2(b)", "paragraph 1a)", "paragraphs 1 to 3 of article 65",
 * "sub-paragraph (a)", "subparagraph b)", "sub-paragraphs (a) to (c)", "subparagraph (b) of
 * paragraph 2", "sub-paragraph (a) of this paragraph", "point (ii)", "Annex I",
 * "Annex II to this Treaty", "paragraph 3 of Annex I", "the preceding paragraph",
 * "the previous Article", "Articles 6, paragraphs 1 and 2, and 7, paragraph 1", "Articles 14 to
 * 14 ter", and labels that are Markdown links ("[Article 5](…)", "article [5](…)", "[Articles
 * 90](…) and [94](…)"), which name another document and so are external.
 *
 * With `ReadOptions.sections`, also the sections inside articles of the IMF and World Bank
 * Articles of Agreement, GATT and the Open Skies Treaty, a level between article and
 * paragraph: "Article IV, Section 2 (a)", "Section 2 of Article IV", "Sections 2 and 3",
 * "section 4(b)(ii)", "Article VIII, Section I, paragraph 4", "paragraph (a) of Section 4 of
 * Article V", "paragraph 2 of this Section", "the preceding Section". Without it (the
 * default) "Section" is no keyword, as before sections were read: most treaties use the word
 * for a group of articles, and the caller reads without sections where the text means that.
 */
import { INSTRUMENT_NOUNS } from './nouns.js'
import type { TokenList } from './text.js'

/** The levels a reference can name, from the outermost. */
export type RefLevel = 'annex' | 'article' | 'section' | 'paragraph' | 'subparagraph' | 'point'

/** Outermost first: a level may only be followed (inwards) by a higher rank. */
export const LEVEL_RANK: Readonly<Record<RefLevel, number>> = { annex: 0, article: 1, section: 2, paragraph: 3, subparagraph: 4, point: 5 }

/** One label with the bracketed labels glued to it: "5(1)(a)" is `{ value: '5', subs: ['1', 'a'] }`. */
export interface Label {
  readonly value: string
  readonly subs: readonly string[]
}

/** One item of a list: a label, or a range of labels ("1 to 3", "(a)-(g)"). */
export interface Item {
  readonly from: Label
  readonly to?: Label | undefined
}

/** A keyword and the items after it ("paragraphs 1 and 2"). */
export interface Segment {
  readonly level: RefLevel
  /** The keyword as folded ("annex", "appendix", "schedule" tell annex kinds apart). */
  readonly keyword: string
  readonly items: readonly Item[]
}

/** One more outer item after a descent, with its own inner segment when it has one ("7, paragraph 1"). */
export interface Also {
  readonly item: Item
  readonly inner?: Segment | undefined
}

/** A container named in words rather than by number. */
export type Container = 'this-article' | 'this-section' | 'this-paragraph' | 'this-annex' | 'previous-article' | 'previous-section' | 'previous-paragraph'

/** A reference as read. */
export interface ParsedReference {
  /** Index of its first token. */
  readonly start: number
  /** Index after its last token. */
  readonly end: number
  /** Outermost first; empty for "the preceding paragraph" (then `container` says it all). */
  readonly segments: readonly Segment[]
  /** More items of the outermost level after a descent: the "7" of "Articles 6, paragraph 1, and 7". */
  readonly also?: readonly Also[] | undefined
  /** What the outermost segment is relative to, when the text says so. */
  readonly container?: Container | undefined
  /** Another instrument: its name, or '' when it was named earlier ("thereof", "of that Declaration"). */
  readonly instrument?: string | undefined
  /** Index after the last token read, when it is past `end` (a Markdown link target after the reference's text). */
  readonly consumed?: number | undefined
}

/** How the reader decides whether "of the Convention" names this instrument. */
export interface ReadOptions {
  /** True when an instrument name ("Convention", "Charter of the United Nations") is this treaty. */
  readonly isSelf: (name: string) => boolean
  /** Read "Section" as the level inside an article ("Article IV, Section 2"); off by default. */
  readonly sections?: boolean | undefined
}

const KEYWORDS: ReadonlyMap<string, RefLevel> = new Map<string, RefLevel>([
  ['article', 'article'], ['articles', 'article'], ['art', 'article'], ['arts', 'article'],
  ['paragraph', 'paragraph'], ['paragraphs', 'paragraph'], ['para', 'paragraph'], ['paras', 'paragraph'],
  ['subparagraph', 'subparagraph'], ['subparagraphs', 'subparagraph'],
  ['point', 'point'], ['points', 'point'],
  ['annex', 'annex'], ['annexes', 'annex'], ['appendix', 'annex'], ['appendices', 'annex'], ['schedule', 'annex'], ['schedules', 'annex']
])
/** Singular keywords, for "the preceding paragraph" and "of this Article". */
const SINGULAR: ReadonlyMap<string, RefLevel> = new Map<string, RefLevel>([
  ['article', 'article'], ['paragraph', 'paragraph'], ['subparagraph', 'subparagraph'], ['annex', 'annex']
])

/** The words a reader takes as keywords, and as containers named in words ("this Article"). */
export interface Vocabulary {
  readonly keywords: ReadonlyMap<string, RefLevel>
  readonly singular: ReadonlyMap<string, RefLevel>
  /**
   * "the Articles of Agreement of the International Monetary Fund" is an instrument's name,
   * not a reference: where sections are read, the name is what their references are owned by
   * ("Section 3(b) of Article VII of the Articles of Agreement of …", GATT Art. XIV).
   */
  readonly articlesOfAgreement: boolean
}

/** The reading without sections: "Section" is not a keyword. */
const PLAIN: Vocabulary = { keywords: KEYWORDS, singular: SINGULAR, articlesOfAgreement: false }
/** The reading with sections inside articles. */
const WITH_SECTIONS: Vocabulary = {
  keywords: new Map<string, RefLevel>([...KEYWORDS, ['section', 'section'], ['sections', 'section']]),
  singular: new Map<string, RefLevel>([...SINGULAR, ['section', 'section']]),
  articlesOfAgreement: true
}
/** Latin suffixes of inserted articles ("Article 14 bis"). */
const SUFFIXES = new Set(['bis', 'ter', 'quater', 'quinquies', 'sexies', 'septies', 'octies', 'novies', 'nonies', 'decies'])
const SUFFIXED = /^(\d{1,4})(bis|ter|quater|quinquies|sexies|septies|octies|novies|nonies|decies)$/iu
/** Words that name an instrument in a reference ("Article 5 of the Declaration"). */
export const INSTRUMENT_WORDS: ReadonlySet<string> = new Set([...INSTRUMENT_NOUNS, 'declaration'])
const CONNECTORS = new Set(['of', 'the', 'on', 'for', 'and', 'de', 'la', 'du'])
const PREVIOUS = new Set(['preceding', 'previous', 'foregoing'])
/** Words after a bare letter that show it is a label ("sub-paragraph a of …"), not the article "a". */
const AFTER_BARE_LETTER = new Set(['of', 'and', 'or', 'to', 'through', 'above', 'below', 'hereof', 'in'])
/** The words a reference read here can start with (its keyword, or "sub" of "sub paragraph"). */
export const REFERENCE_STARTS: readonly string[] = [...WITH_SECTIONS.keywords.keys(), 'sub']
/** The words a reference read here can have second, after "the" ("the preceding paragraph"). */
export const REFERENCE_SECONDS: readonly string[] = [...PREVIOUS]

/** "1-3" as one token (the tokenizer joins hyphenated digits). */
const NUMBER_RANGE = /^(\d{1,4})[-‐‑](\d{1,4})$/u
const MAX_ITEMS = 50
const MAX_SUBS = 6
/** The longest link target read ("](…)"). */
const MAX_LINK = 300

function isDigits(text: string): boolean {
  return /^\d{1,4}$/u.test(text)
}

function isUpperRoman(text: string): boolean {
  return /^[IVXLC]{1,8}$/u.test(text)
}

function isLowerRoman(text: string): boolean {
  return /^[ivxlc]{1,6}$/u.test(text)
}

/** A short label inside brackets: "1", "a", "ii", "A", "bis" is not one. */
function isShortLabel(text: string): boolean {
  return /^(?:\d{1,3}|[a-z]{1,4}|[A-Z]{1,4})$/u.test(text) && !SUFFIXES.has(text.toLowerCase())
}

/**
 * The level a keyword at `i` names, and how many tokens the keyword takes ("sub paragraph"
 * is two, "Art." two with its dot).
 *
 * @param tokens The sentence's tokens.
 * @param i Where to look.
 * @param words The keywords known (without sections by default).
 * @returns The level and the index after the keyword, or undefined.
 */
export function keywordAt(tokens: TokenList, i: number, words: Vocabulary = PLAIN): { level: RefLevel; keyword: string; next: number } | undefined {
  const t = tokens.at(i)
  if (t === undefined || t.punct) return undefined
  let level = words.keywords.get(t.norm)
  let next = i + 1
  if (level === undefined && t.norm === 'sub' && (tokens.at(i + 1)?.norm === 'paragraph' || tokens.at(i + 1)?.norm === 'paragraphs')) {
    level = 'subparagraph'
    next = i + 2
  }
  if (level === undefined) return undefined
  if ((t.norm === 'art' || t.norm === 'arts' || t.norm === 'para' || t.norm === 'paras') && tokens.at(next)?.text === '.') next++
  return { level, keyword: t.norm, next }
}

/** "(x)" at j: the label and the index after ")". */
function bracketed(tokens: TokenList, j: number): { value: string; next: number } | undefined {
  const open = tokens.at(j)
  const inner = tokens.at(j + 1)
  if (open?.text !== '(' || tokens.at(j + 2)?.text !== ')' || inner === undefined || !isShortLabel(inner.text)) return undefined
  // "point(s)", "Article(s)": a plural mark glued to the word, not a label.
  if (inner.text === 's' && open.start === tokens.at(j - 1)?.end) return undefined
  return { value: inner.text, next: j + 3 }
}

/** "x)" at j (a label closed by a bracket only): the label and the index after ")". */
function halfBracketed(tokens: TokenList, j: number): { value: string; next: number } | undefined {
  const t = tokens.at(j)
  if (t === undefined || t.punct || tokens.at(j + 1)?.text !== ')' || !/^(?:\d{1,3}|[a-z]{1,4}|[A-Z])$/u.test(t.text)) return undefined
  // "(a)" is read by `bracketed`; here the bracket before must not be an opening one.
  if (tokens.at(j - 1)?.text === '(') return undefined
  return { value: t.text, next: j + 2 }
}

/** Read the labels glued after a label: "(1)(a)", " (b)", "b)". Stops before a dash range. */
function readSubs(tokens: TokenList, j: number, text: (from: number, to: number) => string): { subs: string[]; next: number; rangeTo?: string } {
  const subs: string[] = []
  let k = j
  while (subs.length < MAX_SUBS) {
    // "Article 14 (a) 2 (II)": a bare number between bracketed labels is one of them.
    const bare = tokens.at(k)
    if (subs.length > 0 && bare !== undefined && /^\d{1,3}$/u.test(bare.text) && bracketed(tokens, k + 1) !== undefined) {
      subs.push(bare.text)
      k++
      continue
    }
    const b = bracketed(tokens, k)
    if (b === undefined) break
    // "(a)-(g)": a range of the last label, not one more level.
    if (subs.length > 0 && isDash(text, tokens, k)) {
      return { subs, next: b.next, rangeTo: b.value }
    }
    subs.push(b.value)
    k = b.next
  }
  return { subs, next: k }
}

/** Is the text between token k-1 and token k a dash ("(a)-(g)", "1–3")? */
function isDash(text: (from: number, to: number) => string, tokens: TokenList, k: number): boolean {
  const before = tokens.at(k - 1)
  const at = tokens.at(k)
  if (before === undefined || at === undefined) return false
  return /^\s?[-‐‑–—]\s?$/u.test(text(before.end, at.start))
}

/** One label of a level at j: its value, the labels glued to it, and any dash range. */
function readLabel(
  tokens: TokenList,
  j: number,
  level: RefLevel,
  text: (from: number, to: number) => string
): { label: Label; next: number; rangeTo?: string } | undefined {
  const t = tokens.at(j)
  if (t === undefined) return undefined
  let value: string | undefined
  let next = j + 1
  const subs: string[] = []
  if (level === 'subparagraph' || level === 'point') {
    const b = bracketed(tokens, j) ?? halfBracketed(tokens, j)
    if (b !== undefined) {
      value = b.value
      next = b.next
    } else if (level === 'subparagraph' && !t.punct && /^[a-z]$/u.test(t.text)) {
      // A bare letter only when what follows shows it is a label ("sub-paragraph a of …").
      const after = tokens.at(j + 1)
      if (after === undefined || after.punct || AFTER_BARE_LETTER.has(after.norm)) value = t.text
    }
  } else if (!t.punct) {
    const suffixed = SUFFIXED.exec(t.text)
    if (NUMBER_RANGE.test(t.text) && level !== 'annex') value = t.text
    else if (isDigits(t.text)) {
      value = t.text
      // "Article 14 bis": the suffix is part of the number.
      const suffix = tokens.at(j + 1)
      if (suffix !== undefined && SUFFIXES.has(suffix.norm)) {
        value = `${t.text} ${suffix.text}`
        next = j + 2
      }
    } else if (suffixed !== null) value = t.text
    else if (/^\d{1,3}[a-z]$/u.test(t.text) && tokens.at(j + 1)?.text === ')') {
      // "paragraph 1a)": paragraph 1, sub-paragraph a.
      value = t.text.slice(0, -1)
      subs.push(t.text.slice(-1))
      next = j + 2
    } else if (level === 'article' && /^\d{1,3}[a-z]{1,2}$/u.test(t.text)) value = t.text
    else if (isUpperRoman(t.text) || isLowerRoman(t.text)) value = t.text
    else if ((level === 'annex' || level === 'section') && /^[A-Z]$/u.test(t.text)) value = t.text
  } else if (level === 'paragraph') {
    const b = bracketed(tokens, j)
    if (b !== undefined) {
      value = b.value
      next = b.next
    }
  }
  if (value === undefined) return undefined
  if (level === 'annex') return { label: { value, subs }, next }
  const more = readSubs(tokens, next, text)
  // "paragraph 2 b)": one half-bracketed letter glued to a number.
  if (more.subs.length === 0 && subs.length === 0 && level === 'paragraph') {
    const half = halfBracketed(tokens, more.next)
    if (half !== undefined && /^[a-z]$/u.test(half.value)) return { label: { value, subs: [half.value] }, next: half.next }
  }
  return { label: { value, subs: [...subs, ...more.subs] }, next: more.next, ...(more.rangeTo === undefined ? {} : { rangeTo: more.rangeTo }) }
}

/** The label after a list word ("and", "to") that repeats only the last bracket: "1 (b) and (c)". */
function readSibling(tokens: TokenList, j: number, previous: Label): { label: Label; next: number } | undefined {
  if (previous.subs.length === 0) return undefined
  const b = bracketed(tokens, j) ?? halfBracketed(tokens, j)
  if (b === undefined) return undefined
  return { label: { value: previous.value, subs: [...previous.subs.slice(0, -1), b.value] }, next: b.next }
}

function withLast(label: Label, last: string): Label {
  return { value: label.value, subs: [...label.subs.slice(0, -1), last] }
}

/**
 * A Markdown link closing at k ("](../../verdrag/charter/BWBV0004143/README.md)"): its target
 * and the index after its ")". The target is read from the text, at most `MAX_LINK` characters.
 */
function linkAt(tokens: TokenList, k: number, text: (from: number, to: number) => string): Link | undefined {
  const close = tokens.at(k)
  const open = tokens.at(k + 1)
  if (close?.text !== ']' || open?.text !== '(' || open.start !== close.end) return undefined
  const rest = text(open.end, open.end + MAX_LINK)
  const end = rest.indexOf(')')
  if (end < 0 || /\s/u.test(rest.slice(0, end))) return undefined
  const after = open.end + end + 1
  let next = k + 2
  while (next < tokens.length && (tokens.at(next)?.start ?? after) < after) next++
  return { url: rest.slice(0, end), close: k, next }
}

/** A Markdown link read after a label: its target, the index of its "]" and the index after its ")". */
interface Link {
  readonly url: string
  readonly close: number
  readonly next: number
}

/**
 * A label, also as the text of a Markdown link: "article [5](…)", "[Articles 90](…) and [94](…)".
 * The link targets go to `links`.
 */
function readLinkedLabel(
  tokens: TokenList,
  k: number,
  level: RefLevel,
  text: (from: number, to: number) => string,
  links: Link[] | undefined
): ReturnType<typeof readLabel> {
  const bracket = tokens.at(k)
  const opened = bracket?.text === '[' && tokens.at(k + 1)?.start === bracket.end
  const label = readLabel(tokens, opened ? k + 1 : k, level, text)
  if (label === undefined) return undefined
  const link = linkAt(tokens, label.next, text)
  if (link === undefined) return opened ? undefined : label
  links?.push(link)
  return { ...label, next: link.next }
}

/** Read a list of labels of one level: "3, 4 and 5", "1 to 3", "(a) or (b)", "(a)-(g)". */
function readItems(
  tokens: TokenList,
  j: number,
  level: RefLevel,
  text: (from: number, to: number) => string,
  max = MAX_ITEMS,
  links?: Link[],
  stop?: (at: number) => boolean
): { items: Item[]; next: number } {
  const items: Item[] = []
  let k = j
  let current = readLinkedLabel(tokens, k, level, text, links)
  while (current !== undefined && items.length < max) {
    const from = current.label
    k = current.next
    const joined = NUMBER_RANGE.exec(tokens.at(k - 1)?.text ?? '')
    if (joined !== null && current.label.subs.length === 0) {
      // "paragraphs 1-3" is one token: the hyphen joins digits as it joins words.
      items.push({ from: { value: joined[1] ?? '', subs: [] }, to: { value: joined[2] ?? '', subs: [] } })
    } else if (current.rangeTo !== undefined) {
      items.push({ from, to: withLast(from, current.rangeTo) })
    } else {
      const sep = tokens.at(k)
      const range = sep?.norm === 'to' || sep?.norm === 'through' || isDash(text, tokens, k)
      const at = sep?.norm === 'to' || sep?.norm === 'through' ? k + 1 : k
      const to = range ? readSibling(tokens, at, from) ?? readLabel(tokens, at, level, text) : undefined
      if (to !== undefined) {
        items.push({ from, to: to.label })
        k = to.next
      } else items.push({ from })
    }
    // The list goes on after ",", "and", "or", ", and", ", or".
    const last = items.at(-1)?.from ?? from
    let m = k
    if (tokens.at(m)?.text === ',' && (tokens.at(m + 1)?.norm === 'and' || tokens.at(m + 1)?.norm === 'or')) m += 2
    else if (tokens.at(m)?.text === ',' || tokens.at(m)?.norm === 'and' || tokens.at(m)?.norm === 'or') m += 1
    else break
    if (items.length >= max) break
    // "paragraphs 1 and 2, and 7, paragraph 1": "7" is the outer list's, not a paragraph.
    if (stop?.(m) === true) break
    current = readSibling(tokens, m, last) ?? readLinkedLabel(tokens, m, level, text, links)
  }
  return { items, next: k }
}

/** A keyword and its list at i. */
function readSegment(
  tokens: TokenList,
  i: number,
  text: (from: number, to: number) => string,
  words: Vocabulary,
  max = MAX_ITEMS,
  links?: Link[],
  stop?: (at: number) => boolean
): { segment: Segment; next: number } | undefined {
  const kw = keywordAt(tokens, i, words)
  if (kw === undefined) return undefined
  const { items, next } = readItems(tokens, kw.next, kw.level, text, max, links, stop)
  if (items.length === 0) return undefined
  return { segment: { level: kw.level, keyword: kw.keyword, items }, next }
}

/** "this Article", "the present paragraph", "the preceding Article" at m: the container and the index after. */
function containerAt(tokens: TokenList, m: number, words: Vocabulary): { container: Container; next: number } | undefined {
  const a = tokens.at(m)?.norm
  let k: number
  let previous = false
  if (a === 'this') k = m + 1
  else if (a === 'the' && tokens.at(m + 1)?.norm === 'present') k = m + 2
  else if (a === 'the' && PREVIOUS.has(tokens.at(m + 1)?.norm ?? '')) {
    k = m + 2
    previous = true
  } else return undefined
  const level = words.singular.get(tokens.at(k)?.norm ?? '')
  if (level === undefined) return undefined
  if (previous) {
    if (level === 'article') return { container: 'previous-article', next: k + 1 }
    if (level === 'section') return { container: 'previous-section', next: k + 1 }
    if (level === 'paragraph') return { container: 'previous-paragraph', next: k + 1 }
    return undefined
  }
  if (level === 'article') return { container: 'this-article', next: k + 1 }
  if (level === 'section') return { container: 'this-section', next: k + 1 }
  if (level === 'paragraph') return { container: 'this-paragraph', next: k + 1 }
  if (level === 'annex') return { container: 'this-annex', next: k + 1 }
  return undefined
}

/** Does a list of references go on at k ("…, Article 4 and Article 5")? Then a comma was a list comma. */
function continuesList(tokens: TokenList, k: number, words: Vocabulary): boolean {
  const word = tokens.at(k)?.norm
  if (word !== ',' && word !== 'and' && word !== 'or') return false
  const m = tokens.at(k + 1)?.norm === 'and' || tokens.at(k + 1)?.norm === 'or' ? k + 2 : k + 1
  return keywordAt(tokens, m, words) !== undefined
}

/** Read an instrument name: capitalised words and connectors. */
function readInstrument(tokens: TokenList, i: number, vocabulary: Vocabulary): { name: string; next: number } | undefined {
  let j = i
  const words: string[] = []
  while (j < tokens.length && words.length < 12) {
    const t = tokens.at(j)
    if (t === undefined || t.punct) break
    const capital = /^\p{Lu}/u.test(t.text)
    const name = vocabulary.articlesOfAgreement && t.norm === 'articles' && tokens.at(j + 1)?.norm === 'of' && tokens.at(j + 2)?.norm === 'agreement'
    // "… of the Convention and Article 5": a reference keyword starts the next reference.
    if ((!capital && !CONNECTORS.has(t.norm)) || (vocabulary.keywords.has(t.norm) && !name)) break
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

/** What follows a reference: this instrument ("of this Treaty"), another one, or nothing. */
function readOwner(tokens: TokenList, k: number, annexFirst: boolean, options: ReadOptions, words: Vocabulary): { next: number; instrument?: string } {
  // "article 18, paragraph 13, of the Convention": a comma may stand before the owner.
  if (tokens.at(k)?.text === ',' && tokens.at(k + 1)?.norm === 'of') {
    const after = readOwner(tokens, k + 1, annexFirst, options, words)
    return after.next > k + 1 ? after : { next: k }
  }
  const at = tokens.at(k)?.norm
  if (at === 'thereof') return { next: k + 1, instrument: '' }
  // "Annex II to this Treaty": annexes belong to an instrument with "to" as well as "of".
  if (at !== 'of' && !(annexFirst && at === 'to')) return { next: k }
  const a = tokens.at(k + 1)
  const b = tokens.at(k + 2)
  if (a === undefined) return { next: k }
  if (a.norm === 'that' || a.norm === 'said') {
    // "paragraph 5 of that Declaration": another instrument, named before.
    const named = readInstrument(tokens, k + 2, words)
    return named === undefined ? { next: k } : { next: named.next, instrument: named.name }
  }
  if (a.norm === 'this' || a.norm === 'present' || (a.norm === 'the' && b?.norm === 'present')) {
    const word = a.norm === 'the' ? tokens.at(k + 3) : b
    const w = word?.norm ?? ''
    if (INSTRUMENT_WORDS.has(w) || w === 'part' || w === 'chapter' || w === 'section') return { next: a.norm === 'the' ? k + 4 : k + 3 }
    return { next: k }
  }
  if (a.norm === 'the') {
    const inst = readInstrument(tokens, k + 2, words)
    if (inst === undefined) return { next: k }
    return options.isSelf(inst.name) ? { next: inst.next } : { next: inst.next, instrument: inst.name }
  }
  if (/^\p{Lu}/u.test(a.text) && !words.keywords.has(a.norm)) {
    const inst = readInstrument(tokens, k + 1, words)
    if (inst === undefined) return { next: k }
    return options.isSelf(inst.name) ? { next: inst.next } : { next: inst.next, instrument: inst.name }
  }
  return { next: k }
}

/**
 * Read the reference that starts at token `i`, if one does.
 *
 * @param tokens The sentence's tokens.
 * @param i Where a keyword (or "the preceding …") may start.
 * @param text The input between two offsets (to see dashes, which are not tokens).
 * @param options How to tell this instrument from others.
 * @returns The reference, or undefined when none starts here.
 */
export function readReference(
  tokens: TokenList,
  i: number,
  text: (from: number, to: number) => string,
  options: ReadOptions
): ParsedReference | undefined {
  const words = options.sections === true ? WITH_SECTIONS : PLAIN
  // "the preceding paragraph", "the previous Article" (singular only: a plural names an unclear set).
  if (tokens.at(i)?.norm === 'the' && PREVIOUS.has(tokens.at(i + 1)?.norm ?? '')) {
    const c = containerAt(tokens, i, words)
    if (c === undefined) return undefined
    return { start: i, end: c.next, segments: [], container: c.container }
  }
  // The targets of Markdown links around labels ("[Article 5](…)", "article [5](…)").
  const links: Link[] = []
  const first = readSegment(tokens, i, text, words, MAX_ITEMS, links)
  if (first === undefined) return undefined
  if (first.segment.level === 'section' && (runInHeading(tokens, i, first, text) || followsUnreadLabel(tokens, i, words))) return undefined
  const segments: Segment[] = [first.segment]
  let k = first.next
  const head = segments[0]
  const plural = head?.keyword.endsWith('s') === true
  // Under a plural keyword, an item followed by a keyword of a lower level starts the next
  // item of the plural list: the "7" of "Articles 6, paragraphs 1 and 2, and 7, paragraph 1".
  const headItem = (at: number): boolean => {
    if (head === undefined) return false
    const label = readLinkedLabel(tokens, at, head.level, text, undefined)
    if (label === undefined) return false
    const kw = keywordAt(tokens, tokens.at(label.next)?.text === ',' ? label.next + 1 : label.next, words)
    return kw !== undefined && kw.level !== 'annex' && LEVEL_RANK[kw.level] > LEVEL_RANK[head.level]
  }
  // Inwards: "Article 5, paragraph 1, sub-paragraph (a)".
  for (;;) {
    const last = segments.at(-1)
    if (last?.items.length !== 1 || last.items[0]?.to !== undefined) break
    const m = tokens.at(k)?.text === ',' ? k + 1 : k
    const kw = keywordAt(tokens, m, words)
    if (kw === undefined || kw.level === 'annex' || LEVEL_RANK[kw.level] <= LEVEL_RANK[last.level]) break
    // "Articles 6, paragraph 1, and 7": a singular keyword under a plural one names one item;
    // the list after it is the plural one's.
    const single = plural && !kw.keyword.endsWith('s')
    const inner = readSegment(tokens, m, text, words, single ? 1 : MAX_ITEMS, links, plural && segments.length === 1 ? headItem : undefined)
    if (inner === undefined) break
    segments.push(inner.segment)
    k = inner.next
  }
  // "Articles 6, paragraph 1, and 7, paragraph 1": after a plural keyword the outer list goes
  // on, each item with its own inner level ("10, paragraph 2, or 47, subparagraphs 1 (a)") or none.
  const also: Also[] = []
  const innerLevel = segments[1]?.level
  while (plural && innerLevel !== undefined && also.length < MAX_ITEMS) {
    let m = k
    if (tokens.at(m)?.text === ',' && (tokens.at(m + 1)?.norm === 'and' || tokens.at(m + 1)?.norm === 'or')) m += 2
    else if (tokens.at(m)?.text === ',' || tokens.at(m)?.norm === 'and' || tokens.at(m)?.norm === 'or') m += 1
    const more = m > k ? readItems(tokens, m, head.level, text, 1, links) : undefined
    const item = more?.items[0]
    if (more === undefined || item === undefined) break
    k = more.next
    const n = tokens.at(k)?.text === ',' ? k + 1 : k
    const kw = keywordAt(tokens, n, words)
    const deeper = kw !== undefined && kw.level !== 'annex' && LEVEL_RANK[kw.level] > LEVEL_RANK[head.level]
    const inner = deeper ? readSegment(tokens, n, text, words, kw.keyword.endsWith('s') ? MAX_ITEMS : 1, links, headItem) : undefined
    if (inner !== undefined) k = inner.next
    also.push(inner === undefined ? { item } : { item, inner: inner.segment })
  }
  // Outwards: "sub-paragraph (b) of paragraph 2 of Article 5", "… of this Article", "… above".
  let container: Container | undefined
  for (;;) {
    const word = tokens.at(k)?.norm
    if (word === 'above' || word === 'below' || word === 'hereof' || word === 'hereunder') {
      k++
      continue
    }
    const outer = segments[0]
    // "paragraph 3, Article 4": the inverse of "Article 4, paragraph 3", when a single item follows.
    const comma = word === ',' && outer?.items.length === 1 ? readSegment(tokens, k + 1, text, words) : undefined
    const ascends = comma !== undefined && outer !== undefined && comma.segment.level !== 'annex' && LEVEL_RANK[comma.segment.level] < LEVEL_RANK[outer.level]
    if (ascends && comma.segment.items.length === 1 && !continuesList(tokens, comma.next, words)) {
      segments.unshift(comma.segment)
      k = comma.next
      continue
    }
    // "Section II, paragraph 2, of this Article": read with sections, a comma may stand before
    // "of" (the reading without them keeps what it always did: the owner reader skips it).
    const of = word === 'of' || word === 'in' ? k : words === WITH_SECTIONS && word === ',' && tokens.at(k + 1)?.norm === 'of' ? k + 1 : undefined
    if (of === undefined) break
    const kw = keywordAt(tokens, of + 1, words)
    if (kw !== undefined && outer !== undefined && LEVEL_RANK[kw.level] < LEVEL_RANK[outer.level]) {
      const seg = readSegment(tokens, of + 1, text, words)
      if (seg === undefined) break
      // An outer level names one container: keep its first item ("of Articles 3 and 4" is unclear).
      const one = seg.segment.items[0]
      segments.unshift({ ...seg.segment, items: one === undefined ? [] : [{ from: one.from }] })
      k = seg.next
      continue
    }
    const c = containerAt(tokens, of + 1, words)
    if (c !== undefined && outer !== undefined && holds(c.container, outer.level)) {
      container = c.container
      k = c.next
    }
    break
  }
  const owner = readOwner(tokens, k, segments[0]?.level === 'annex' || container === 'this-annex', options, words)
  let end = owner.next
  let instrument = owner.instrument
  // "[Article 1 B of the Convention](…)": the link closes after the owner.
  const inside = tokens.at(i - 1)?.text === '['
  const closing = links.length === 0 && inside ? linkAt(tokens, end, text) : undefined
  if (closing !== undefined) links.push(closing)
  // A link names another document (the text's own provisions are not linked to): the reference
  // is external, to the instrument the link text names or else the one its path names.
  const link = links[0]
  if (link !== undefined && (instrument === undefined || instrument === '')) instrument = instrumentOfLink(link.url)
  // The reference's text stops at a link's text ("Article 5" of "[Article 5](…)", "article [5]"
  // of "article [5](…)"); the link target is read past.
  const last = links.at(-1)
  const consumed = last !== undefined && last.next >= end ? last.next : end
  if (last !== undefined && last.next >= end) end = inside ? last.close : last.close + 1
  return {
    start: i,
    end,
    ...(consumed === end ? {} : { consumed }),
    segments,
    ...(also.length === 0 ? {} : { also }),
    ...(container === undefined ? {} : { container }),
    ...(instrument === undefined ? {} : { instrument })
  }
}

/**
 * Can a container named in words hold a reference's outermost level? "paragraph 2 of this
 * Section" can; in "Article 5 of this Section" and "paragraph 2 of this paragraph" the words
 * name something else (a section grouping articles, the owner), left to the owner reader.
 */
function holds(container: Container, outer: RefLevel): boolean {
  if (container === 'this-paragraph') return LEVEL_RANK[outer] > LEVEL_RANK.paragraph
  if (container === 'this-section' || container === 'previous-section') return LEVEL_RANK[outer] > LEVEL_RANK.section
  return true
}

/**
 * Is "Section 2" at `i` a section heading run into the text, where the source lost a line
 * break (the IMF Articles of Agreement: "… members.   Section 2. *Other members*  Membership
 * shall …")? A title set off by emphasis or a dash after the label says so anywhere; a full
 * stop and a capitalised word after it, at the start of a sentence.
 */
function runInHeading(tokens: TokenList, i: number, first: { segment: Segment; next: number }, text: (from: number, to: number) => string): boolean {
  const item = first.segment.items[0]
  if (first.segment.items.length !== 1 || item === undefined || item.to !== undefined || item.from.subs.length > 0) return false
  // "Section 1 A. *Categories of Resources*": a letter may follow the number.
  const lettered = /^[A-Z]$/u.test(tokens.at(first.next)?.text ?? '') && tokens.at(first.next + 1)?.text === '.'
  const after = lettered ? first.next + 1 : first.next
  const label = tokens.at(after - 1)
  if (label === undefined) return false
  const dot = tokens.at(after)?.text === '.'
  const following = tokens.at(dot ? after + 1 : after)
  const from = dot ? (tokens.at(after)?.end ?? label.end) : label.end
  if (following !== undefined && /^\s{0,8}[*_\-–—]/u.test(text(from, following.start))) return true
  const before = tokens.at(i - 1)
  const opens = before === undefined || before.text === '.' || before.text === ';' || before.text === ':'
  return opens && dot && (following === undefined || /^\p{Lu}/u.test(following.text))
}

/**
 * Does "Section 1" at `i` follow a keyword whose label was not read ("Article IIA, Section 1
 * (c)")? Had it been read, the section would be part of that reference; as it is, the section
 * is that article's, not one of the current article.
 */
function followsUnreadLabel(tokens: TokenList, i: number, words: Vocabulary): boolean {
  return keywordAt(tokens, tokens.at(i - 1)?.text === ',' ? i - 3 : i - 2, words) !== undefined
}

/** Path words that name a folder or a file of a link, not the instrument. */
const LINK_FOLDERS = new Set(['verdrag', 'verdragen', 'treaty', 'treaties', 'readme', 'index'])

/**
 * The instrument a link's path names: its folder words ("../../verdrag/charter/of/the/united/
 * nations/BWBV0004143/README.md" → "charter of the united nations"), without file names,
 * document ids and collection folders; the path as written when no word is left.
 *
 * @param url The link target.
 * @returns A name for the instrument.
 */
function instrumentOfLink(url: string): string {
  const words: string[] = []
  for (const part of url.split('/')) {
    if (part === '' || part.includes('.') || part.includes('#') || /^[a-z]{0,6}\d{2,}$/iu.test(part) || LINK_FOLDERS.has(part.toLowerCase())) continue
    words.push(part.replace(/[-_]+/gu, ' '))
  }
  return words.length === 0 ? url : words.join(' ')
}
