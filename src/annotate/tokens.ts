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

  constructor(readonly lexicon: Lexicon) {}

  /**
   * The tokens [from, to) as objects.
   *
   * @param from First token.
   * @param to After the last token.
   * @returns The tokens.
   */
  tokens(from: number, to: number): Token[] {
    const { spellings, norms, normOf, punct } = this.lexicon
    const out: Token[] = new Array<Token>(to - from)
    for (let i = from; i < to; i++) {
      const id = this.spelling[i] ?? 0
      out[i - from] = { text: spellings[id] ?? '', norm: norms[normOf[id] ?? 0] ?? '', start: this.start[i] ?? 0, end: this.end[i] ?? 0, punct: punct[id] === 1 }
    }
    return out
  }

  /** Make room for `count` more tokens. */
  private reserve(count: number): void {
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
