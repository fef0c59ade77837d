/**
 * A provision's own text as the annotator sees it: its leaves, split into sentences of
 * tokens, with a way back from offsets to line and column.
 */
import type { Point, Position } from '../schema/position.js'
import type { RuleFamily } from '../schema/rule.js'
import { isLeaf, type Leaf, type Provision, type TreatyNode } from '../schema/tree.js'
import { endsSentenceMark, type Lexicon } from './lexicon.js'
import { splitSentences } from './sentences.js'
import type { Token, TokenList } from './text.js'
import { acquireStream, releaseStream, type SpanWords, type TokenStream } from './tokens.js'

/** One sentence of a leaf: its offsets and its tokens `[from, to)` in the run's token stream. */
export class Sentence {
  private objects: readonly Token[] | undefined
  private distinct: SpanWords | undefined
  /** What the matcher found here, per rule family (filled and read by the matcher only). */
  readonly found: Partial<Record<RuleFamily, readonly unknown[]>> = {}

  constructor(
    readonly leaf: Leaf,
    /** Offset of the first character in the input. */
    readonly start: number,
    /** Offset after the last character. */
    readonly end: number,
    readonly stream: TokenStream,
    /** Index of the first token in `stream`. */
    readonly from: number,
    /** Index after the last token in `stream`. */
    readonly to: number
  ) {}

  /** The tokens as objects, index 0 first (built on first use: the matcher reads `stream`). */
  get tokens(): readonly Token[] {
    return (this.objects ??= this.stream.tokens(this.from, this.to))
  }

  /** Its distinct words, each with its first token (see `TokenStream.words`; built on first use). */
  get words(): SpanWords {
    return (this.distinct ??= this.stream.words(this.from, this.to))
  }

  /** The tokens by index, each built only when read (see `TokenList`). */
  get list(): TokenList {
    const objects = this.objects
    if (objects !== undefined) return { length: objects.length, at: (index) => (index >= 0 ? objects[index] : undefined) }
    const built: (Token | undefined)[] = new Array<Token | undefined>(this.length)
    return {
      length: this.length,
      at: (index) => {
        if (index < 0 || index >= this.length) return undefined
        return (built[index] ??= this.stream.token(this.from + index))
      }
    }
  }

  /** How many tokens the sentence has. */
  get length(): number {
    return this.to - this.from
  }

  /**
   * The folded form of one token, without building the token objects.
   *
   * @param index A token index in the sentence.
   * @returns Its folded form, or '' outside the sentence.
   */
  norm(index: number): string {
    const at = this.from + index
    return index >= 0 && at < this.to ? (this.stream.lexicon.norms[this.stream.norm[at] ?? 0] ?? '') : ''
  }

  /**
   * Where one token starts in the input.
   *
   * @param index A token index in the sentence (inside it).
   * @returns Its start offset.
   */
  startOf(index: number): number {
    return this.stream.start[this.from + index] ?? this.start
  }

  /**
   * Where one token ends in the input.
   *
   * @param index A token index in the sentence (inside it).
   * @returns Its end offset (exclusive).
   */
  endOf(index: number): number {
    return this.stream.end[this.from + index] ?? this.end
  }
}

/** A provision's own leaves: its text, not its sub-provisions', nor notes of the source database. */
export function ownLeaves(node: Provision): Leaf[] {
  return node.children.filter((c): c is Leaf => isLeaf(c as TreatyNode) && c.type !== 'note')
}

/** Reads provisions into sentences of tokens, once per provision, for one annotation run. */
export class SentenceReader {
  /** The tokens of every provision read so far. */
  readonly stream: TokenStream
  private readonly read = new Map<Provision, readonly Sentence[]>()

  /**
   * @param lexicon The run's lexicon.
   * @param characters About how many characters will be read (the input's length), so the
   *   token arrays are sized once: treaty text has a token every four to five characters.
   */
  constructor(lexicon: Lexicon, characters = 0) {
    this.stream = acquireStream(lexicon)
    this.stream.reserve(Math.ceil(characters / 4))
  }

  /** End the run: the token stream goes back for the next run, so no sentence may be read after. */
  close(): void {
    this.read.clear()
    releaseStream(this.stream)
  }

  /**
   * A provision's own text (see `ownLeaves`) as sentences of tokens, read on first use.
   *
   * @param provision The provision.
   * @returns Its sentences, leaf by leaf, in order (shared: do not modify).
   */
  sentencesOf(provision: Provision): readonly Sentence[] {
    let sentences = this.read.get(provision)
    if (sentences === undefined) {
      const made: Sentence[] = []
      for (const leaf of ownLeaves(provision)) this.readLeaf(leaf, made)
      sentences = made
      this.read.set(provision, sentences)
    }
    return sentences
  }

  /** Tokenize a leaf and append its sentences to `out`. */
  private readLeaf(leaf: Leaf, out: Sentence[]): void {
    const stream = this.stream
    const base = leaf.position.start.offset
    // Tokenize the whole leaf, then deal its tokens out: no token spans a sentence boundary
    // (boundaries fall after a stop or in white space), so this equals tokenizing each sentence.
    let next = stream.read(leaf.value, base)
    const stops: number[] = []
    for (let i = next; i < stream.length; i++) if (endsSentenceMark(stream.norm[i] ?? -1)) stops.push((stream.start[i] ?? 0) - base)
    for (const span of splitSentences(leaf.value, stops)) {
      const start = base + span.start
      const end = base + span.end
      while (next < stream.length && (stream.start[next] ?? 0) < start) next++
      const from = next
      while (next < stream.length && (stream.end[next] ?? 0) <= end) next++
      out.push(new Sentence(leaf, start, end, stream, from, next))
    }
  }
}

const lineStarts = new WeakMap<Leaf, number[]>()

function startsOf(leaf: Leaf): number[] {
  let starts = lineStarts.get(leaf)
  if (starts === undefined) {
    starts = [0]
    for (let i = leaf.value.indexOf('\n'); i >= 0; i = leaf.value.indexOf('\n', i + 1)) starts.push(i + 1)
    lineStarts.set(leaf, starts)
  }
  return starts
}

/**
 * The point of an input offset that falls inside a leaf.
 *
 * @param leaf The leaf holding the offset.
 * @param offset An offset in the input.
 * @returns Its line, column and offset.
 */
export function pointAt(leaf: Leaf, offset: number): Point {
  const base = leaf.position.start
  const local = Math.max(0, Math.min(leaf.value.length, offset - base.offset))
  const starts = startsOf(leaf)
  let lo = 0
  let hi = starts.length - 1
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1
    if ((starts[mid] ?? 0) <= local) lo = mid
    else hi = mid - 1
  }
  const lineStart = starts[lo] ?? 0
  return {
    line: base.line + lo,
    column: lo === 0 ? base.column + local : local - lineStart + 1,
    offset: base.offset + local
  }
}

/**
 * The position of an input span inside a leaf.
 *
 * @param leaf The leaf.
 * @param start Start offset in the input.
 * @param end End offset (exclusive).
 * @returns The position.
 */
export function spanAt(leaf: Leaf, start: number, end: number): Position {
  return { start: pointAt(leaf, start), end: pointAt(leaf, end) }
}

/**
 * The exact input text of a span inside a leaf.
 *
 * @param leaf The leaf.
 * @param start Start offset in the input.
 * @param end End offset (exclusive).
 * @returns The text.
 */
export function sliceAt(leaf: Leaf, start: number, end: number): string {
  const base = leaf.position.start.offset
  return leaf.value.slice(start - base, end - base)
}
