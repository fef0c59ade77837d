/**
 * The lexicon: every distinct spelling the annotator reads gets a small integer id, and so does
 * its folded form (see `normalizeWord`). The matcher then compares integers, never strings, and
 * a word is folded once however often it occurs.
 *
 * Spellings are found by a hash of their characters computed while the tokenizer scans them,
 * so a known word costs no substring and no `Map` lookup. The lexicon is shared by all runs
 * (treaty vocabularies overlap a lot); when it grows past a bound it is replaced at the start
 * of the next run, never during one, so ids stay valid for a whole run.
 */
import { normalizeWord } from './text.js'

/** The folded forms of the hard stops get these ids in every lexicon: `id <= LAST_STOP` is a stop. */
const STOPS = ['.', ';', ':', '!', '?'] as const
/** Ids up to this one are hard stops (`.`, `;`, `:`, `!`, `?`): a gap never crosses them. */
export const LAST_STOP = STOPS.length - 1

/**
 * Is a folded form `.`, `!` or `?` (a stop that may end a sentence)?
 *
 * @param norm A folded form id.
 * @returns True for those three.
 */
export function endsSentenceMark(norm: number): boolean {
  return norm === 0 || norm === 3 || norm === 4
}

const QUOTES = new Set(['"', '“', '”', '„'])
/** The punctuation marks that are tokens. */
const PUNCTUATION = new Set(['"', '“', '”', '„', '(', ')', '[', ']', ',', ';', ':', '.', '!', '?'])

/** Spellings a lexicon holds before it is replaced at the start of the next run. */
const MAX_SPELLINGS = 1 << 20

/** Interned spellings and folded forms. */
export class Lexicon {
  /** Spelling id → the spelling. */
  readonly spellings: string[] = []
  /** Spelling id → the id of its folded form. */
  normOf: Int32Array = new Int32Array(1024)
  /** Spelling id → 1 for punctuation. */
  punct: Uint8Array = new Uint8Array(1024)
  /** Folded form id → the folded form. */
  readonly norms: string[] = []
  private readonly normIds = new Map<string, number>()
  /** Open addressing: slot → spelling id + 1 (0 is empty). */
  private slots: Int32Array = new Int32Array(4096)
  /** Spelling id → its hash (to rehash without reading the spelling again). */
  private hashes: Int32Array = new Int32Array(1024)

  constructor() {
    for (const stop of STOPS) this.normId(stop)
  }

  /** How many spellings are interned. */
  get size(): number {
    return this.spellings.length
  }

  /**
   * The id of a folded form, interned when new.
   *
   * @param norm A folded form.
   * @returns Its id.
   */
  normId(norm: string): number {
    let id = this.normIds.get(norm)
    if (id === undefined) {
      id = this.norms.length
      this.norms.push(norm)
      this.normIds.set(norm, id)
    }
    return id
  }

  /**
   * The id of the spelling `text[start, end)` whose characters hash to `hash` (see `hashStep`).
   *
   * @param text The text holding the spelling.
   * @param start Its first character.
   * @param end After its last character.
   * @param hash `hashStep` folded over its characters, starting from 0.
   * @returns The spelling's id (interned when new).
   */
  spelling(text: string, start: number, end: number, hash: number): number {
    const slots = this.slots
    const mask = slots.length - 1
    const length = end - start
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const entry = slots[slot] ?? 0
      if (entry === 0) return this.add(text.slice(start, end), hash, slot)
      const id = entry - 1
      if (this.hashes[id] !== hash) continue
      const known = this.spellings[id] ?? ''
      if (known.length !== length) continue
      let same = true
      for (let k = 0; k < length; k++) {
        if (known.charCodeAt(k) !== text.charCodeAt(start + k)) {
          same = false
          break
        }
      }
      if (same) return id
    }
  }

  private add(spelling: string, hash: number, slot: number): number {
    const id = this.spellings.length
    if (id === this.normOf.length) {
      this.normOf = grow(this.normOf)
      this.hashes = grow(this.hashes)
      const punct = new Uint8Array(this.punct.length * 2)
      punct.set(this.punct)
      this.punct = punct
    }
    const isPunct = spelling.length === 1 && PUNCTUATION.has(spelling)
    this.spellings.push(spelling)
    this.hashes[id] = hash
    this.punct[id] = isPunct ? 1 : 0
    this.normOf[id] = this.normId(isPunct ? (QUOTES.has(spelling) ? '"' : spelling) : normalizeWord(spelling))
    this.slots[slot] = id + 1
    // Keep the table at most half full, so probes stay short.
    if (2 * this.spellings.length > this.slots.length) this.rehash()
    return id
  }

  private rehash(): void {
    const slots = new Int32Array(this.slots.length * 2)
    const mask = slots.length - 1
    for (let id = 0; id < this.spellings.length; id++) {
      let slot = (this.hashes[id] ?? 0) & mask
      while ((slots[slot] ?? 0) !== 0) slot = (slot + 1) & mask
      slots[slot] = id + 1
    }
    this.slots = slots
  }
}

function grow(array: Int32Array): Int32Array {
  const bigger = new Int32Array(array.length * 2)
  bigger.set(array)
  return bigger
}

/**
 * One step of the spelling hash: fold in the next UTF-16 code unit.
 *
 * @param hash The hash so far (0 for none).
 * @param code The next code unit.
 * @returns The new hash.
 */
export function hashStep(hash: number, code: number): number {
  return (Math.imul(hash, 31) + code) | 0
}

let shared = new Lexicon()

/**
 * The shared lexicon, as it is (for reads outside a run).
 *
 * @returns The shared lexicon.
 */
export function sharedLexicon(): Lexicon {
  return shared
}

/**
 * The lexicon for a new run: the shared one, replaced first when it has grown too large.
 *
 * @returns The lexicon to use for the whole run.
 */
export function lexiconForRun(): Lexicon {
  if (shared.size > MAX_SPELLINGS) shared = new Lexicon()
  return shared
}
