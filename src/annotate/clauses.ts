/**
 * From rule hits in a provision's sentences to clauses: kind, modality, roles, caveats,
 * trigger and strength, each with the evidence and the ids of the rules that decided it.
 * Shared by `annotate` (which keeps the clauses) and `explain` (which also keeps near misses).
 */
import type { Caveat, Clause, Evidence, RoleRef } from '../schema/annotation.js'
import type { KindRule, ModalityRule, RoleRule, Rule } from '../schema/rule.js'
import type { CaveatKind, ClauseKind, Modality, StrengthFeature, Trigger } from '../schema/vocabulary.js'
import { tokenText, type Hit, type Miss, type RuleSet } from './match.js'
import { compilePattern, matchEnd } from './pattern.js'
import { sliceAt, spanAt, type Sentence } from './source.js'
import { decideStrength, STRENGTH_KINDS } from './strength.js'
import { HARD_STOPS } from './text.js'
import { DETERMINERS, sentenceNames, singularOf } from './nouns.js'

/** What a provision inherits from the intro of the provision above it ("Each State Party shall:"). */
export interface InheritedContext {
  readonly modality?: { readonly modality: Modality; readonly ruleId: string } | undefined
  readonly role?: RoleRef | undefined
  /** Caveats of the intro ("in accordance with its national laws:") qualify every item under it. */
  readonly caveats?: readonly { readonly hits: readonly Hit[]; readonly sentence: Sentence }[] | undefined
}

/** Settings that hold for the whole treaty. */
export interface TreatyContext {
  /** The treaty is the UN Charter itself, so its references to the Charter are not caveats. */
  readonly selfCharter: boolean
  /**
   * The words the treaty calls itself by ("treaty" for "this Treaty", "charter" for "the present
   * Charter"); empty when it names itself nothing. Tells "The agreement or agreements shall be
   * subject to ratification" (another instrument) from "The Treaty shall be ratified".
   */
  readonly selfWords?: ReadonlySet<string> | undefined
}

/** A clause with the sentence it came from (to attach references afterwards). */
export interface FoundClause {
  readonly clause: Clause
  readonly sentence: Sentence
}

/** A near miss, with the sentence it happened in. */
export interface FoundMiss {
  readonly miss: Miss
  readonly sentence: Sentence
}

const PREPOSITIONS = new Set(['other', 'which', 'whose', 'where', 'of', 'by', 'to', 'with', 'under', 'from', 'against', 'in', 'on', 'for', 'between', 'among', 'upon', 'at', 'into', 'within', 'than', 'that', 'whom'])
const CONTINUATION = new Set(['such', 'this', 'these', 'those', 'it', 'its', 'that', 'they', 'thereafter', 'thereupon', 'said'])
const MODALITY_RANK: Record<Modality, number> = { obligation: 5, prohibition: 4, permission: 3, constitutive: 2, declaration: 1 }
const ASPIRATION = compilePattern('(seek to|seek|endeavor to|endeavor|strive to|strive|contribute toward|contribute towards|aim to|try to|make efforts)')

/** Does an aspiration phrase ("seek to", "endeavor") match within a sentence's tokens [from, to)? */
function hasAspiration(rules: RuleSet, sentence: Sentence, from: number, to: number): boolean {
  const pattern = rules.tests.bind(ASPIRATION)
  const norms = sentence.stream.norm
  for (let i = sentence.from + from; i < sentence.from + to; i++) if (matchEnd(pattern, norms, i, sentence.from + to, rules.tests) >= 0) return true
  return false
}

function consultFirst(trigger: Trigger): number {
  return trigger === 'threat' ? 0 : trigger === 'request' ? 1 : 2
}

function evidenceOf(hit: Hit, sentence: Sentence): Evidence {
  const start = hit.start < sentence.length ? sentence.startOf(hit.start) : sentence.start
  const end = hit.end > 0 && hit.end <= sentence.length ? sentence.endOf(hit.end - 1) : sentence.end
  return { text: sliceAt(sentence.leaf, start, end), position: spanAt(sentence.leaf, start, end), ruleId: hit.rule.id }
}

/** Modal hits sorted by start (longest first at one start), for binary search. */
function sortHits<R extends Rule>(hits: readonly Hit<R>[]): Hit<R>[] {
  return [...hits].sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start))
}

/** Index of the last hit starting at or before `at` (the longest at that start), or -1. */
function lastAtOrBefore(sorted: readonly Hit[], at: number): number {
  let lo = 0
  let hi = sorted.length - 1
  let found = -1
  while (lo <= hi) {
    const mid = (lo + hi) >> 1
    if ((sorted[mid]?.start ?? Infinity) <= at) {
      found = mid
      lo = mid + 1
    } else hi = mid - 1
  }
  // Step back to the first (longest) hit of that start.
  while (found > 0 && sorted[found - 1]?.start === sorted[found]?.start) found--
  return found
}

function chooseModal(hit: Hit, modals: readonly Hit<ModalityRule>[], wide: Hit<ModalityRule> | undefined): Hit<ModalityRule> | undefined {
  if (wide !== undefined && wide.start <= hit.start) return wide
  const i = lastAtOrBefore(modals, hit.start)
  if (i >= 0) return modals[i]
  return modals[0]
}

/** Drop hits that lie inside a longer hit (one sweep over hits sorted by start). */
function outermost<R extends Rule>(hits: readonly Hit<R>[]): Hit<R>[] {
  const out: Hit<R>[] = []
  let reach = -1
  for (const h of sortHits(hits)) {
    if (h.end <= reach) continue
    out.push(h)
    reach = Math.max(reach, h.end)
  }
  return out
}

/**
 * Is a role named in quotation marks? Then it is a term being defined or cited ("the terms
 * “a Contracting State” and “the other Contracting State” mean …", "(hereinafter “the
 * Committee”)"), not a party that acts or benefits.
 */
function quoted(role: Hit<RoleRule>, sentence: Sentence): boolean {
  return sentence.norm(role.start - 1) === '"' || sentence.norm(role.end) === '"'
}

function chooseRole(anchor: number, roles: readonly Hit<RoleRule>[], sentence: Sentence): Hit<RoleRule> | undefined {
  let best: Hit<RoleRule> | undefined
  for (const r of roles) {
    if (r.end > anchor) continue
    if (PREPOSITIONS.has(sentence.norm(r.start - 1)) || quoted(r, sentence)) continue
    if (best === undefined || r.end > best.end) best = r
  }
  return best
}

/** Kinds whose clauses name who benefits: the party assisted, spared or protected. */
const BENEFICIARY_KINDS: ReadonlySet<ClauseKind> = new Set([
  'mutual-defence', 'neutrality', 'non-aggression', 'territory-denial', 'no-hostile-alliance', 'non-interference', 'cooperation'
])
/** Words after which a party is the object of the clause: helped, spared or protected. */
const OBJECT_MARKERS = new Set(['assist', 'aid', 'help', 'defend', 'support', 'protect', 'afford', 'render', 'to', 'against', 'at', 'toward', 'towards'])

/**
 * Who benefits: the first party named after the clause's verb as its object ("assist the
 * Party so attacked", "directed against the other Party"), other than the obligor.
 */
function chooseBeneficiary(anchor: number, roles: readonly Hit<RoleRule>[], sentence: Sentence, obligor: Hit<RoleRule> | undefined): Hit<RoleRule> | undefined {
  for (const r of roles) {
    if (r.start <= anchor || r === obligor || r.rule.role === 'organ' || r.rule.role === 'depositary' || quoted(r, sentence)) continue
    if (OBJECT_MARKERS.has(sentence.norm(r.start - 1))) return r
  }
  return undefined
}

/** Is there a "be" or "been" among tokens [from, to)? */
function hasPassive(sentence: Sentence, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const norm = sentence.norm(i)
    if (norm === 'be' || norm === 'been') return true
  }
  return false
}

/** "shall be registered by the Depositary Governments": the agent after "by" is the obligor. */
function passiveAgent(after: number, roles: readonly Hit<RoleRule>[], sentence: Sentence): Hit<RoleRule> | undefined {
  for (const r of roles) {
    if (r.start < after || r.start > after + 6 || quoted(r, sentence)) continue
    if (sentence.norm(r.start - 1) === 'by' && hasPassive(sentence, after, r.start)) return r
  }
  return undefined
}

function roleRef(hit: Hit<RoleRule>, sentence: Sentence): RoleRef {
  const ev = evidenceOf(hit, sentence)
  return { role: hit.rule.role, ...(hit.rule.party !== undefined ? { party: hit.rule.party } : {}), text: ev.text, position: ev.position }
}

/**
 * The modality and role an intro hands down to the provisions under it.
 *
 * @param sentences The intro's sentences.
 * @param rules The compiled rules.
 * @param parent What the intro itself inherited.
 * @returns The context for the children.
 */
export function contextOf(sentences: readonly Sentence[], rules: RuleSet, parent: InheritedContext): InheritedContext {
  const last = sentences.at(-1)
  if (last === undefined) return parent
  const hits = rules.run('caveat', last)
  const caveats = hits.length > 0 ? [...(parent.caveats ?? []), { hits, sentence: last }] : parent.caveats
  const modals = rules.run('modality', last)
  const modal = modals.at(-1)
  if (modal === undefined) return { ...parent, caveats }
  const role = chooseRole(modal.start, outermost(rules.run('role', last)), last)
  return {
    modality: { modality: modal.rule.modality, ruleId: modal.rule.id },
    role: role === undefined ? parent.role : roleRef(role, last),
    caveats
  }
}

/**
 * Caveat kinds that say how, or on whose word, someone acts: under which law or procedure, at
 * whose judgment or request. Inside the object of a non-prejudice phrase ("without prejudice to
 * the meanings which may be given to them in the internal law of any State", "shall not affect
 * the authority of the Security Council to take such action as it deems necessary") they
 * describe the rights the clause keeps, held by someone else, not how the clause applies.
 */
const ACTOR_CAVEATS: ReadonlySet<CaveatKind> = new Set<CaveatKind>(['domestic-law', 'constitutional-process', 'discretion', 'upon-request'])

/**
 * Where the object of a non-prejudice phrase that ends at token `from` ends: the rights it
 * keeps run to the next comma or stop.
 */
function savedObjectEnd(sentence: Sentence, from: number): number {
  for (let i = from; i < sentence.length; i++) {
    const norm = sentence.norm(i)
    if (norm === ',' || HARD_STOPS.has(norm)) return i
  }
  return sentence.length
}

/**
 * Caveat kinds that name a frame for the clause: an area, the UN Charter. Inside the object of a
 * phrase of consideration ("having regard for the factors then affecting peace and security in
 * the North Atlantic area", "with due consideration for the needs of the developing areas of the
 * world") they name what the obligor weighs, not where the clause applies or what it is tied to.
 * Domestic law and constitutional provisions weighed ("with due regard to the different
 * constitutional provisions of each Party") still hedge how the clause is carried out, so they
 * are not among these.
 */
const FRAME_CAVEATS: ReadonlySet<CaveatKind> = new Set<CaveatKind>(['geographic-scope', 'un-charter'])

/** Forms of "take" before "into account" or "into consideration". */
const TAKE = new Set(['take', 'takes', 'taking', 'taken'])
/** Forms of "bear" before "in mind". */
const BEAR = new Set(['bear', 'bears', 'bearing', 'borne'])
/** Words before "attention to" that make it a phrase of consideration ("special attention to"). */
const ATTENTION = new Set(['special', 'due', 'particular'])
/** Words after a comma that carry the object of a consideration on ("…, including …"). */
const OBJECT_GOES_ON = new Set(['including', 'especially', 'particularly', 'notably', 'inter'])

/**
 * If a phrase of consideration ends at token `i` ("having regard to", "with due regard for",
 * "taking into account", "taking into consideration", "with due consideration for", "bearing in
 * mind", "in the light of", "special attention to"), the token its object starts at; else -1.
 * Plain "with regard to" ("concerning") is not one.
 */
function considerationObjectAt(sentence: Sentence, i: number): number {
  const norm = sentence.norm(i)
  const before = sentence.norm(i - 1)
  const after = sentence.norm(i + 1)
  switch (norm) {
    case 'regard':
      return (before === 'having' || before === 'due') && (after === 'to' || after === 'for') ? i + 2 : -1
    case 'account':
      return before === 'into' && TAKE.has(sentence.norm(i - 2)) ? i + 1 : -1
    case 'consideration':
      return (before === 'into' && TAKE.has(sentence.norm(i - 2))) || before === 'due' ? i + 1 : -1
    case 'mind':
      return before === 'in' && BEAR.has(sentence.norm(i - 2)) ? i + 1 : -1
    case 'light':
      return after === 'of' && (before === 'in' || (before === 'the' && sentence.norm(i - 2) === 'in')) ? i + 2 : -1
    case 'attention':
      return ATTENTION.has(before) && after === 'to' ? i + 2 : -1
    default:
      return -1
  }
}

/**
 * The objects of a sentence's phrases of consideration, as [start, end) token ranges in a flat
 * array: each runs to the next stop, or to the next comma that does not carry it on
 * ("…, including the development of … arrangements under the Charter").
 */
function considerationObjects(sentence: Sentence): number[] | undefined {
  let out: number[] | undefined
  for (let i = 0; i < sentence.length; i++) {
    const from = considerationObjectAt(sentence, i)
    if (from < 0) continue
    let end = from
    while (end < sentence.length) {
      const norm = sentence.norm(end)
      if (HARD_STOPS.has(norm) || (norm === ',' && !OBJECT_GOES_ON.has(sentence.norm(end + 1)))) break
      end++
    }
    ;(out ??= []).push(from, end)
    i = end
  }
  return out
}

/** Words a temporal-limit cue opens with when its object is an event awaited ("until …", "pending …"). */
const AWAITING = new Set(['until', 'pending'])

/** Is token `at` inside one of the [start, end) ranges of a flat array? */
function inRanges(ranges: readonly number[] | undefined, at: number): boolean {
  if (ranges === undefined) return false
  for (let i = 0; i < ranges.length; i += 2) if (at >= (ranges[i] ?? 0) && at < (ranges[i + 1] ?? 0)) return true
  return false
}

/**
 * The caveats among some hits that a clause of a kind takes (overlapping cues of one caveat
 * kind count once).
 *
 * Two readings of a non-prejudice phrase are left out, since by its definition the clause
 * leaves *other* rights untouched: a non-prejudice phrase whose object holds the clause's own
 * cue ("a discriminatory measure shall not be considered to derogate from the grant of
 * most-favored-nation treatment": the clause is what is kept, so it is not a savings clause
 * for it), and a domestic-law, constitutional-process, discretion or upon-request cue inside
 * such an object (see `ACTOR_CAVEATS`). So are two more readings of a cue that qualifies
 * something other than the clause: a domestic-law, constitutional-process, discretion or
 * upon-request cue inside the event a temporal limit awaits ("Pending the coming into force of
 * such special agreements … as in the opinion of the Security Council enable it …, the parties
 * … shall … consult": the Council's judgment decides when the period ends, it is not the
 * obligor's), and a geographic-scope or un-charter cue inside what a phrase of consideration
 * weighs (see `FRAME_CAVEATS`).
 *
 * @param kind The clause kind.
 * @param hits Hits of any family (only caveat hits are used).
 * @param sentence The sentence they were found in.
 * @param treaty Treaty-wide settings.
 * @param own The clause's own kind hits, when the clause is in this sentence.
 * @returns The caveats.
 */
export function caveatsFor(kind: ClauseKind, hits: readonly Hit[], sentence: Sentence, treaty: TreatyContext, own?: readonly Hit[]): Caveat[] {
  const out: Caveat[] = []
  const sorted = sortHits(hits)
  // [start, end) token ranges: the objects of the sentence's non-prejudice phrases, and the
  // events its temporal limits await ("until …", "pending …"), each to the next comma or stop.
  let saved: number[] | undefined
  let awaited: number[] | undefined
  let framed = false
  for (const h of sorted) {
    if (h.rule.family !== 'caveat') continue
    if (h.rule.caveat === 'non-prejudice') (saved ??= []).push(h.end, savedObjectEnd(sentence, h.end))
    else if (h.rule.caveat === 'temporal-limit' && AWAITING.has(sentence.norm(h.start))) (awaited ??= []).push(h.start, savedObjectEnd(sentence, h.end))
    else if (FRAME_CAVEATS.has(h.rule.caveat)) framed = true
  }
  // What phrases of consideration weigh: read only when a frame cue is there to test.
  const weighed = framed ? considerationObjects(sentence) : undefined
  // Longest first at each start; a hit inside an earlier kept hit of the same caveat kind is
  // dropped, and one that follows it closely ("Article 51" + "of the Charter") extends it, so
  // a caveat is one phrase of the text, not its fragments.
  const last = new Map<string, { start: number; end: number; index: number }>()
  for (const h of sorted) {
    const rule = h.rule
    if (rule.family !== 'caveat') continue
    if (rule.kinds !== undefined && !rule.kinds.includes(kind)) continue
    if (rule.notKinds?.includes(kind) === true) continue
    if (rule.caveat === 'un-charter' && treaty.selfCharter) continue
    if (ACTOR_CAVEATS.has(rule.caveat) && (inRanges(saved, h.start) || inRanges(awaited, h.start))) continue
    if (FRAME_CAVEATS.has(rule.caveat) && inRanges(weighed, h.start)) continue
    if (rule.caveat === 'non-prejudice' && own !== undefined && keepsOwnCue(sentence, h.end, own)) continue
    const previous = last.get(rule.caveat)
    if (previous !== undefined && h.start < previous.end) continue
    if (previous !== undefined && h.start - previous.end <= MERGE_GAP && !crossesStop(sentence, previous.end, h.start)) {
      previous.end = h.end
      const ev = evidenceOf({ ...h, start: previous.start }, sentence)
      const merged = out[previous.index]
      if (merged) out[previous.index] = { ...merged, text: ev.text, position: ev.position }
      continue
    }
    last.set(rule.caveat, { start: h.start, end: h.end, index: out.length })
    const ev = evidenceOf(h, sentence)
    out.push({ kind: rule.caveat, text: ev.text, position: ev.position, ruleId: rule.id })
  }
  return out
}

/** Does the object of a non-prejudice phrase ending at `end` hold all of the clause's own cues (the clause is only what the phrase keeps)? */
function keepsOwnCue(sentence: Sentence, end: number, own: readonly Hit[]): boolean {
  if (own.length === 0) return false
  const objectEnd = savedObjectEnd(sentence, end)
  return own.every((k) => k.start >= end && k.end <= objectEnd)
}

/**
 * Does a sentence without a clause of its own go on with the clauses before it? It does when it
 * opens with a word pointing back ("Such measures …", "It shall …") or with a qualifier put in
 * front ("Pending the first meeting …, a provisional Secretariat will …", "Unless …",
 * "Notwithstanding …"): a sentence that opens by limiting something, and states no clause,
 * limits the clause the provision has just stated.
 */
function followsOn(sentence: Sentence, rules: RuleSet): boolean {
  if (CONTINUATION.has(sentence.norm(0))) return true
  return rules.run('caveat', sentence).some((h) => h.start === 0)
}

/** Tokens that may stand between two cue matches of one caveat for them to be one phrase. */
const MERGE_GAP = 3

function crossesStop(sentence: Sentence, from: number, to: number): boolean {
  for (let index = from; index < to; index++) if (HARD_STOPS.has(sentence.norm(index))) return true
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
 */
function pointsBackTo(sentence: Sentence, before: Sentence): boolean {
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

/** Give clauses the caveats of a sentence outside them (each caveat once), with the strength features they bring. */
function lendCaveats(clauses: readonly FoundClause[], hits: readonly Hit[], sentence: Sentence, treaty: TreatyContext): void {
  for (const p of clauses) {
    for (const c of caveatsFor(p.clause.kind, hits, sentence, treaty)) {
      if (p.clause.caveats.some((x) => x.kind === c.kind && x.position.start.offset === c.position.start.offset)) continue
      p.clause.caveats.push(c)
      if (!p.clause.rules.includes(c.ruleId)) p.clause.rules.push(c.ruleId)
    }
    if (p.clause.strength !== undefined) {
      for (const f of features([], p.clause.caveats)) if (!p.clause.strength.features.includes(f)) p.clause.strength.features.push(f)
    }
  }
}

/** Kinds about this treaty as an instrument: it is signed, ratified, acceded to, enters into force. */
const INSTRUMENT_KINDS: ReadonlySet<ClauseKind> = new Set<ClauseKind>(['signature', 'ratification', 'accession', 'entry-into-force'])
/** Nouns naming an instrument, as subjects of those kinds. */
const INSTRUMENT_NOUNS = new Set(['treaty', 'convention', 'agreement', 'arrangement', 'protocol', 'pact', 'covenant', 'accord', 'charter', 'statute', 'constitution'])
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
const SELF_LEADS = new Set(['this', 'present'])

/**
 * Is a sentence about another instrument than this treaty ("The agreement or agreements …
 * They … shall be subject to ratification", UN Charter Art. 43(3)), so that its signature,
 * ratification, accession or entry-into-force cue is not a final clause of this treaty?
 * "This …" and "the present …" are this treaty; "the Treaty" is when the treaty calls itself
 * a treaty (or, naming itself nothing, when the noun is "treaty" or "convention").
 */
function aboutOtherInstrument(sentence: Sentence, before: Sentence | undefined, treaty: TreatyContext): boolean {
  const subject = subjectInstrument(sentence, before)
  if (subject === undefined) return false
  if (subject.lead === 'this') return false
  if (subject.lead !== 'the' && subject.lead !== '') return true
  const self = treaty.selfWords
  if (self === undefined || self.size === 0) return subject.noun !== 'treaty' && subject.noun !== 'convention'
  return !self.has(subject.noun)
}

function features(hits: readonly Hit[], caveats: readonly Caveat[]): StrengthFeature[] {
  const out = new Set<StrengthFeature>()
  for (const h of hits) if (h.rule.family === 'feature') out.add(h.rule.feature)
  if (caveats.some((c) => c.kind === 'discretion')) out.add('discretionary')
  if (caveats.some((c) => c.kind === 'constitutional-process' || c.kind === 'domestic-law')) out.add('hedged')
  return [...out]
}

/**
 * Find the clauses of a provision's sentences.
 *
 * @param sentences The provision's own sentences, in order.
 * @param rules The compiled rules (built-in, user and named-party rules).
 * @param inherited What the provision inherits from the intro above it.
 * @param treaty Treaty-wide settings.
 * @param misses When given, receives near misses (for `explain`).
 * @returns The clauses, in order, with their sentences.
 */
export function findClauses(
  sentences: readonly Sentence[],
  rules: RuleSet,
  inherited: InheritedContext,
  treaty: TreatyContext,
  misses?: FoundMiss[]
): FoundClause[] {
  const out: FoundClause[] = []
  let previous: FoundClause[] = []
  // The sentence just before, when it held no clause and qualified none before it: its
  // caveats may qualify the clauses of a sentence that points back at it.
  let bare: Sentence | undefined
  for (let at = 0; at < sentences.length; at++) {
    const sentence = sentences[at]
    if (sentence === undefined) continue
    const before = bare
    bare = undefined
    const sentenceMisses: Miss[] | undefined = misses === undefined ? undefined : []
    const kindHits = rules.run('kind', sentence, sentenceMisses)
    // A sentence with no kind cue adds a clause nowhere; it matters only as a follow-on
    // ("Such measures shall be terminated when …", "Pending …, a provisional Secretariat
    // will …") or for explanations. Skip the rest.
    if (kindHits.length === 0 && sentenceMisses === undefined && !(previous.length > 0 && followsOn(sentence, rules))) {
      bare = sentence
      continue
    }
    const modals = sortHits(rules.run('modality', sentence))
    const wide = modals.find((m) => m.rule.sentenceWide === true)
    const plainModals = modals.filter((m) => m.rule.sentenceWide !== true)
    const suppressors = new Map<ClauseKind, KindRule>()
    for (const h of kindHits) for (const k of h.rule.suppresses ?? []) if (k !== h.rule.kind) suppressors.set(k, h.rule)
    const kept: Hit<KindRule>[] = []
    for (const h of kindHits) {
      const by = suppressors.get(h.rule.kind)
      if (by !== undefined) {
        sentenceMisses?.push({ rule: h.rule, reason: 'suppressed', detail: `cue "${tokenText(sentence, h.start, h.end)}" matched, but rule ${by.id} (${by.kind}) in the same sentence overrides ${h.rule.kind}`, start: h.start, end: h.end })
        continue
      }
      if (h.rule.requireModal === true && modals.length === 0 && inherited.modality === undefined) {
        sentenceMisses?.push({ rule: h.rule, reason: 'no-modal', detail: `cue "${tokenText(sentence, h.start, h.end)}" matched but the sentence has no operative verb (shall, will, may, undertake …)`, start: h.start, end: h.end })
        continue
      }
      if (INSTRUMENT_KINDS.has(h.rule.kind) && aboutOtherInstrument(sentence, sentences[at - 1], treaty)) {
        sentenceMisses?.push({ rule: h.rule, reason: 'blocked', detail: `cue "${tokenText(sentence, h.start, h.end)}" matched, but the sentence is about another instrument than this treaty`, start: h.start, end: h.end })
        continue
      }
      kept.push(h)
    }
    const others = [
      ...rules.run('caveat', sentence, sentenceMisses),
      ...rules.run('trigger', sentence),
      ...rules.run('feature', sentence)
    ]
    const roles = outermost(rules.run('role', sentence))
    const byKind = new Map<ClauseKind, Hit<KindRule>[]>()
    for (const h of kept) {
      const list = byKind.get(h.rule.kind)
      if (list === undefined) byKind.set(h.rule.kind, [h])
      else list.push(h)
    }
    const here: FoundClause[] = []
    for (const [kind, hits] of byKind) {
      let modality: Modality | undefined
      let modalRule: string | undefined
      let fromVerb = false
      let anchor = hits[0]?.start ?? 0
      for (const h of hits) {
        let m: Modality | undefined = h.rule.modality
        let id: string | undefined
        const verb = chooseModal(h, modals, wide)
        // The subject stands before the clause's own verb: the last verb starting inside or before the cue.
        const own = plainModals[lastAtOrBefore(plainModals, h.end - 1)]
        const here = own?.start ?? h.start
        if (verb !== undefined) {
          if (m === undefined) {
            m = verb.rule.modality
            id = verb.rule.id
          }
          fromVerb = true
        }
        if (m !== undefined && (modality === undefined || MODALITY_RANK[m] > MODALITY_RANK[modality])) {
          modality = m
          modalRule = id
          // The subject is looked for before the verb of the clause that decided the modality.
          anchor = here
        }
      }
      if (modality === undefined && inherited.modality !== undefined) {
        modality = inherited.modality.modality
        modalRule = inherited.modality.ruleId
        fromVerb = true
      }
      const fixedObligor = hits.find((h) => h.rule.obligor !== undefined)?.rule.obligor
      const roleHit = chooseRole(anchor, roles, sentence) ?? passiveAgent(anchor, roles, sentence)
      const obligor: RoleRef | undefined =
        fixedObligor !== undefined ? { role: fixedObligor } : roleHit !== undefined ? roleRef(roleHit, sentence) : inherited.role
      const beneficiaryHit = BENEFICIARY_KINDS.has(kind) ? chooseBeneficiary(anchor, roles, sentence, roleHit) : undefined
      const beneficiary = beneficiaryHit === undefined ? undefined : roleRef(beneficiaryHit, sentence)
      const caveats = caveatsFor(kind, others, sentence, treaty, hits)
      for (const inheritedHits of inherited.caveats ?? []) {
        for (const c of caveatsFor(kind, inheritedHits.hits, inheritedHits.sentence, treaty)) {
          if (!caveats.some((x) => x.kind === c.kind && x.position.start.offset === c.position.start.offset)) caveats.push(c)
        }
      }
      const security = STRENGTH_KINDS.has(kind) || kind === 'mutual-defence'
      // Consultation answers a threat: a threat (or request) named in its sentence comes first.
      const triggers = rules.rulesOf('trigger')
      const order = kind === 'consultation' ? triggers.sort((a, b) => consultFirst(a.trigger) - consultFirst(b.trigger)) : triggers
      const trigger: Trigger | undefined = security ? order.find((t) => others.some((h) => h.rule === t))?.trigger : undefined
      const aspiration = hasAspiration(rules, sentence, Math.max(0, anchor - 1), Math.min(sentence.length, (hits[0]?.start ?? 0) + 1))
      const strength = decideStrength(kind, modality ?? 'declaration', features(others, caveats), aspiration, {
        constitutional: caveats.some((c) => c.kind === 'constitutional-process')
      })
      const ruleIds = new Set<string>(hits.map((h) => h.rule.id))
      if (modalRule !== undefined) ruleIds.add(modalRule)
      if (roleHit !== undefined && fixedObligor === undefined) ruleIds.add(roleHit.rule.id)
      if (beneficiaryHit !== undefined) ruleIds.add(beneficiaryHit.rule.id)
      for (const c of caveats) ruleIds.add(c.ruleId)
      const usedOthers = others.filter(
        (h) => (h.rule.family === 'trigger' && h.rule.trigger === trigger) || (h.rule.family === 'feature' && strength !== undefined)
      )
      for (const h of usedOthers) ruleIds.add(h.rule.id)
      const base = hits.reduce((best, h) => Math.max(best, h.rule.confidence ?? 0.8), 0)
      const confidence = Math.round(Math.min(0.99, Math.max(0.05, base + (fromVerb ? 0.1 : -0.2) + (hits.length > 1 ? 0.05 : 0))) * 100) / 100
      const clause: Clause = {
        kind,
        modality: modality ?? 'declaration',
        ...(obligor !== undefined ? { obligor } : {}),
        ...(beneficiary !== undefined ? { beneficiary } : {}),
        ...(trigger !== undefined ? { trigger } : {}),
        caveats,
        ...(strength !== undefined ? { strength } : {}),
        refs: [],
        position: spanAt(sentence.leaf, sentence.start, sentence.end),
        evidence: [...hits, ...usedOthers].map((h) => evidenceOf(h, sentence)),
        rules: [...ruleIds],
        confidence
      }
      here.push({ clause, sentence })
    }
    if (here.length === 0) {
      const continues = previous.length > 0 && followsOn(sentence, rules)
      const caveatHits = others.filter((h) => h.rule.family === 'caveat')
      if (continues) lendCaveats(previous, caveatHits, sentence, treaty)
      else {
        bare = sentence
        if (sentenceMisses !== undefined) {
          for (const h of caveatHits) {
            sentenceMisses.push({ rule: h.rule, reason: 'outside-clause', detail: `caveat cue "${tokenText(sentence, h.start, h.end)}" found, but its sentence holds no clause to qualify`, start: h.start, end: h.end })
          }
        }
      }
    } else {
      // "Nothing … shall impair the inherent right of self-defence …, until the Security Council
      // has taken the measures necessary …. Measures taken … in the exercise of this right …
      // shall be immediately reported …": a sentence with no clause that the next one points
      // back at limits the next one's clauses.
      if (before !== undefined && pointsBackTo(sentence, before)) lendCaveats(here, rules.run('caveat', before), before, treaty)
      previous = here
    }
    out.push(...here)
    if (misses !== undefined && sentenceMisses !== undefined) for (const miss of sentenceMisses) misses.push({ miss, sentence })
  }
  return out
}
