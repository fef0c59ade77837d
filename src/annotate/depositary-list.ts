/**
 * Lists of what the depositary holds or notifies. "The Secretary-General shall inform all
 * States of: (a) signatures …; (b) the date of entry into force of this Convention …; (c)
 * denunciations …": the intro states the depositary's duty (one `depositary` clause) and runs on
 * into the list, so each item names an object of that duty. "The date of entry into force" or
 * "any denunciation" in such an item is not an entry-into-force or withdrawal clause of its own.
 */
import type { ClauseKind } from '../schema/vocabulary.js'
import { endsSentenceMark } from './lexicon.js'
import type { RuleSet } from './match.js'
import type { Sentence } from './source.js'

/**
 * Final-clause kinds naming an event in the life of the treaty as an instrument (signed,
 * ratified, acceded to, in force, denounced, amended, reserved, deposited, registered), which
 * is what a depositary receives and notifies.
 */
export const NOTIFIED_KINDS: ReadonlySet<ClauseKind> = new Set<ClauseKind>([
  'signature',
  'ratification',
  'accession',
  'entry-into-force',
  'duration',
  'withdrawal',
  'amendment',
  'review',
  'reservations',
  'depositary',
  'registration',
  'authentic-texts'
])

/**
 * Does a sentence run on into what follows it ("… shall inform all States of:", "… of the
 * following -")? It does when it does not end with a full stop, `!` or `?`.
 *
 * @param sentence The sentence (the last one of an intro).
 * @returns True when it is left open.
 */
export function runsOn(sentence: Sentence): boolean {
  return sentence.length > 0 && !endsSentenceMark(sentence.stream.norm[sentence.to - 1] ?? -1)
}

/**
 * Does an intro's last sentence open a list of what the depositary holds or notifies: it holds
 * a `depositary` cue ("The Depositary shall promptly notify all signatories and States Parties
 * of:") and runs on into the list?
 *
 * @param sentence The intro's last sentence.
 * @param rules The compiled rules.
 * @returns True when the items under it are objects of the depositary's duty.
 */
export function opensDepositaryList(sentence: Sentence, rules: RuleSet): boolean {
  return runsOn(sentence) && rules.run('kind', sentence).some((h) => h.rule.kind === 'depositary')
}
