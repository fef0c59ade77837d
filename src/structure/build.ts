/**
 * Build the treaty tree from blocks in one pass, with a stack of open provisions.
 *
 * Where a block goes depends on where the parser is: before the first article (title and
 * preamble), in the body (divisions, articles and their numbered provisions), in the
 * conclusions (testimonium, signatures) or in an annex. Numbered labels are placed by
 * sequence, not by their characters alone: "(i)" after "(h)" is a letter, "(i)" opening a
 * list under "(c)" is roman.
 */
import { isProvision, type Annex, type Conclusions, type Division, type Format, type Heading, type Leaf, type LeafType, type Num, type Preamble, type Provision, type ProvisionType, type Treaty } from '../schema/tree.js'
import type { Position } from '../schema/position.js'
import type { DivisionKind } from '../schema/vocabulary.js'
import type { PointLocator } from '../read/lines.js'
import { nextText, type Block } from './blocks.js'
import type { DiagnosticCollector } from './diagnostics.js'
import { EID_PREFIX, EidRegistry } from './eid.js'
import { findInlineList, type InlineLabel } from './inline.js'
import type { ArticleMarker, DivisionMarker, LabelMarker, Span } from './markers.js'
import { findRunInTitle, isStoppedTitle } from './run-in.js'
import { sectionHasOwnText } from './sections.js'
import { isCapitals, isTitleLike, titleEvidence, type TitleEvidence } from './titles.js'
import { numberOrdinal, type NumberClass, type Reading } from './numbers.js'
import { decimalPath, samePath, type DecimalMarker } from './decimal.js'
import { findFormula } from './formula.js'

/** A node that can take provisions and text. */
type Container = Division | Annex | Provision

/** One open level of numbered provisions: the article at the bottom, list items above. */
interface Level {
  node: Container
  /** Label shape + numbering system, e.g. "(x)|lower-alpha"; `decimal` for "2.3.1"; undefined for the article. */
  style: string | undefined
  numberClass: NumberClass | undefined
  ordinal: number
  rank: number
  /** A decimal item's numbers ("2.3.1" → [2, 3, 1]). */
  decimal?: readonly number[]
  /** Text after this item went to its parent: later text must too. */
  closed?: boolean
  /** A section inside the article (`sections.ts`): it groups the article's text and is never closed by it. */
  section?: boolean
  /**
   * On an article's level: the last item placed right under one of its sections, so that
   * numbering may run on from one section to the next ("1." in GATT Art. XVI Section A, "2."
   * in Section B; "4.1" in Section A, "4.2" in Section B).
   */
  sectionItem?: { style: string; ordinal: number }
}

const DECIMAL_STYLE = 'decimal'
/** The style of a section's level: no label continues it. */
const SECTION_STYLE = 'section'
const TYPE_OF_RANK: readonly ProvisionType[] = ['article', 'paragraph', 'subparagraph', 'point']

// A section inside an article ranks with the article: its paragraphs are paragraphs.
const RANK: Record<ProvisionType, number> = { article: 0, section: 0, paragraph: 1, subparagraph: 2, point: 3 }
const DIVISION_RANK: Record<DivisionKind, number> = { part: 0, chapter: 1, section: 2, subsection: 3 }

function typeOfClass(numberClass: NumberClass): ProvisionType {
  if (numberClass === 'arabic') return 'paragraph'
  if (numberClass === 'lower-alpha' || numberClass === 'upper-alpha') return 'subparagraph'
  return 'point'
}

/** Inputs of the builder. */
export interface BuildInput {
  text: string
  format: Format
  blocks: readonly Block[]
  locator: PointLocator
  diagnostics: DiagnosticCollector
}

/**
 * Build the tree.
 *
 * @param input The text, its blocks, a locator and the diagnostics collector.
 * @returns The treaty tree (positions of containers are completed by `closePositions`).
 */
export function buildTree(input: BuildInput): Treaty {
  return new TreeBuilder(input).build()
}

class TreeBuilder {
  readonly text: string
  readonly blocks: readonly Block[]
  readonly locator: PointLocator
  readonly diagnostics: DiagnosticCollector
  readonly eIds = new EidRegistry()
  readonly root: Treaty

  region: 'front' | 'body' | 'conclusions' | 'annex' = 'front'
  preamble: Preamble | undefined
  conclusions: Conclusions | undefined
  annex: Annex | undefined
  annexCount = 0
  titles = 0
  divisions: Division[] = []
  levels: Level[] = []
  /** The article (or division) whose title may be the next block. */
  pendingHeading: Provision | Division | Annex | undefined
  articleCount = 0
  unnumberedSections = 0
  /** Article numbering per scope (body, each annex): last ordinal and values seen. */
  lastOrdinal: number | undefined
  seenArticles = new Set<string>()
  useArticleHeadings: boolean
  /** Title evidence of the blocks after bare article headings, as the convention found it. */
  evidenceAfterHeading = new Map<Block, TitleEvidence>()

  constructor(input: BuildInput) {
    this.text = input.text
    this.blocks = input.blocks
    this.locator = input.locator
    this.diagnostics = input.diagnostics
    const start = this.locator.point(0)
    this.root = {
      type: 'treaty',
      format: input.format,
      children: [],
      position: { start, end: this.locator.point(this.text.length) },
      diagnostics: []
    }
    this.useArticleHeadings = this.detectHeadingConvention()
  }

  /**
   * Whether this treaty gives its articles title lines. Decided once for the document, so
   * an article whose first sentence happens to be short and unpunctuated (NATO Art. 6) is
   * not mistaken for a title where no other article has one. A line counts as a title here
   * when it reads as one and the article's body follows it (`titleEvidence`), whether or
   * not a blank line stands between them.
   */
  detectHeadingConvention(): boolean {
    let articles = 0
    let titled = 0
    for (let index = 0; index < this.blocks.length; index++) {
      const block = this.blocks[index] as Block
      if (block.marker?.kind !== 'article' || block.marker.rest.start < block.marker.rest.end) continue
      articles++
      const nextIndex = index + 1
      const next = this.blocks[nextIndex]
      if (!next || next.marker !== undefined || next.opaque || next.note || next.lines !== 1) continue
      if (next.heading > 0) {
        titled++
        continue
      }
      const afterIndex = nextText(this.blocks, nextIndex)
      const after = this.blocks[afterIndex]
      const opensSection = after?.marker?.kind === 'division' && after.marker.divisionKind === 'section' && sectionHasOwnText(this.text, this.blocks, afterIndex, after.marker)
      const evidence = titleEvidence(this.text, next, after, opensSection)
      this.evidenceAfterHeading.set(next, evidence)
      if (evidence !== 'none') titled++
    }
    return articles > 0 && titled * 2 >= articles
  }

  build(): Treaty {
    for (let index = 0; index < this.blocks.length; index++) {
      this.place(this.blocks[index] as Block, this.blocks[nextText(this.blocks, index)], index)
    }
    this.finishPreamble()
    if (this.articleCount === 0) {
      this.diagnostics.add(
        'no-articles',
        'warning',
        'No article headings ("Article 1", "ARTICLE I.") were found; the text is kept as preamble and content',
        0,
        this.text.length
      )
    }
    closePositions(this.root, this.locator)
    return this.root
  }

  place(block: Block, next: Block | undefined, index: number): void {
    const marker = block.marker
    const pending = this.pendingHeading
    this.pendingHeading = undefined
    if (block.note) {
      // Not treaty text, and not a title. It ends the heading: a database writes it after the
      // heading's title, so a heading line after it belongs to what follows.
      this.placeNote(block)
      return
    }
    if (block.opaque || marker === undefined) {
      this.placeText(block, next, pending)
      return
    }
    switch (marker.kind) {
      case 'article':
        if (this.region === 'front') this.startBody()
        if (this.region === 'conclusions' || this.restartsNumbering(marker)) this.openAnnex(block, undefined, true)
        this.openArticle(block, marker)
        return
      case 'division':
        if (this.region === 'front') this.startBody()
        if (this.region === 'conclusions') {
          this.placeText(block, next, pending)
          return
        }
        if (this.sectionInArticle(index, marker)) {
          this.openSection(block, marker, next)
          return
        }
        this.openDivision(block, marker)
        return
      case 'annex': {
        const alone = marker.rest.start >= marker.rest.end
        if (this.region === 'conclusions' || this.region === 'annex' || (this.region === 'body' && alone && this.articleCount > 0)) {
          this.openAnnex(block, marker, false)
          return
        }
        this.placeText(block, next, pending)
        return
      }
      case 'conclusions':
        if (this.region === 'body' && this.articleCount > 0) {
          this.closeBody()
          this.conclusions = { type: 'conclusions', children: [], position: this.span(block.nodeStart, block.end) }
          this.root.children.push(this.conclusions)
          this.region = 'conclusions'
          this.conclusions.children.push(this.leaf('content', block.start, block.end))
          return
        }
        this.placeText(block, next, pending)
        return
      case 'label':
        if (this.levels.length > 0) {
          this.placeLabel(block, marker, next)
          return
        }
        this.placeText(block, next, pending)
        return
      case 'decimal':
        if (this.levels.length > 0 && this.placeDecimal(block, marker)) return
        this.placeText(block, next, pending)
        return
    }
  }

  // ---- regions -----------------------------------------------------------------------

  startBody(): void {
    this.finishPreamble()
    this.region = 'body'
  }

  /** Split the enacting formula ("Have agreed as follows:") off the last recital. */
  finishPreamble(): void {
    const preamble = this.preamble
    if (!preamble || preamble.children.some((child) => child.type === 'formula')) return
    // The formula ends the recitals; a note of the source database after it is not text.
    let lastIndex = preamble.children.length - 1
    while (lastIndex >= 0 && preamble.children[lastIndex]?.type === 'note') lastIndex--
    const last = preamble.children[lastIndex]
    if (!last) return
    const start = last.position.start.offset
    const end = last.position.end.offset
    const formulaStart = findFormula(this.text, start, end)
    if (formulaStart === undefined) return
    if (formulaStart === start) {
      last.type = 'formula'
      return
    }
    let recitalEnd = formulaStart
    while (recitalEnd > start && /\s/.test(this.text.charAt(recitalEnd - 1))) recitalEnd--
    preamble.children.splice(lastIndex, 1, this.leaf('recital', start, recitalEnd), this.leaf('formula', formulaStart, end))
  }

  closeBody(): void {
    this.levels = []
    this.divisions = []
  }

  openAnnex(block: Block, marker: { num: Span; value: string | undefined; rest: Span } | undefined, implicit: boolean): void {
    this.closeBody()
    this.annexCount++
    const value = marker?.value ?? String(this.annexCount)
    const annex: Annex = {
      type: 'annex',
      eId: this.eIds.create('', EID_PREFIX.annex, value),
      children: [],
      position: this.span(block.nodeStart, block.end)
    }
    if (marker?.value === undefined && marker) {
      // "PROTOCOL", "Annex – Title": no number, so the whole line is the annex's heading.
      annex.heading = this.heading({ start: marker.num.start, end: Math.max(marker.num.end, Math.min(marker.rest.end, block.firstLineEnd)) })
    } else if (marker) {
      annex.num = this.num(marker.num, marker.value ?? '')
      if (marker.rest.start < marker.rest.end) annex.heading = this.heading(marker.rest)
      else this.pendingHeading = annex
    } else if (implicit) {
      this.diagnostics.add(
        'implicit-annex',
        'info',
        'Article numbering starts again here, so what follows was read as an annex (another instrument, or a translation)',
        block.start,
        block.firstLineEnd
      )
    }
    this.root.children.push(annex)
    this.annex = annex
    this.region = 'annex'
    // An annex may number its paragraphs without articles (VCLT Annex "1.", "2.").
    this.levels = [{ node: annex, style: undefined, numberClass: undefined, ordinal: 0, rank: -1 }]
    this.lastOrdinal = undefined
    this.seenArticles = new Set()
  }

  // ---- divisions and articles --------------------------------------------------------

  /** The node that takes articles and divisions now. */
  articleParent(): { push: (node: Division | Provision | Leaf) => void; eId: string } {
    const division = this.divisions.at(-1)
    if (division) return { push: (node) => division.children.push(node), eId: division.eId }
    const annex = this.annex
    if (annex && this.region === 'annex') return { push: (node) => annex.children.push(node), eId: annex.eId }
    return { push: (node) => this.root.children.push(node), eId: '' }
  }

  openDivision(block: Block, marker: DivisionMarker | undefined, kind?: DivisionKind): Division {
    this.levels = []
    const divisionKind = marker?.divisionKind ?? kind ?? 'section'
    const rank = DIVISION_RANK[divisionKind]
    while (this.divisions.length > 0 && DIVISION_RANK[(this.divisions.at(-1) as Division).kind] >= rank) this.divisions.pop()
    const parent = this.articleParent()
    const value = marker ? marker.value : `nn${String(++this.unnumberedSections)}`
    const division: Division = {
      type: 'division',
      kind: divisionKind,
      eId: this.eIds.create(parent.eId, EID_PREFIX[divisionKind], value),
      children: [],
      position: this.span(block.nodeStart, block.end)
    }
    let body: number | undefined
    if (marker) {
      division.num = this.num(marker.num, marker.value)
      const rest = marker.rest
      // "PART II – FINAL PROVISIONS", or a run-in title and the text after it on one line.
      const runIn = rest.start < rest.end && !isTitleLike(this.text, rest) ? findRunInTitle(this.text, rest) : undefined
      if (runIn) {
        division.heading = this.heading(runIn.title)
        body = runIn.bodyStart
      } else if (rest.start < rest.end) division.heading = this.heading(rest)
      else this.pendingHeading = division
    } else {
      division.heading = this.heading({ start: block.start, end: block.end })
    }
    parent.push(division)
    this.divisions.push(division)
    if (body !== undefined) {
      this.diagnostics.add('text-outside-article', 'info', 'Text between a division heading and its first article', body, block.firstLineEnd)
      this.placeTextSpan(division, body, block.end, undefined)
    }
    return division
  }

  /**
   * Whether a section heading is part of the open article rather than a grouping of
   * articles (`sections.ts`): it comes right after the article's heading or after another
   * section of the article, and it has text of its own.
   */
  sectionInArticle(index: number, marker: DivisionMarker): boolean {
    if (marker.divisionKind !== 'section') return false
    const article = this.levels[0]
    if (article?.node.type !== 'article') return false
    const continues = this.levels[1]?.section === true
    const empty = article.node.children.every((child) => child.type === 'note')
    return (continues || empty) && sectionHasOwnText(this.text, this.blocks, index, marker)
  }

  /**
   * Open a section inside the article ("Article IV, Section 2"): a `section` provision (Akoma
   * Ntoso's `<section>`, eId `art_IV__sec_2`). It groups the article's text without taking a
   * rank: its own numbered paragraphs ("1.", "4.1") are paragraphs and its "(a)"
   * subparagraphs, as in an article without sections.
   */
  openSection(block: Block, marker: DivisionMarker, next: Block | undefined): void {
    const article = this.levels[0] as Level
    this.levels.length = 1
    const section: Provision = {
      type: 'section',
      eId: this.eIds.create(article.node.eId, EID_PREFIX.section, marker.value),
      num: this.num(marker.num, marker.value),
      children: [],
      position: this.span(block.nodeStart, block.end)
    }
    pushChild(article.node, section)
    const level: Level = { node: section, style: SECTION_STYLE, numberClass: undefined, ordinal: 0, rank: RANK.article, section: true }
    this.levels.push(level)
    const rest = marker.rest
    // Where Markdown marks the line as a heading ("###SECTION 4 CONDITIONS ON WHICH THE BANK MAY
    // GUARANTEE OR MAKE LOANS", "###Section 1. Instruments of Contribution."), or the title
    // ends with a full stop and the section's text follows ("Section 4. Voting." / "a) …"),
    // the text after the label is the title, as it was the title of the division.
    const nextKind = next?.marker?.kind
    const textFollows = next !== undefined && nextKind !== 'article' && nextKind !== 'division' && nextKind !== 'annex' && nextKind !== 'conclusions'
    const titled = block.heading > 0 || (textFollows && isStoppedTitle(this.text, rest))
    if (rest.start < rest.end && titled && !findRunInTitle(this.text, rest)) {
      section.heading = this.heading(rest)
      return
    }
    this.placeRest(section, block, rest, level)
  }

  openArticle(block: Block, marker: ArticleMarker): void {
    this.checkArticleNumber(marker)
    const parent = this.articleParent()
    const annexPrefix = this.region === 'annex' && this.annex ? this.annex.eId : ''
    const article: Provision = {
      type: 'article',
      eId: this.eIds.create(annexPrefix, EID_PREFIX.article, marker.value),
      num: this.num(marker.num, marker.value),
      children: [],
      position: this.span(block.nodeStart, block.end)
    }
    parent.push(article)
    this.articleCount++
    this.levels = [{ node: article, style: undefined, numberClass: undefined, ordinal: 0, rank: RANK.article }]
    this.placeRest(article, block, marker.rest, this.levels[0])
  }

  /**
   * The text after an article's or a section's label: nothing (the title may follow on the
   * next line), a title ("Article 4 – Title"), a run-in title and the body
   * ("Section 12. *Special Commission* On all loans …": `run-in.ts`), or the body alone
   * ("ARTICLE I The Parties undertake …").
   */
  placeRest(node: Provision, block: Block, rest: Span, level: Level | undefined): void {
    if (rest.start >= rest.end) {
      this.pendingHeading = node
      return
    }
    const sameLine = { start: rest.start, end: Math.min(rest.end, block.firstLineEnd) }
    if (block.lines === 1 && isTitleLike(this.text, sameLine, 20)) {
      node.heading = this.heading(sameLine)
      return
    }
    const runIn = block.lines === 1 ? findRunInTitle(this.text, sameLine) : undefined
    if (runIn) node.heading = this.heading(runIn.title)
    this.placeTextSpan(node, runIn ? runIn.bodyStart : rest.start, block.end, level)
  }

  /**
   * Whether an article starts the numbering over ("Article 1" again after "Article 14"):
   * another instrument follows, most often a translation, so it becomes an annex rather
   * than a run of duplicates.
   */
  restartsNumbering(marker: ArticleMarker): boolean {
    return (this.region === 'body' || this.region === 'annex') && numberOrdinal(marker.value) === 1 && this.seenArticles.has(marker.value)
  }

  checkArticleNumber(marker: ArticleMarker): void {
    const ordinal = numberOrdinal(marker.value)
    const raw = this.text.slice(marker.num.start, marker.num.end)
    if (this.seenArticles.has(marker.value)) {
      this.diagnostics.add('article-numbering-duplicate', 'warning', `Article ${marker.value} appears more than once`, marker.num.start, marker.num.end)
    } else if (ordinal !== undefined && this.lastOrdinal !== undefined && ordinal !== this.lastOrdinal + 1 && ordinal !== this.lastOrdinal) {
      const gap = ordinal > this.lastOrdinal
      this.diagnostics.add(
        gap ? 'article-numbering-gap' : 'article-numbering-order',
        'warning',
        gap
          ? `Article numbering jumps from ${String(this.lastOrdinal)} to ${String(ordinal)} at "${raw}"`
          : `Article numbering goes back from ${String(this.lastOrdinal)} to ${String(ordinal)} at "${raw}"`,
        marker.num.start,
        marker.num.end
      )
    }
    this.seenArticles.add(marker.value)
    if (ordinal !== undefined) this.lastOrdinal = ordinal
  }

  // ---- numbered provisions -----------------------------------------------------------

  placeLabel(block: Block, marker: LabelMarker, next: Block | undefined): void {
    const choice = this.chooseLevel(marker, next)
    const { reading } = choice
    // Never under a closed item: its parent has taken text after it, and the tree keeps
    // document order. (Only one item is closed at a time, except after a decimal item.)
    this.levels.length = Math.min(choice.depth, this.openDepth())
    const parentLevel = this.levels.at(-1) as Level
    const parentNode = parentLevel.node
    let type = typeOfClass(reading.numberClass)
    if (RANK[type] <= parentLevel.rank) type = 'point'
    const node: Provision = {
      type,
      eId: this.eIds.create(parentNode.eId, EID_PREFIX[type], marker.value),
      num: this.num(marker.num, marker.value),
      children: [],
      position: this.span(block.nodeStart, block.end)
    }
    pushChild(parentNode, node)
    const level: Level = {
      node,
      style: `${marker.shape}|${reading.numberClass}`,
      numberClass: reading.numberClass,
      ordinal: reading.ordinal,
      rank: RANK[type]
    }
    this.levels.push(level)
    if (parentLevel.section === true) (this.levels[0] as Level).sectionItem = { style: `${marker.shape}|${reading.numberClass}`, ordinal: reading.ordinal }
    if (marker.rest.start < block.end) this.placeTextSpan(node, marker.rest.start, block.end, level)
  }

  /**
   * Decide where a label goes: continue an open list (the deepest that it continues),
   * start a list under the current provision, or, failing both, rejoin the list whose style
   * it shares and report the numbering problem.
   */
  chooseLevel(marker: LabelMarker, next: Block | undefined): { depth: number; reading: Reading } {
    const { readings, shape } = marker
    const continuation = this.findContinuation(shape, readings, true) ?? this.findContinuation(shape, readings, false)
    const first = readings.find((reading) => reading.ordinal === 1)
    // A new list never opens under an item whose text is closed (its parent took text after it).
    const top = this.openDepth()
    if (continuation && first && first !== continuation.reading) {
      // "(i)" after "(h)": a letter that continues, or roman one that opens a list. The next
      // label decides ("(ii)" makes it roman); otherwise continuing wins, as in VCLT Art. 2.
      const nextValue = next?.marker?.kind === 'label' ? next.marker.value : undefined
      const romanNext = nextValue?.toLowerCase() === 'ii'
      this.diagnostics.add(
        'ambiguous-label',
        'info',
        romanNext
          ? `"${marker.value}" read as ${describe(first)} opening a list, since "${nextValue}" follows`
          : `"${marker.value}" read as ${describe(continuation.reading)} continuing the list`,
        marker.num.start,
        marker.num.end,
        romanNext ? `${describe(continuation.reading)} continuing the list` : `${describe(first)} opening a new list`
      )
      if (romanNext) return { depth: top, reading: first }
      return continuation
    }
    if (continuation) return continuation
    if (first) {
      const restart = this.levels.findIndex((level) => level.style === `${shape}|${first.numberClass}`)
      // After a colon a list opens inside the item, even in the same style as its parent's list.
      if (restart > 0 && !this.followsColon(marker.num.start)) {
        // A new list after text that closed the old one (a wrap-up, a sub-heading) is normal.
        if (this.levels[restart]?.closed === true) return { depth: restart, reading: first }
        this.diagnostics.add(
          'label-numbering-restart',
          'warning',
          `"${this.text.slice(marker.num.start, marker.num.end)}" restarts a list that is still open`,
          marker.num.start,
          marker.num.end,
          'a new list nested in the previous item'
        )
        return { depth: restart, reading: first }
      }
      return { depth: top, reading: first }
    }
    // Right under a section, a label may run on from the article's previous section.
    const carried = this.levels[0]?.sectionItem
    if (this.levels[top - 1]?.section === true && carried) {
      const reading = readings.find((item) => `${shape}|${item.numberClass}` === carried.style && item.ordinal === carried.ordinal + 1)
      if (reading) return { depth: top, reading }
    }
    // Neither continues nor starts a list: a gap, a duplicate or a stray label.
    for (let depth = this.levels.length - 1; depth > 0; depth--) {
      const level = this.levels[depth] as Level
      const reading = readings.find((item) => level.numberClass === item.numberClass)
      if (!reading) continue
      this.reportOrder(marker.num, reading.ordinal === level.ordinal)
      return { depth, reading }
    }
    const reading = readings[0] as Reading
    this.diagnostics.add(
      'label-unexpected-start',
      'warning',
      `"${this.text.slice(marker.num.start, marker.num.end)}" opens a list without its first item`,
      marker.num.start,
      marker.num.end
    )
    return { depth: top, reading }
  }

  /** Report a label that repeats the one before it or skips some. */
  private reportOrder(num: { readonly start: number; readonly end: number }, duplicate: boolean): void {
    const raw = this.text.slice(num.start, num.end)
    this.diagnostics.add(
      duplicate ? 'label-numbering-duplicate' : 'label-numbering-gap',
      'warning',
      duplicate ? `"${raw}" repeats the previous label` : `"${raw}" does not follow the previous label in its list`,
      num.start,
      num.end
    )
  }

  /**
   * Place a decimal label ("2.3.1") under the open provision its leading numbers name ("2.3",
   * or paragraph "2.", or Article 2), one rank below it, when it continues the items already
   * there or starts them at 1. A number that fits nowhere is left for text (false).
   */
  placeDecimal(block: Block, marker: DecimalMarker): boolean {
    const parts = marker.parts
    const prefix = parts.slice(0, -1)
    const last = parts.at(-1) ?? 0
    let depth = this.levels.length - 1
    while (depth >= 0 && !this.levelNumbers(this.levels[depth] as Level, prefix)) depth--
    // A closed provision has passed text on to its parent: nothing more goes under it.
    if (depth < 0 || depth >= this.openDepth()) return false
    // Sections inside an article do not number: "4.1" under Article 4 goes into its open section,
    // and may continue the items of the article's previous section.
    const article = this.levels[0] as Level
    const viaSection = depth === 0 && this.levels[1]?.section === true && this.openDepth() > 1
    if (viaSection) depth = 1
    const previous = this.levels[depth + 1]
    let previousOrdinal = previous?.decimal !== undefined && samePath(previous.decimal.slice(0, -1), prefix) ? previous.ordinal : 0
    if (viaSection && previousOrdinal === 0 && article.sectionItem?.style === DECIMAL_STYLE) previousOrdinal = article.sectionItem.ordinal
    if (last !== previousOrdinal + 1) {
      // "2.5 per cent" opening a line: no list to continue, so not a label.
      if (previousOrdinal === 0) return false
      this.reportOrder(marker.num, last === previousOrdinal)
    }
    this.levels.length = depth + 1
    const parentLevel = this.levels[depth] as Level
    const type = TYPE_OF_RANK[Math.min(Math.max(parentLevel.rank + 1, RANK.paragraph), RANK.point)] as ProvisionType
    const node: Provision = {
      type,
      eId: this.eIds.create(parentLevel.node.eId, EID_PREFIX[type], marker.value),
      num: this.num(marker.num, marker.value),
      children: [],
      position: this.span(block.nodeStart, block.end)
    }
    pushChild(parentLevel.node, node)
    const level: Level = { node, style: DECIMAL_STYLE, numberClass: undefined, ordinal: last, rank: RANK[type], decimal: parts }
    this.levels.push(level)
    if (viaSection) article.sectionItem = { style: DECIMAL_STYLE, ordinal: last }
    if (marker.rest.start < block.end) this.placeTextSpan(node, marker.rest.start, block.end, level)
    return true
  }

  /**
   * Whether an open level is numbered `path` in a decimal hierarchy: a decimal item ("2.3"),
   * an arabic paragraph ("2."), or the article itself ("Article 2"). Lists of letters or
   * roman points are never the parent of a decimal label.
   */
  levelNumbers(level: Level, path: readonly number[]): boolean {
    if (level.decimal !== undefined) return samePath(level.decimal, path)
    if (level.numberClass === 'arabic') return level.node.type === 'paragraph' && path.length === 1 && path[0] === level.ordinal
    if (level.style !== undefined || level.node.type !== 'article') return false
    const numbers = decimalPath(level.node.num.value)
    return numbers !== undefined && samePath(numbers, path)
  }

  /** How many levels from the bottom are open: a new item may go under the last of them. */
  openDepth(): number {
    let top = this.levels.length
    while (top > 1 && this.levels[top - 1]?.closed === true) top--
    return top
  }

  /** Whether the text before an offset (whitespace and closing emphasis skipped) ends with a colon. */
  followsColon(offset: number): boolean {
    let index = offset
    while (index > 0) {
      const code = this.text.charCodeAt(index - 1)
      if (code !== 32 && code !== 9 && code !== 10 && code !== 13 && code !== 42 && code !== 95) break
      index--
    }
    return this.text.charCodeAt(index - 1) === 58
  }

  findContinuation(shape: string, readings: readonly Reading[], exact: boolean): { depth: number; reading: Reading } | undefined {
    for (let depth = this.levels.length - 1; depth > 0; depth--) {
      const level = this.levels[depth] as Level
      for (const reading of readings) {
        if (reading.numberClass !== level.numberClass || reading.ordinal !== level.ordinal + 1) continue
        if (exact && level.style !== `${shape}|${reading.numberClass}`) continue
        return { depth, reading }
      }
    }
    return undefined
  }

  // ---- text --------------------------------------------------------------------------

  /**
   * Put a note of the source database where the text at this point goes, as a `note` leaf:
   * the open provision (the article whose heading it follows), the division, the annex, the
   * conclusions, the preamble, or the root before any of them.
   */
  placeNote(block: Block): void {
    const note = this.leaf('note', block.start, block.end)
    if (this.region === 'conclusions' && this.conclusions) {
      this.conclusions.children.push(note)
      return
    }
    if (this.region === 'front') {
      if (this.preamble) this.preamble.children.push(note)
      else this.root.children.push(note)
      return
    }
    if (this.levels.length > 0) {
      pushChild((this.levels[this.openDepth() - 1] as Level).node, note)
      return
    }
    const division = this.divisions.at(-1)
    if (division) division.children.push(note)
    else if (this.annex && this.region === 'annex') this.annex.children.push(note)
    else this.root.children.push(note)
  }

  placeText(block: Block, next: Block | undefined, pending: Provision | Division | Annex | undefined): void {
    const span = { start: block.start, end: block.end }
    if (this.region === 'front') {
      this.placeFrontText(block)
      return
    }
    if (this.region === 'conclusions' && this.conclusions) {
      this.conclusions.children.push(this.leaf('content', block.start, block.end))
      return
    }
    if (pending && !block.opaque && block.lines === 1 && !(block.marker && block.marker.kind !== 'annex')) {
      if (this.takeHeading(pending, block, span, next)) return
    }
    if (
      !this.useArticleHeadings &&
      // Right after "Article 4" or a section in it, a short line is its text ("Deleted"), not a sub-heading.
      (pending === undefined || pending.type === 'division' || pending.type === 'annex') &&
      !block.opaque &&
      block.lines === 1 &&
      next?.marker?.kind === 'article' &&
      block.marker === undefined &&
      isTitleLike(this.text, span, 6) &&
      !/[,;:]/.test(this.text.slice(span.start, span.end))
    ) {
      // An unnumbered sub-heading before an article ("Composition", "Voting").
      const inSection = this.divisions.at(-1)?.kind === 'section' && this.divisions.at(-1)?.num !== undefined
      this.openDivision(block, undefined, inSection ? 'subsection' : 'section')
      return
    }
    if (this.levels.length > 0) {
      this.placeInProvision(block)
      return
    }
    const parent = this.annex && this.region === 'annex' && this.divisions.length === 0 ? this.annex : this.divisions.at(-1)
    if (parent) {
      if (parent.type === 'division') {
        this.diagnostics.add('text-outside-article', 'info', 'Text between a division heading and its first article', block.start, block.firstLineEnd)
      }
      this.placeTextSpan(parent, block.start, block.end, undefined)
      return
    }
    this.diagnostics.add('text-outside-article', 'info', 'Text in the body that belongs to no article or division', block.start, block.firstLineEnd)
    this.root.children.push(this.leaf('content', block.start, block.end))
  }

  /**
   * Take a block as the title line of the heading just before it, when it reads as one. An
   * article's title (and that of a section inside an article, which is followed by its body
   * the same way) needs the document's convention (`useArticleHeadings`), unless it is a
   * Markdown heading or strong evidence on its own: short, title-cased and followed by a body.
   */
  takeHeading(pending: Provision | Division | Annex, block: Block, span: Span, next: Block | undefined): boolean {
    const markdownHeading = block.heading > 0
    if (pending.type !== 'division' && pending.type !== 'annex') {
      const evidence = markdownHeading ? 'strong' : (this.evidenceAfterHeading.get(block) ?? titleEvidence(this.text, block, next))
      if (evidence === 'strong' || (this.useArticleHeadings && evidence === 'plain')) {
        pending.heading = this.heading(span)
        return true
      }
      if (pending.type === 'article' && isTitleLike(this.text, span, 12)) {
        this.diagnostics.add(
          'ambiguous-heading',
          'info',
          'Short line after an article heading read as text: the other articles of this treaty have no title lines',
          span.start,
          span.end,
          'the article\'s title'
        )
      }
      return false
    }
    if (markdownHeading || isTitleLike(this.text, span, 25)) {
      pending.heading = this.heading(span)
      return true
    }
    return false
  }

  placeFrontText(block: Block): void {
    const span = { start: block.start, end: block.end }
    const atStart = this.preamble === undefined
    // A title in capitals may be long ("AGREEMENT BETWEEN THE GOVERNMENT OF … AND THE
    // GOVERNMENT OF … ON …"): no recital is written in capitals from end to end.
    if (atStart && this.titles < 3 && !block.opaque && (block.heading > 0 || isTitleLike(this.text, span, isCapitals(this.text, span) ? 40 : 20))) {
      this.root.children.push(this.leaf('title', block.start, block.end))
      this.titles++
      return
    }
    if (!this.preamble) {
      this.preamble = { type: 'preamble', children: [], position: this.span(block.nodeStart, block.end) }
      this.root.children.push(this.preamble)
    }
    this.preamble.children.push(this.leaf('recital', block.start, block.end))
  }

  /**
   * Text in an article: continue the open item when it reads as a continuation (lower
   * case, or the item is a paragraph), else it belongs to the list's parent (its wrap-up).
   */
  placeInProvision(block: Block): void {
    let index = this.levels.length - 1
    const top = this.levels[index] as Level
    // Items whose text is closed pass text on to the nearest open level below them.
    while (index > 0 && (this.levels[index] as Level).closed === true) index--
    const level = this.levels[index] as Level
    if (block.heading > 0 && level.decimal !== undefined) {
      // A sub-heading after "5.3" ends "5." too: a decimal item is numbered inside its parent.
      // It stays in a section, which groups the article's text whatever it holds.
      while (index > 1 && (this.levels[index] as Level).decimal !== undefined) (this.levels[index--] as Level).closed = true
      if ((this.levels[index] as Level).section !== true) (this.levels[index--] as Level).closed = true
    } else if (top.closed !== true && index > 0 && level.section !== true) {
      const code = this.text.charCodeAt(block.start)
      const lowerCase = code >= 97 && code <= 122
      // A Markdown sub-heading, or capitalised text after a list item, belongs to the item's
      // parent. Once text has gone there, the item takes no more text: the tree stays in order.
      // A decimal item ("1.1") is a numbered paragraph in its own right and keeps its text.
      const listItem = level.rank >= RANK.subparagraph && level.decimal === undefined
      if (block.heading > 0 || (listItem && !lowerCase && !block.opaque)) (this.levels[index--] as Level).closed = true
    }
    const target = this.levels[index] as Level
    if (block.opaque) {
      pushChild(target.node, this.leaf('content', block.start, block.end))
      return
    }
    this.placeTextSpan(target.node, block.start, block.end, target)
  }

  /**
   * Put a run of text into a node, splitting off inline list items ("provide: (a) source
   * …, or (b) equipment …") as sub-provisions.
   */
  placeTextSpan(node: Container, start: number, end: number, level: Level | undefined): void {
    const inline = node.type === 'division' ? [] : findInlineList(this.text, start, end)
    if (inline.length === 0) {
      pushChild(node, this.leaf('content', start, end))
      return
    }
    const first = inline[0] as InlineLabel
    if (first.num.start > start) pushChild(node, this.leaf('content', start, trimEnd(this.text, start, first.num.start)))
    const parentRank = level?.rank ?? (node.type === 'annex' || node.type === 'division' ? -1 : RANK[node.type])
    for (let index = 0; index < inline.length; index++) {
      const label = inline[index] as InlineLabel
      const itemEnd = index + 1 < inline.length ? trimEnd(this.text, label.num.start, (inline[index + 1] as InlineLabel).num.start) : end
      let type = typeOfClass(label.reading.numberClass)
      if (RANK[type] <= parentRank) type = 'point'
      const item: Provision = {
        type,
        eId: this.eIds.create(node.eId, EID_PREFIX[type], label.value),
        num: this.num(label.num, label.value),
        children: [],
        position: this.span(label.num.start, itemEnd)
      }
      if (label.textStart < itemEnd) item.children.push(this.leaf('content', label.textStart, itemEnd))
      pushChild(node, item)
    }
  }

  // ---- node helpers ------------------------------------------------------------------

  leaf(type: LeafType, start: number, end: number): Leaf {
    return { type, value: this.text.slice(start, end), position: this.span(start, end) }
  }

  num(span: Span, value: string): Num {
    return { raw: this.text.slice(span.start, span.end), value, position: this.span(span.start, span.end) }
  }

  heading(span: Span): Heading {
    return { text: this.text.slice(span.start, span.end), position: this.span(span.start, span.end) }
  }

  span(start: number, end: number): Position {
    return { start: this.locator.point(start), end: this.locator.point(end) }
  }
}

function describe(reading: Reading): string {
  switch (reading.numberClass) {
    case 'arabic':
      return `number ${String(reading.ordinal)}`
    case 'lower-alpha':
    case 'upper-alpha':
      return `letter ${String.fromCharCode(96 + reading.ordinal)}`
    case 'lower-roman':
    case 'upper-roman':
      return `roman numeral ${String(reading.ordinal)}`
  }
}

function pushChild(node: Container, child: Provision | Leaf): void {
  // Every container type accepts provisions and leaves.
  ;(node.children as (Provision | Leaf)[]).push(child)
}

function trimEnd(text: string, start: number, end: number): number {
  let index = end
  while (index > start && /\s/.test(text.charAt(index - 1))) index--
  return index
}

/**
 * Finish a subtree: every container ends where its last text ends, and a provision's text
 * before its first sub-provision is its intro, after its last one its wrap-up.
 *
 * @param node The subtree's root.
 * @param locator Turns offsets into points.
 * @returns The offset where the subtree ends.
 */
function closePositions(node: Treaty | Division | Annex | Provision | Preamble | Conclusions, locator: PointLocator): number {
  let end = node.position.end.offset
  if ('num' in node && node.num) end = Math.max(end, node.num.position.end.offset)
  if ('heading' in node && node.heading) end = Math.max(end, node.heading.position.end.offset)
  const children = node.children as (Leaf | Provision | Division | Annex | Preamble | Conclusions)[]
  let firstProvision = -1
  let lastProvision = -1
  children.forEach((child, index) => {
    if ('children' in child) {
      end = Math.max(end, closePositions(child, locator))
      if (isProvision(child)) {
        if (firstProvision < 0) firstProvision = index
        lastProvision = index
      }
    } else {
      end = Math.max(end, child.position.end.offset)
    }
  })
  if (node.type !== 'treaty' && firstProvision >= 0 && node.type !== 'division' && node.type !== 'annex') {
    children.forEach((child, index) => {
      if ('children' in child || child.type !== 'content') return
      if (index < firstProvision) child.type = 'intro'
      else if (index > lastProvision) child.type = 'wrapUp'
    })
  }
  if (node.type !== 'treaty') node.position.end = locator.point(end)
  return end
}
