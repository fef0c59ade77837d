/**
 * Nouns and the words that point back at them: what the caveat-lending passes use to tell
 * which clause a sentence without one goes on from ("such agreements", "this right", "The
 * agreement …" after "a special agreement"), and which instrument a sentence is about ("The
 * agreement or agreements … shall be subject to ratification" is not this treaty).
 */
import type { Sentence } from './source.js'
import { HARD_STOPS } from './text.js'

/** Words that point back at something named before ("such measures", "the said conference"). */
export const BACK_REFERENCES: ReadonlySet<string> = new Set(['such', 'said', 'these', 'those', 'aforementioned', 'aforesaid'])
/** Articles, which may stand between a pointing word and its noun. */
export const DETERMINERS: ReadonlySet<string> = new Set(['a', 'an', 'the'])

/**
 * The singular of a folded noun, by its regular ending ("agreements" → "agreement",
 * "agencies" → "agency"; "access" stays).
 *
 * @param word A folded word.
 * @returns Its singular.
 */
export function singularOf(word: string): string {
  if (word.endsWith('ies') && word.length > 4) return word.slice(0, -3) + 'y'
  return word.length > 3 && word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word
}

/**
 * The plural of a singular noun, as `singularOf` undoes it.
 *
 * @param noun A folded singular noun.
 * @returns Its plural.
 */
export function pluralOf(noun: string): string {
  return noun.endsWith('y') ? noun.slice(0, -1) + 'ies' : noun + 's'
}

/**
 * Does a sentence name a noun, singular or plural, among its words?
 *
 * @param sentence The sentence.
 * @param noun A folded singular noun.
 * @returns True when it does.
 */
export function sentenceNames(sentence: Sentence, noun: string): boolean {
  const plural = pluralOf(noun)
  for (let i = 0; i < sentence.length; i++) {
    const norm = sentence.norm(i)
    if (norm === noun || norm === plural) return true
  }
  return false
}

/** Words that point back at something named before ("this right", "such measures"). */
const POINTERS = new Set(['this', 'these', 'such', 'said', 'those', 'aforesaid', 'aforementioned'])
/** How far into a sentence a word pointing back may stand and still be in its subject. */
const POINTER_WINDOW = 12
/** Nouns after "this" that name the treaty or a part of it, not something a sentence before introduced. */
const TEXT_NOUNS = new Set([
  'treaty', 'convention', 'agreement', 'charter', 'protocol', 'pact', 'covenant', 'statute', 'constitution', 'instrument',
  'article', 'paragraph', 'subparagraph', 'sub', 'part', 'chapter', 'section', 'annex', 'appendix', 'schedule', 'provision', 'provisions'
])

/**
 * Does a sentence point back, in its first twelve words (its subject), at something the
 * sentence before it names ("Measures taken by Members in the exercise of this right of
 * self-defence …" after "Nothing … shall impair the inherent right of … self-defence …, until
 * …")? "This Treaty", "this Article" name the text, not the sentence before.
 *
 * @param sentence The sentence.
 * @param before The sentence before it.
 * @returns True when it does.
 */
export function pointsBackTo(sentence: Sentence, before: Sentence): boolean {
  for (let i = 0; i < Math.min(POINTER_WINDOW, sentence.length); i++) {
    if (!POINTERS.has(sentence.norm(i))) continue
    let k = i + 1
    while (DETERMINERS.has(sentence.norm(k))) k++
    const noun = singularOf(sentence.norm(k))
    if (noun.length < 3 || TEXT_NOUNS.has(noun) || HARD_STOPS.has(noun)) continue
    if (sentenceNames(before, noun)) return true
  }
  return false
}

/** Nouns naming an instrument, as subjects of those kinds. */
export const INSTRUMENT_NOUNS: ReadonlySet<string> = new Set(['treaty', 'convention', 'agreement', 'arrangement', 'protocol', 'pact', 'covenant', 'accord', 'charter', 'statute', 'constitution'])
/** Words that may stand before the subject's noun ("The special agreement", "Such bilateral agreements"). */
const SUBJECT_LEAD = 3

/**
 * The instrument noun a sentence opens with, and the word before it ("the", "such", "this"):
 * "The agreement or agreements shall be negotiated …" gives `agreement`. A sentence that opens
 * with "It" or "They" takes the subject of the sentence before it.
 */
function subjectInstrument(sentence: Sentence, before: Sentence | undefined): { noun: string; lead: string } | undefined {
  const first = sentence.norm(0)
  if ((first === 'it' || first === 'they') && before !== undefined) return subjectInstrument(before, undefined)
  for (let i = 0; i <= SUBJECT_LEAD && i < sentence.length; i++) {
    const norm = sentence.norm(i)
    if (HARD_STOPS.has(norm) || norm === ',') return undefined
    const noun = singularOf(norm)
    if (!INSTRUMENT_NOUNS.has(noun) && norm !== 'treaties') continue
    // "This Administrative Arrangement", "The present Agreement": the treaty's own words.
    let lead = i > 0 ? sentence.norm(i - 1) : ''
    for (let k = 0; k < i; k++) if (SELF_LEADS.has(sentence.norm(k))) lead = 'this'
    return { noun: norm === 'treaties' ? 'treaty' : noun, lead }
  }
  return undefined
}

/** Words before a subject's noun that make it this treaty ("this", "the present"). */
export const SELF_LEADS: ReadonlySet<string> = new Set(['this', 'present'])

/**
 * Is a sentence about another instrument than this treaty ("The agreement or agreements …
 * They … shall be subject to ratification", UN Charter Art. 43(3)), so that its signature,
 * ratification, accession or entry-into-force cue is not a final clause of this treaty?
 * "This …" and "the present …" are this treaty; "the Treaty" is when the treaty calls itself
 * a treaty (or, naming itself nothing, when the noun is "treaty" or "convention").
 *
 * @param sentence The sentence.
 * @param before The sentence before it ("It shall be ratified" takes its subject).
 * @param selfWords The words the treaty calls itself by (see `TreatyContext`).
 * @returns True when its subject is another instrument.
 */
export function aboutOtherInstrument(sentence: Sentence, before: Sentence | undefined, selfWords: ReadonlySet<string> | undefined): boolean {
  const subject = subjectInstrument(sentence, before)
  if (subject === undefined) return false
  if (subject.lead === 'this') return false
  if (subject.lead !== 'the' && subject.lead !== '') return true
  const self = selfWords
  if (self === undefined || self.size === 0) return subject.noun !== 'treaty' && subject.noun !== 'convention'
  return !self.has(subject.noun)
}
