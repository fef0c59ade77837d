/**
 * From rule hits in a provision's sentences to clauses: kind, modality, roles, caveats,
 * trigger and strength, each with the evidence and the ids of the rules that decided it.
 * Shared by `annotate` (which keeps the clauses) and `explain` (which also keeps near misses).
 */
import type { Caveat, Clause, RoleRef } from '../schema/annotation.js'
import type { KindRule, ModalityRule, RoleRule, Rule } from '../schema/rule.js'
import type { ClauseKind, Modality, StrengthFeature, Trigger } from '../schema/vocabulary.js'
import { caveatsFor, lendTo } from './caveat-scope.js'
import { NOTIFIED_KINDS, opensDepositaryList, runsOn } from './depositary-list.js'
import { evidenceOf, sortHits } from './evidence.js'
import { tokenText, type Hit, type Miss, type RuleSet } from './match.js'
import { aboutOtherInstrument, pointsBackTo } from './nouns.js'
import { compilePattern, matchEnd } from './pattern.js'
import { spanAt, type Sentence } from './source.js'
import { caveatFeatures, decideStrength, STRENGTH_KINDS } from './strength.js'

/** What a provision inherits from the intro of the provision above it ("Each State Party shall:"). */
export interface InheritedContext {
  readonly modality?: { readonly modality: Modality; readonly ruleId: string } | undefined
  readonly role?: RoleRef | undefined
  /** Caveats of the intro ("in accordance with its national laws:") qualify every item under it. */
  readonly caveats?: readonly { readonly hits: readonly Hit[]; readonly sentence: Sentence }[] | undefined
  /**
   * The intro states the depositary's duty and runs on into this list ("The Secretary-General
   * shall inform all States of:"): the item's first sentence names an object of that duty, so it
   * states no final clause of its own (see `depositary-list.ts`).
   */
  readonly depositaryList?: boolean | undefined
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
/** Verbs after which a party is what someone is or becomes ("to be a party to any bloc"), not who acts. */
const COPULAS = new Set(['be', 'become', 'becomes', 'becoming', 'became', 'been', 'being', 'is', 'are', 'was', 'were'])
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
    const previous = sentence.norm(r.start - 1)
    if (PREPOSITIONS.has(previous) || COPULAS.has(previous) || quoted(r, sentence)) continue
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
  // A sub-list under an item of a depositary list ("(a) the deposit of:") still lists objects.
  const depositaryList = opensDepositaryList(last, rules) || (parent.depositaryList === true && runsOn(last))
  const modals = rules.run('modality', last)
  const modal = modals.at(-1)
  if (modal === undefined) return { ...parent, caveats, depositaryList }
  const role = chooseRole(modal.start, outermost(rules.run('role', last)), last)
  return {
    modality: { modality: modal.rule.modality, ruleId: modal.rule.id },
    role: role === undefined ? parent.role : roleRef(role, last),
    caveats,
    depositaryList
  }
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

/** Give clauses the caveats of a sentence outside them (each caveat once, with the strength it brings: see `lendTo`). */
function lendToClauses(clauses: readonly FoundClause[], hits: readonly Hit[], sentence: Sentence, treaty: TreatyContext): void {
  for (const p of clauses) lendTo(p.clause, hits, sentence, treaty)
}

/** Kinds about this treaty as an instrument: it is signed, ratified, acceded to, enters into force. */
const INSTRUMENT_KINDS: ReadonlySet<ClauseKind> = new Set<ClauseKind>(['signature', 'ratification', 'accession', 'entry-into-force'])
function features(hits: readonly Hit[], caveats: readonly Caveat[]): StrengthFeature[] {
  const out = new Set<StrengthFeature>()
  for (const h of hits) if (h.rule.family === 'feature') out.add(h.rule.feature)
  for (const f of caveatFeatures(caveats)) out.add(f)
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
      // The first sentence of an item under a depositary list goes on with the intro's sentence:
      // "(c) the date of entry into force of this Convention" is what the depositary notifies.
      if (at === 0 && inherited.depositaryList === true && NOTIFIED_KINDS.has(h.rule.kind)) {
        sentenceMisses?.push({ rule: h.rule, reason: 'blocked', detail: `cue "${tokenText(sentence, h.start, h.end)}" matched, but the item names what the depositary holds or notifies under the intro above`, start: h.start, end: h.end })
        continue
      }
      if (INSTRUMENT_KINDS.has(h.rule.kind) && aboutOtherInstrument(sentence, sentences[at - 1], treaty.selfWords)) {
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
      if (continues) lendToClauses(previous, caveatHits, sentence, treaty)
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
      if (before !== undefined && pointsBackTo(sentence, before)) lendToClauses(here, rules.run('caveat', before), before, treaty)
      previous = here
    }
    out.push(...here)
    if (misses !== undefined && sentenceMisses !== undefined) for (const miss of sentenceMisses) misses.push({ miss, sentence })
  }
  return out
}
