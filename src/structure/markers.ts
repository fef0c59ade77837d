/**
 * The line classifier: what the start of a line proposes (an article heading, a division,
 * an annex, a list label, the testimonium) before the builder decides where it goes.
 *
 * Every pattern is anchored (sticky) at the line's text start and bounded, so classifying a
 * line costs time proportional to the few characters it looks at, never to the line.
 */
import type { DivisionKind } from '../schema/vocabulary.js'
import { matchDecimalLabel, type DecimalMarker } from './decimal.js'
import { closingEmphasis, emphasisWrapsLine, openingEmphasis, type OpeningEmphasis } from './emphasis.js'
import { readingsOf, type Reading } from './numbers.js'
import { isTitleLike } from './titles.js'

/** A span of the input: [start, end). */
export interface Span {
  start: number
  end: number
}

/** An article heading line: "Article 4", "ARTICLE IV.", "Art. 4 – Title", "ARTICLE I The…". */
export interface ArticleMarker {
  kind: 'article'
  /** The label as written: "Article 4". */
  num: Span
  value: string
  /** Text after the label and its punctuation on the same line (empty when none). */
  rest: Span
}

/** A division line: "PART I", "CHAPTER II – Title", "SECTION 1". */
export interface DivisionMarker {
  kind: 'division'
  divisionKind: DivisionKind
  num: Span
  value: string
  rest: Span
}

/** An annex, protocol, appendix, schedule or declaration heading. */
export interface AnnexMarker {
  kind: 'annex'
  num: Span
  value: string | undefined
  rest: Span
}

/** A list label at the start of a line: "1.", "(a)", "a)", "(i)", "(a).". */
export interface LabelMarker {
  kind: 'label'
  num: Span
  value: string
  /** The label's shape, e.g. "(x)", "(x).", "x.", "x)": labels of one list share it. */
  shape: string
  readings: Reading[]
  rest: Span
}

/** "IN WITNESS WHEREOF", "DONE at": the start of the conclusions. */
export interface ConclusionsMarker {
  kind: 'conclusions'
}

/** What a line's start proposes. */
export type Marker = ArticleMarker | DivisionMarker | AnnexMarker | LabelMarker | DecimalMarker | ConclusionsMarker

// English first; Dutch/German, Spanish, Italian and Portuguese too, since bilingual files follow
// the English text with a translation.
// A number ends where letters and digits do: "IV" in "ARTICLE IV." and in "__ARTICLE IV__"
// (where `\b` would see the underscore as part of the word); so do division and annex numbers.
const ARTICLE = /(?:ARTICLE|Article|ART\.|Art\.|ARTIKEL|Artikel|ART[IÍ]CULO|Art[ií]culo|ARTICOLO|Articolo|ARTIGO|Artigo)[ \t\u00a0]*(?:No\.[ \t]*)?(\d{1,4}(?:(?:bis|ter|quater|quinquies|sexies|[a-z]{1,2})(?![\dA-Za-z])|[ \t](?:bis|ter|quater|quinquies|sexies)(?![\dA-Za-z]))?|[IVXLCDM]{1,8}(?![\dA-Za-z])|[ivxlcdm]{1,8}(?![\dA-Za-z]))((?:\.\d{1,3}(?![\dA-Za-z]))?)/y
// Rules and regulations (PCT Rules, MARPOL Regulations) numbered like articles: "Rule 4",
// "Regulation 12", "Regulation 3.1", "Regulation I/2", "Rule 26bis"; Dutch "Voorschrift", "Regel".
const RULE = /(?:RULE|Rule|REGULATION|Regulation|VOORSCHRIFT|Voorschrift|REGEL|Regel)[ \t\u00a0]+((?:[IVX]{1,5}\/)?\d{1,3}(?:\.\d{1,3}){0,2}(?:bis|ter|quater)?)(?![\dA-Za-z])/y
const DIVISION = /(PART|Part|CHAPTER|Chapter|SUB-?SECTION|Sub-?section|SECTION|Section)[ \t\u00a0]+(\d{1,3}[A-Za-z]?(?![\dA-Za-z])|[IVXLCDM]{1,8}(?![\dA-Za-z])|[A-Z](?![\dA-Za-z]))/y
const ANNEX = /(ANNEX|Annex|APPENDIX|Appendix|PROTOCOL|Protocol|SCHEDULE|Schedule|DECLARATION|Declaration|ATTACHMENT|Attachment)(?:[ \t\u00a0]+(\d{1,3}(?![\dA-Za-z])|[IVXLCDM]{1,8}(?![\dA-Za-z])|[A-Z](?![\dA-Za-z])))?/y
const CONCLUSIONS = /in (?:witness|faith|testimony) whereof|done (?:at|in)\b|gedaan te\b|ten blijke waarvan|fait [àa]\b|en foi de quoi|geschehen zu\b|hecho en\b/iy
// Markdown may emphasise the label's letter: "(*a*)".
const PAREN_LABEL = /\([*_]{0,2}(\d{1,3}|[A-Za-z]{1,2}|[ivxlcdm]{2,8}|[IVXLCDM]{2,8})[*_]{0,2}\)(\.?)/y
const PLAIN_LABEL = /(\d{1,3}|[A-Za-z]{1,2}|[ivxlcdm]{2,8}|[IVXLCDM]{2,8})([.)])/y

const DIVISION_KINDS: Record<string, DivisionKind> = {
  part: 'part',
  chapter: 'chapter',
  section: 'section',
  subsection: 'subsection',
  'sub-section': 'subsection'
}

/** Characters that may stand between a heading's label and its title: "Article 4 – Title". */
function isSeparator(code: number): boolean {
  return code === 46 || code === 58 || code === 45 || code === 0x2013 || code === 0x2014 || code === 41
}

function isSpaceOrTab(code: number): boolean {
  return code === 32 || code === 9 || code === 0xa0
}

function isLower(code: number): boolean {
  return code >= 97 && code <= 122
}

function isLetter(code: number): boolean {
  return isLower(code) || (code >= 65 && code <= 90) || code > 0xbf
}

/**
 * Skip spaces, then label punctuation, then spaces: where the label ends (its punctuation
 * included, so "ARTICLE IV." is the label as written) and where the text after it starts.
 */
function skipToRest(text: string, from: number, end: number): { labelEnd: number; start: number; separated: boolean } {
  let index = from
  while (index < end && isSpaceOrTab(text.charCodeAt(index))) index++
  let separated = false
  while (index < end && isSeparator(text.charCodeAt(index))) {
    separated = true
    index++
  }
  const labelEnd = separated ? index : from
  while (index < end && isSpaceOrTab(text.charCodeAt(index))) index++
  return { labelEnd, start: index, separated }
}

/**
 * Whether the text after a heading's label can belong to a heading line: empty, after
 * punctuation ("– Title"), or starting with a capital (a title, or the body on the same
 * line). A lower-case word or a comma means the line is a sentence that starts with a
 * reference ("Article 5 shall apply…", "Article 51, paragraph 2").
 */
function restAllowsHeading(text: string, rest: Span, separated: boolean, strong: boolean): boolean {
  if (rest.start >= rest.end) return true
  const code = text.charCodeAt(rest.start)
  if (separated) return code !== 44 && code !== 59 && !(code >= 48 && code <= 57)
  if (!strong && !((code >= 65 && code <= 90) || code === 34 || code === 0x201c || code === 0x2018)) return false
  return !isLower(code) && code !== 44 && code !== 40 && code !== 59 && !(code >= 48 && code <= 57) && code !== 46
}

/**
 * Classify the start of a line.
 *
 * @param text The input.
 * @param start Where the line's text starts (after indentation and Markdown heading marks).
 * @param end Where the line's text ends (trailing whitespace excluded).
 * @param decimalLabels Whether the document numbers paragraphs "1.1", "1.2" (`usesDecimalNumbering`).
 * @returns What the line proposes, or undefined for plain text.
 */
export function classifyLine(text: string, start: number, end: number, decimalLabels = false): Marker | undefined {
  if (start >= end) return undefined
  // Markdown emphasis may wrap a heading's label ("**Article 1**", "**PART II**", "*ANNEX*")
  // or open the testimonium ("*IN WITNESS WHEREOF*"): the label is read after the opening
  // marks. List labels and decimal labels are never emphasised this way.
  const emphasis = openingEmphasis(text, start, end)
  const head = emphasis ? emphasis.inner : start
  const first = text.charCodeAt(head)
  if (!emphasis && decimalLabels && first >= 49 && first <= 57) {
    const decimal = matchDecimalLabel(text, start, end)
    if (decimal) return decimal
  }
  // Cheap prefilter on the first character before any pattern runs.
  if (first === 65 || first === 97) {
    const article = matchArticle(text, start, end, emphasis)
    if (article) return article
    const annex = matchAnnex(text, start, end, emphasis)
    if (annex) return annex
  }
  if (first === 82 || first === 86) {
    const rule = matchRule(text, start, end, emphasis)
    if (rule) return rule
  }
  if (first === 67 || first === 80 || first === 83) {
    const division = matchDivision(text, start, end, emphasis)
    if (division) return division
    const annex = first === 80 || first === 83 ? matchAnnex(text, start, end, emphasis) : undefined
    if (annex) return annex
  }
  if (first === 68) {
    const annex = matchAnnex(text, start, end, emphasis)
    if (annex) return annex
  }
  if (first === 73 || first === 105 || first === 68 || first === 100 || first === 71 || first === 103 || first === 84 || first === 116 || first === 70 || first === 102 || first === 69 || first === 101 || first === 72 || first === 104) {
    CONCLUSIONS.lastIndex = head
    if (CONCLUSIONS.test(text)) return { kind: 'conclusions' }
  }
  return emphasis ? undefined : matchLabel(text, start, end)
}

/** Where a heading's label ends and the text after it starts. */
interface LabelEnd {
  numEnd: number
  restStart: number
  separated: boolean
}

/**
 * End a heading's label after its number (at `numberEnd`): its punctuation, and, when the
 * line opens with emphasis, the closing marks. These end the label right after the number
 * ("**Article 1**", "**PART II**") or after its punctuation ("*Article 4.* Text") and belong
 * to it; text after them is set off from the label as by punctuation. Failing that, the marks
 * must end the line ("**Article 1 – Definitions**"), and the title keeps them.
 *
 * @returns Where the label ends, or undefined when the emphasis is closed elsewhere.
 */
function endLabel(text: string, numberEnd: number, end: number, emphasis: OpeningEmphasis | undefined, closeSeparates: boolean): LabelEnd | undefined {
  const plain = skipToRest(text, numberEnd, end)
  if (!emphasis) return { numEnd: plain.labelEnd, restStart: plain.start, separated: plain.separated }
  const close = closingEmphasis(text, numberEnd, end, emphasis) ?? (plain.separated ? closingEmphasis(text, plain.labelEnd, end, emphasis) : undefined)
  if (close !== undefined) {
    const after = skipToRest(text, close, end)
    const separated = plain.separated || after.separated || (closeSeparates && after.start < end)
    return { numEnd: after.labelEnd, restStart: after.start, separated }
  }
  if (!emphasisWrapsLine(text, plain.start, end, emphasis)) return undefined
  return { numEnd: plain.labelEnd, restStart: plain.start, separated: plain.separated }
}

/**
 * Run a heading keyword's pattern (sticky) where the label starts, after any opening
 * emphasis: the match and where it ends, when it ends within the line.
 */
function execLabel(pattern: RegExp, text: string, start: number, end: number, emphasis: OpeningEmphasis | undefined): { match: RegExpExecArray; matchEnd: number } | undefined {
  pattern.lastIndex = emphasis ? emphasis.inner : start
  const match = pattern.exec(text)
  if (!match || pattern.lastIndex > end) return undefined
  return { match, matchEnd: pattern.lastIndex }
}

function matchArticle(text: string, start: number, end: number, emphasis: OpeningEmphasis | undefined): ArticleMarker | undefined {
  const found = execLabel(ARTICLE, text, start, end, emphasis)
  if (!found) return undefined
  const { match, matchEnd } = found
  const label = endLabel(text, matchEnd, end, emphasis, false)
  if (!label) return undefined
  const rest = { start: label.restStart, end }
  const strong = text.charCodeAt(match.index + 1) === 82 // "ARTICLE" in capitals
  if (!restAllowsHeading(text, rest, label.separated, strong)) return undefined
  // The cleaned number: "4", "IV", "14 bis", "I.1".
  const value = ((match[1] ?? '') + (match[2] ?? '')).replace(/[ \t\u00a0]+/g, ' ')
  return { kind: 'article', num: { start, end: label.numEnd }, value, rest }
}

/**
 * A rule or regulation heading, read as an article: only where the heading form is plain,
 * the label alone on its line ("Rule 4", "### Regulation 12") or set off from a title by
 * punctuation ("Regulation 12 – Surveys"). "Rule 4 applies …" or "Regulation 12. The
 * Administration shall …" opens a sentence that names one.
 */
function matchRule(text: string, start: number, end: number, emphasis: OpeningEmphasis | undefined): ArticleMarker | undefined {
  const found = execLabel(RULE, text, start, end, emphasis)
  if (!found) return undefined
  const { match, matchEnd } = found
  const label = endLabel(text, matchEnd, end, emphasis, true)
  if (!label) return undefined
  const rest = { start: label.restStart, end }
  if (rest.start < rest.end && !(label.separated && isTitleLike(text, rest, 12))) return undefined
  return { kind: 'article', num: { start, end: label.numEnd }, value: match[1] ?? '', rest }
}

function matchDivision(text: string, start: number, end: number, emphasis: OpeningEmphasis | undefined): DivisionMarker | undefined {
  const found = execLabel(DIVISION, text, start, end, emphasis)
  if (!found) return undefined
  const { match, matchEnd } = found
  const label = endLabel(text, matchEnd, end, emphasis, true)
  if (!label) return undefined
  const { numEnd, restStart, separated } = label
  const rest = { start: restStart, end }
  const keyword = match[1] ?? ''
  const strong = keyword === keyword.toUpperCase()
  if (!restAllowsHeading(text, rest, separated, strong)) return undefined
  if (!strong && !separated && rest.start < rest.end) return undefined
  // "*Section 1.* The United Nations shall possess juridical personality.", "*Section 1*In
  // this Agreement:": an emphasised run-in number of a sentence (a section of an article in
  // the UN Privileges and Immunities conventions), not a division with a title. Plain labels
  // keep their reading: "Section 13. *Special Reserve*  The amount …" is a section whose
  // title and body share the line (the builder splits them: run-in.ts).
  if (emphasis && rest.start < rest.end && !isTitleLike(text, rest)) return undefined
  const kind = DIVISION_KINDS[keyword.toLowerCase()]
  if (!kind) return undefined
  return { kind: 'division', divisionKind: kind, num: { start, end: numEnd }, value: match[2] ?? '', rest }
}

function matchAnnex(text: string, start: number, end: number, emphasis: OpeningEmphasis | undefined): AnnexMarker | undefined {
  const found = execLabel(ANNEX, text, start, end, emphasis)
  if (!found) return undefined
  const { match, matchEnd } = found
  if (matchEnd < end && isLetter(text.charCodeAt(matchEnd))) return undefined
  const label = endLabel(text, matchEnd, end, emphasis, true)
  if (!label) return undefined
  const { numEnd, restStart, separated } = label
  const rest = { start: restStart, end }
  const keyword = match[1] ?? ''
  const strong = keyword === keyword.toUpperCase()
  // "Annex", "ANNEX II", "Annex 1 – Title", "PROTOCOL" alone, or a capitalised title after it.
  if (rest.start < rest.end && !separated && !(strong && !isLower(text.charCodeAt(rest.start)))) return undefined
  if (rest.start < rest.end && !restAllowsHeading(text, rest, separated, strong)) return undefined
  return { kind: 'annex', num: { start, end: numEnd }, value: match[2], rest }
}

function matchLabel(text: string, start: number, end: number): LabelMarker | undefined {
  const first = text.charCodeAt(start)
  let match: RegExpExecArray | null
  let shape: string
  let numEnd: number
  if (first === 40) {
    PAREN_LABEL.lastIndex = start
    match = PAREN_LABEL.exec(text)
    if (!match) return undefined
    numEnd = PAREN_LABEL.lastIndex
    shape = match[2] === '.' ? '(x).' : '(x)'
  } else {
    if (!(isLetter(first) || (first >= 48 && first <= 57))) return undefined
    PLAIN_LABEL.lastIndex = start
    match = PLAIN_LABEL.exec(text)
    if (!match) return undefined
    numEnd = PLAIN_LABEL.lastIndex
    shape = match[2] === '.' ? 'x.' : 'x)'
    const next = text.charCodeAt(numEnd)
    if (numEnd < end && !isSpaceOrTab(next)) {
      // Glued labels: "1.To", "a.promoting", "a)Battle" — but not "1.5", "e.g.", "U.S.".
      const value = match[1] ?? ''
      const digits = value.charCodeAt(0) <= 57
      if (!isLetter(next)) return undefined
      if (!digits && shape === 'x.' && !(isLower(next) && isLower(text.charCodeAt(numEnd + 1)))) {
        return undefined
      }
    }
  }
  if (numEnd > end) return undefined
  const value = match[1] ?? ''
  const readings = readingsOf(value)
  if (readings.length === 0) return undefined
  let restStart = numEnd
  while (restStart < end && isSpaceOrTab(text.charCodeAt(restStart))) restStart++
  return { kind: 'label', num: { start, end: numEnd }, value, shape, readings, rest: { start: restStart, end } }
}
