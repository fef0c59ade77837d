/**
 * Caveats across provisions: a provision (or sentence) with no clause of its own that limits
 * a clause stated elsewhere lends its caveats to that clause. A list item continues its
 * parent's intro; "Pending the conclusion of such agreements …" limits the sibling that
 * introduced them; "Paragraph 2 shall not apply unless …" limits paragraph 2; "This Treaty
 * shall not apply to … provided that …" limits the definitions before it.
 */
import type { Clause } from '../schema/annotation.js'
import { isProvision, type Provision, type TreatyNode } from '../schema/tree.js'
import { lendTo } from './caveat-scope.js'
import { BACK_REFERENCES, DETERMINERS, INSTRUMENT_NOUNS, pluralOf, SELF_LEADS, sentenceNames, singularOf } from './nouns.js'
import type { Prepared } from './prepare.js'
import { ownLeaves, type Sentence } from './source.js'

/**
 * A list item that holds no clause of its own continues its parent's intro ("… is deemed to
 * include an armed attack (i) on the territory … in Europe"): its caveats qualify the intro's
 * clauses. A `depositary` clause is not one of them: the items under "The Secretary-General
 * shall inform all States of:" name what is notified ("denunciations in accordance with
 * Article 50", "any domestic legislation implementing this Protocol"), and what qualifies those
 * things does not limit the duty to notify them.
 */
function lendListCaveats(node: Provision, prepared: Prepared): void {
  const clauses = node.clauses ?? []
  if (clauses.length === 0) return
  const leaves = ownLeaves(node)
  const introClauses = clauses.filter((c) => {
    if (c.kind === 'depositary') return false
    const leaf = leaves.find((l) => l.position.start.offset <= c.position.start.offset && c.position.end.offset <= l.position.end.offset)
    return leaf?.type === 'intro'
  })
  if (introClauses.length === 0) return
  const visit = (child: Provision): void => {
    if ((child.clauses ?? []).length > 0) return
    for (const sentence of prepared.reader.sentencesOf(child)) {
      const hits = prepared.set.run('caveat', sentence)
      for (const clause of introClauses) lendTo(clause, hits, sentence, prepared.treaty)
    }
    for (const grandchild of child.children) if (isProvision(grandchild)) visit(grandchild)
  }
  for (const child of node.children) if (isProvision(child)) visit(child)
}


/** The noun a back-reference points at: "conference" in "If such a conference has not been held". */
function backReferredNoun(sentence: Sentence): string | undefined {
  const tokens = sentence.tokens
  const at = tokens.slice(0, 8).findIndex((t) => BACK_REFERENCES.has(t.norm))
  if (at < 0) return undefined
  let k = at + 1
  while (DETERMINERS.has(tokens[k]?.norm ?? '')) k++
  const noun = tokens[k]
  return noun === undefined || noun.punct ? undefined : singularOf(noun.norm)
}

/** Does a provision's own text name a word (singular or plural)? */
function names(provision: Provision, noun: string, prepared: Prepared): boolean {
  return prepared.reader.sentencesOf(provision).some((sentence) => sentenceNames(sentence, noun))
}


/** The noun of a subject with "the" that opens a sentence ("agreement" in "The agreement or agreements shall …"). */
function definiteSubject(sentence: Sentence): string | undefined {
  if (sentence.norm(0) !== 'the') return undefined
  const noun = sentence.norm(1)
  return noun.length < 3 || !/^\p{L}/u.test(noun) ? undefined : singularOf(noun)
}

/** Does a provision's own text introduce a noun with "a" or "an" ("a special agreement or agreements")? */
function introduces(provision: Provision, noun: string, prepared: Prepared): boolean {
  const plural = pluralOf(noun)
  for (const sentence of prepared.reader.sentencesOf(provision)) {
    for (let i = 1; i < sentence.length; i++) {
      const norm = sentence.norm(i)
      if (norm !== noun && norm !== plural) continue
      if (INDEFINITE.has(sentence.norm(i - 1)) || INDEFINITE.has(sentence.norm(i - 2))) return true
    }
  }
  return false
}

const INDEFINITE = new Set(['a', 'an'])

/** Does a sentence point back in its first eight words ("Pending the conclusion of such …")? */
function pointsBack(sentence: Sentence): boolean {
  for (let i = 0; i < Math.min(8, sentence.length); i++) if (BACK_REFERENCES.has(sentence.norm(i))) return true
  return false
}

/**
 * A numbered provision with no clause of its own whose first sentence points back ("Pending
 * the conclusion of such agreements, …") limits the clauses of a sibling before it: its
 * caveats are lent to them. The sibling is the first one that names what "such …" points at
 * (where "a General Conference" was introduced, not a later mention of "the conference"), or
 * else the one just before. A provision that opens with "The" and a noun a sibling before it
 * introduced with "a" ("The agreement or agreements shall be … subject to ratification … in
 * accordance with their respective constitutional processes" after "… in accordance with a
 * special agreement or agreements, armed forces …", UN Charter Art. 43) is about that thing
 * too, and limits that sibling's clauses.
 */
function lendToPreviousSibling(node: Provision, prepared: Prepared): void {
  const before: Provision[] = []
  for (const child of node.children) {
    if (!isProvision(child)) continue
    const current = child
    if ((current.clauses ?? []).length > 0) {
      before.push(current)
      continue
    }
    const sentences = prepared.reader.sentencesOf(current)
    const first = sentences[0]
    if (before.length === 0 || first === undefined) continue
    let previous: Provision | undefined
    if (pointsBack(first)) {
      const noun = backReferredNoun(first)
      previous = (noun === undefined ? undefined : before.find((sibling) => names(sibling, noun, prepared))) ?? before.at(-1)
    } else {
      // "The agreement or agreements shall be negotiated …" after "… in accordance with a
      // special agreement or agreements …": a definite subject introduced by a sibling.
      const noun = definiteSubject(first)
      previous = noun === undefined ? undefined : before.find((sibling) => introduces(sibling, noun, prepared))
    }
    if (previous === undefined) continue
    for (const sentence of sentences) {
      const hits = prepared.set.run('caveat', sentence)
      // What the thing a definition names later does does not qualify the definition.
      for (const clause of previous.clauses ?? []) if (clause.kind !== 'definitions') lendTo(clause, hits, sentence, prepared.treaty)
    }
  }
}

const APPLY = new Set(['apply', 'applies', 'applied', 'applicable', 'application'])
/** How far into a sentence its subject ("The provisions of this Treaty") may run. */
const SCOPE_SUBJECT = 6
/** How far after the subject the verb of application may stand ("shall not apply", "shall not be applicable"). */
const SCOPE_VERB = 4

/** Does a sentence state the treaty's own scope ("This Treaty shall not apply to …", "The present Convention applies only to …")? */
function statesScope(sentence: Sentence): boolean {
  for (let i = 0; i < Math.min(SCOPE_SUBJECT, sentence.length - 1); i++) {
    if (!SELF_LEADS.has(sentence.norm(i)) || !INSTRUMENT_NOUNS.has(sentence.norm(i + 1))) continue
    for (let k = i + 2; k < Math.min(i + 2 + SCOPE_VERB, sentence.length); k++) if (APPLY.has(sentence.norm(k))) return true
    return false
  }
  return false
}

/**
 * A provision with no clause of its own that states the treaty's scope ("This Treaty shall not
 * apply to the international movement of conventional arms by … a State Party for its use
 * provided that …", ATT Art. 2(3)) limits the scope its article has fixed before it: its caveats
 * are lent to the `definitions` clauses (terms and scope fixed for the treaty) of the siblings
 * before it. Other clauses are not limited by it: "This Agreement shall apply to the part of
 * the Kingdom in Europe only" does not make its entry into force a geographic one.
 */
function lendScopeLimits(node: Provision, prepared: Prepared): void {
  const siblings = node.children.filter((c): c is Provision => isProvision(c as TreatyNode))
  for (let at = 1; at < siblings.length; at++) {
    const child = siblings[at]
    if (child === undefined || (child.clauses ?? []).length > 0) continue
    const sentences = prepared.reader.sentencesOf(child)
    const first = sentences[0]
    if (first === undefined || !statesScope(first)) continue
    const before = siblings.slice(0, at).flatMap((sibling) => clausesBelow(sibling).filter((c) => c.kind === 'definitions'))
    if (before.length === 0) continue
    for (const sentence of sentences) {
      const hits = prepared.set.run('caveat', sentence)
      for (const clause of before) lendTo(clause, hits, sentence, prepared.treaty)
    }
  }
}

/** How far into a sentence a reference may start and still be what the sentence is about. */
const SUBJECT_WINDOW = 4

/**
 * A provision with no clause of its own whose sentence is about a sibling provision ("The
 * provisions of paragraph 1 … are without prejudice to …", "Paragraph 2 shall not apply
 * unless …") limits the clauses of the provision it names: that sentence's caveats are lent
 * to them. Only a reference at the head of the sentence (its subject) counts: "as defined in
 * paragraph 2" deep in a sentence uses paragraph 2, it does not qualify it.
 */
function lendToReferenced(node: Provision, prepared: Prepared): void {
  const below = new Map<Provision, Clause[]>()
  const byId = new Map<string, Provision>()
  for (const child of node.children) if (isProvision(child)) byId.set(child.eId, child)
  for (const child of node.children) {
    if (!isProvision(child) || (child.clauses ?? []).length > 0) continue
    if (!(child.references ?? []).some((r) => r.kind === 'internal')) continue
    for (const sentence of prepared.reader.sentencesOf(child)) {
      const head = SUBJECT_WINDOW < sentence.length ? sentence.startOf(SUBJECT_WINDOW) : sentence.end
      const named = (child.references ?? []).flatMap((r) =>
        r.kind === 'internal' && r.position.start.offset >= sentence.start && r.position.start.offset <= head ? r.targets ?? [] : []
      )
      const targets = [...new Set(named)].map((id) => byId.get(id)).filter((p): p is Provision => p !== undefined && p !== child)
      if (targets.length === 0) continue
      const hits = prepared.set.run('caveat', sentence)
      for (const target of targets) {
        let clauses = below.get(target)
        if (clauses === undefined) {
          clauses = clausesBelow(target)
          below.set(target, clauses)
        }
        for (const clause of clauses) lendTo(clause, hits, sentence, prepared.treaty)
      }
    }
  }
}

/** A provision's own clauses, or, when it has none, those of the provisions under it. */
function clausesBelow(node: Provision): Clause[] {
  if ((node.clauses ?? []).length > 0) return node.clauses ?? []
  return node.children.flatMap((c) => (isProvision(c) ? clausesBelow(c) : []))
}

/**
 * Lend the caveats of a provision's clause-less children to the clauses they limit (see the
 * module comment). Run once per provision, after every provision has its own clauses.
 *
 * @param node A provision.
 * @param prepared The run.
 */
export function lendCaveats(node: Provision, prepared: Prepared): void {
  lendListCaveats(node, prepared)
  lendToPreviousSibling(node, prepared)
  lendToReferenced(node, prepared)
  lendScopeLimits(node, prepared)
}
