/**
 * The tokenizer: words (letters and digits, joined by an apostrophe or hyphen) and the
 * punctuation marks `" “ ” „ ( ) [ ] , ; : . ! ?`, read by one scan over character codes into
 * typed arrays. Everything else (white space, dashes, symbols) separates tokens.
 *
 * A word is `[\p{L}\p{N}]+(?:['’‐‑-][\p{L}\p{N}]+)*`: a joiner belongs to a word only when a
 * letter or digit follows it. No regular expression runs per token: ASCII is classified by a
 * table, other characters once each (then remembered).
 */
import { hashStep, sharedLexicon, type Lexicon } from './lexicon.js'
import type { Token } from './text.js'

/**
 * The distinct folded forms of a span of tokens: `wordNorm[base + k]` and the index of its
 * first token `wordFirst[base + k]` for k in [0, count), in the stream's arrays.
 */
export interface SpanWords {
  readonly base: number
  readonly count: number
}

/** The tokens of a run, as parallel arrays (offsets are UTF-16, end exclusive). */
export class TokenStream {
  /** How many tokens there are. */
  length = 0
  /** Token → spelling id. */
  spelling: Int32Array = new Int32Array(4096)
  /** Token → folded form id (a copy of the lexicon's, so the matcher reads one array). */
  norm: Int32Array = new Int32Array(4096)
  /** Token → offset of its first character in the input. */
  start: Int32Array = new Int32Array(4096)
  /** Token → offset after its last character. */
  end: Int32Array = new Int32Array(4096)
  /** Token → the next token of its sentence with the same folded form, or -1 (see `words`). */
  sameNext: Int32Array = new Int32Array(4096)
  /** The distinct words of spans (see `SpanWords`), stored at the span's first token index. */
  wordNorm: Int32Array = new Int32Array(4096)
  wordFirst: Int32Array = new Int32Array(4096)
  private wordLast: Int32Array = new Int32Array(4096)
  // Scratch for `words`, by folded form id: `seen[norm] === serial` when met in the current span.
  private serial = 0
  private seen: Int32Array = new Int32Array(1024)
  private slot: Int32Array = new Int32Array(1024)

  constructor(readonly lexicon: Lexicon) {}

  /**
   * The tokens [from, to) as objects.
   *
   * @param from First token.
   * @param to After the last token.
   * @returns The tokens.
   */
  tokens(from: number, to: number): Token[] {
    const out: Token[] = new Array<Token>(to - from)
    for (let i = from; i < to; i++) out[i - from] = this.token(i)
    return out
  }

  /**
   * One token as an object.
   *
   * @param index The token's index in the stream.
   * @returns The token.
   */
  token(index: number): Token {
    const { spellings, norms, normOf, punct } = this.lexicon
    const id = this.spelling[index] ?? 0
    return { text: spellings[id] ?? '', norm: norms[normOf[id] ?? 0] ?? '', start: this.start[index] ?? 0, end: this.end[index] ?? 0, punct: punct[id] === 1 }
  }

  /**
   * Make room for `count` more tokens (growing by doubling; a caller that knows how much text
   * is coming reserves for it once, instead of letting the arrays double many times).
   *
   * @param count How many tokens must fit after the current ones.
   */
  reserve(count: number): void {
    if (this.length + count <= this.spelling.length) return
    let size = this.spelling.length * 2
    while (size < this.length + count) size *= 2
    const copy = (array: Int32Array): Int32Array => {
      const bigger = new Int32Array(size)
      bigger.set(array)
      return bigger
    }
    this.spelling = copy(this.spelling)
    this.norm = copy(this.norm)
    this.start = copy(this.start)
    this.end = copy(this.end)
    this.sameNext = copy(this.sameNext)
    this.wordNorm = copy(this.wordNorm)
    this.wordFirst = copy(this.wordFirst)
    this.wordLast = copy(this.wordLast)
  }

  /**
   * The distinct folded forms of tokens [from, to), each with its first token, and the links
   * from each of those tokens to the next with the same form (`sameNext`).
   *
   * @param from First token.
   * @param to After the last token.
   * @returns The words.
   */
  words(from: number, to: number): SpanWords {
    const normCount = this.lexicon.norms.length
    if (this.seen.length < normCount) {
      this.seen = new Int32Array(2 * normCount)
      this.slot = new Int32Array(2 * normCount)
    }
    const serial = ++this.serial
    const { seen, slot, norm, sameNext, wordNorm, wordFirst, wordLast } = this
    // A span has at most as many distinct words as tokens, so they fit at [from, to).
    let count = 0
    for (let i = from; i < to; i++) {
      const n = norm[i] ?? 0
      sameNext[i] = -1
      if (seen[n] === serial) {
        const k = from + (slot[n] ?? 0)
        sameNext[wordLast[k] ?? 0] = i
        wordLast[k] = i
        continue
      }
      seen[n] = serial
      slot[n] = count
      wordNorm[from + count] = n
      wordFirst[from + count] = i
      wordLast[from + count] = i
      count++
    }
    return { base: from, count }
  }

  /**
   * Append the tokens of a text.
   *
   * @param text The text.
   * @param base Offset of `text[0]` in the input (added to every token's offsets).
   * @returns The index of its first token (its last is `length - 1`).
   */
  read(text: string, base: number): number {
    const n = text.length
    // A text has at most one token per character: reserve once, then write without checks.
    this.reserve(n)
    const { lexicon, spelling, norm, start: starts, end: ends } = this
    const first = this.length
    let count = first
    let i = 0
    while (i < n) {
      let code = text.charCodeAt(i)
      const start = i
      let id = -1
      if (code < 128 ? ASCII[code] !== WORD : wordCharWidth(text, i, code) === 0) {
        if (code < 128 ? ASCII[code] === PUNCT : code === 0x201c || code === 0x201d || code === 0x201e) id = lexicon.spelling(text, i, i + 1, hashStep(0, code))
        i++
      } else {
        // A word: runs of letters and digits, joined by single joiners.
        let hash = 0
        for (;;) {
          while (i < n) {
            code = text.charCodeAt(i)
            if (code < 128) {
              if (ASCII[code] !== WORD) break
              hash = hashStep(hash, code)
              i++
              continue
            }
            const width = wordCharWidth(text, i, code)
            if (width === 0) break
            hash = hashStep(hash, code)
            if (width === 2) hash = hashStep(hash, text.charCodeAt(i + 1))
            i += width
          }
          // A joiner continues the word only before another letter or digit.
          if (i + 1 >= n || !isJoiner(text.charCodeAt(i)) || wordCharWidth(text, i + 1, text.charCodeAt(i + 1)) === 0) break
          hash = hashStep(hash, text.charCodeAt(i))
          i++
        }
        id = lexicon.spelling(text, start, i, hash)
      }
      if (id < 0) continue
      spelling[count] = id
      // Read `normOf` afresh: interning a new spelling may have replaced the array.
      norm[count] = lexicon.normOf[id] ?? 0
      starts[count] = base + start
      ends[count] = base + i
      count++
    }
    this.length = count
    return first
  }
}

/** Streams kept between runs, one per lexicon: their arrays are large, and runs are many. */
const spare = new WeakMap<Lexicon, TokenStream>()
/** Streams larger than this many tokens are not kept (a huge input should not pin its memory). */
const MAX_KEPT = 1 << 20

/**
 * An empty stream for a run: the one a finished run released, or a new one.
 *
 * @param lexicon The run's lexicon.
 * @returns The stream, for this run only until `releaseStream`.
 */
export function acquireStream(lexicon: Lexicon): TokenStream {
  const stream = spare.get(lexicon)
  if (stream === undefined) return new TokenStream(lexicon)
  spare.delete(lexicon)
  stream.length = 0
  return stream
}

/**
 * Give a stream back when its run is over (nothing may read it afterwards).
 *
 * @param stream The stream.
 */
export function releaseStream(stream: TokenStream): void {
  if (stream.spelling.length <= MAX_KEPT) spare.set(stream.lexicon, stream)
}

const OTHER = 0
const WORD = 1
const PUNCT = 2
/** ASCII classes: letters and digits are word characters; the token punctuation is PUNCT. */
const ASCII = new Uint8Array(128)
for (let c = 0; c < 128; c++) {
  const ch = String.fromCharCode(c)
  ASCII[c] = /[A-Za-z0-9]/u.test(ch) ? WORD : '"()[],;:.!?'.includes(ch) ? PUNCT : OTHER
}

/** Non-ASCII code units: 0 not yet known, 1 letter or digit, 2 not. */
const wide = new Uint8Array(65536)
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u

/** How many code units the letter or digit at `i` takes (1, 2 for a surrogate pair), or 0. */
function wordCharWidth(text: string, i: number, code: number): number {
  if (code < 128) return ASCII[code] === WORD ? 1 : 0
  if (code >= 0xd800 && code <= 0xdbff) {
    const low = text.charCodeAt(i + 1)
    if (low >= 0xdc00 && low <= 0xdfff) return LETTER_OR_DIGIT.test(text.slice(i, i + 2)) ? 2 : 0
    return 0
  }
  let known = wide[code] ?? 0
  if (known === 0) {
    known = LETTER_OR_DIGIT.test(String.fromCharCode(code)) ? 1 : 2
    wide[code] = known
  }
  return known === 1 ? 1 : 0
}

/** `'` `’` `‐` `‑` `-`: join two runs of letters into one word ("co-operation", "Party's"). */
function isJoiner(code: number): boolean {
  return code === 0x27 || code === 0x2019 || code === 0x2010 || code === 0x2011 || code === 0x2d
}

/**
 * Split a text into tokens (a convenience over `TokenStream` for one-off reads).
 *
 * @param text The text.
 * @param base Offset of `text[0]` in the input (added to every token's offsets).
 * @returns The tokens, in order.
 */
export function tokenize(text: string, base = 0): Token[] {
  const stream = new TokenStream(sharedLexicon())
  stream.read(text, base)
  return stream.tokens(0, stream.length)
}
