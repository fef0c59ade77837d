/**
 * The `<meta>` block of the Akoma Ntoso export: FRBR identification, the TLC references
 * (the tool, the parties, the clause kinds as concepts) and the library's own annotations in
 * a namespaced `<proprietary>` extension.
 */
import { x } from 'xastscript'
import type { Element } from 'xast'
import type { Clause, Party, Reference, RoleRef } from '../../schema/annotation.js'
import type { Diagnostic } from '../../schema/tree.js'

/** The namespace of the library's elements inside `<proprietary>`. */
export const annotationNamespace = 'urn:x-treaty-clauses:akn-annotations:1'

/** The eId of the library's own TLCOrganization, the `source` of everything it writes. */
export const sourceId = 'treatyClauses'

/** What the FRBR identifiers are built from. */
export interface Identity {
  /** Country or organisation code of the work (`un`). */
  country: string
  /** Short name of the work, URI-safe (`north-atlantic-treaty`). */
  name: string
  /** `YYYY-MM-DD`. */
  date: string
  /** What the date is (`signature`, or `unknown` when no date was found). */
  dateName: string
  /** ISO 639-2 language code of the text (`eng`). */
  language: string
  /** A path component after the work's URI, for attachments (`annex_1`). */
  component?: string | undefined
}

/**
 * The `<identification>` block.
 *
 * @param identity What the URIs are built from.
 */
export function identification(identity: Identity): Element {
  const component = identity.component === undefined ? '' : `/${identity.component}`
  const work = `/akn/${identity.country}/act/treaty/${identity.date}/${identity.name}${component}`
  const expression = `${work}/${identity.language}@`
  const manifestation = `${expression}.akn`
  const date = x('FRBRdate', { date: identity.date, name: identity.dateName })
  const author = x('FRBRauthor', { href: '#' + sourceId })
  return x('identification', { source: '#' + sourceId }, [
    x('FRBRWork', [
      x('FRBRthis', { value: `${work}/!main` }),
      x('FRBRuri', { value: work }),
      date,
      author,
      x('FRBRcountry', { value: identity.country })
    ]),
    x('FRBRExpression', [
      x('FRBRthis', { value: `${expression}/!main` }),
      x('FRBRuri', { value: expression }),
      structuredClone(date),
      structuredClone(author),
      x('FRBRlanguage', { language: identity.language })
    ]),
    x('FRBRManifestation', [
      x('FRBRthis', { value: `${expression}/!main.xml` }),
      x('FRBRuri', { value: manifestation }),
      structuredClone(date),
      structuredClone(author)
    ])
  ])
}

/**
 * The `<references>` block: the tool, each party (`party_1`…) and each clause kind used
 * (as a TLCConcept whose eId is the kind, referred to by the provisions' `refersTo`).
 *
 * @param parties The treaty's parties.
 * @param kinds The clause kinds that occur.
 */
export function references(parties: readonly Party[], kinds: readonly string[]): Element {
  return x('references', { source: '#' + sourceId }, [
    x('TLCOrganization', { eId: sourceId, href: '/ontology/organization/treaty-clauses', showAs: 'treaty-clauses' }),
    ...parties.map((party, index) =>
      x('TLCOrganization', { eId: `party_${index + 1}`, href: `/ontology/organization/${slug(party.name)}`, showAs: party.name })
    ),
    ...kinds.map((kind) =>
      x('TLCConcept', { eId: kind, href: `/ontology/concept/treaty-clauses/${kind}`, showAs: kind.replaceAll('-', ' ') })
    )
  ])
}

/** One provision's annotations, for the proprietary block. */
export interface ProvisionAnnotations {
  eId: string
  clauses: readonly Clause[]
  references: readonly Reference[]
}

/** Prefix of the library's elements. */
const prefix = 'tc:'

/**
 * The `<proprietary>` block: every clause (kind, modality, roles, trigger, strength, caveats,
 * evidence, rules, confidence, span), every reference, the parties and the diagnostics, in
 * the library's namespace. Spans are offsets into the input (`start`, `end`).
 *
 * @param parties The treaty's parties.
 * @param provisions The annotations of each provision that has any, in document order.
 * @param diagnostics The tree's diagnostics.
 */
export function proprietary(
  parties: readonly Party[],
  provisions: readonly ProvisionAnnotations[],
  diagnostics: readonly Diagnostic[]
): Element {
  const body: Element[] = []
  for (const party of parties) {
    body.push(
      x(prefix + 'party', { name: party.name, ...span(party.position) }, party.aliases.map((alias) => x(prefix + 'alias', alias)))
    )
  }
  for (const provision of provisions) {
    for (const clause of provision.clauses) body.push(clauseElement(provision.eId, clause))
    for (const reference of provision.references) body.push(referenceElement(provision.eId, reference))
  }
  for (const diagnostic of diagnostics) {
    body.push(
      x(
        prefix + 'diagnostic',
        {
          ruleId: diagnostic.ruleId,
          severity: diagnostic.severity,
          alternative: diagnostic.alternative,
          ...span(diagnostic.position)
        },
        diagnostic.reason
      )
    )
  }
  return x('proprietary', { source: '#' + sourceId }, [
    x(prefix + 'annotations', { 'xmlns:tc': annotationNamespace, version: '1' }, body)
  ])
}

/** A clause as an element. */
function clauseElement(eId: string, clause: Clause): Element {
  const children: Element[] = []
  if (clause.obligor !== undefined) children.push(roleElement('obligor', clause.obligor))
  if (clause.beneficiary !== undefined) children.push(roleElement('beneficiary', clause.beneficiary))
  if (clause.strength !== undefined) {
    children.push(x(prefix + 'strength', { level: String(clause.strength.level), features: clause.strength.features.join(' ') || undefined }))
  }
  for (const caveat of clause.caveats) {
    children.push(x(prefix + 'caveat', { kind: caveat.kind, ruleId: caveat.ruleId, ...span(caveat.position) }, caveat.text))
  }
  for (const evidence of clause.evidence) {
    children.push(x(prefix + 'evidence', { ruleId: evidence.ruleId, ...span(evidence.position) }, evidence.text))
  }
  for (const reference of clause.refs) children.push(referenceElement(eId, reference))
  return x(
    prefix + 'clause',
    {
      provision: '#' + eId,
      kind: clause.kind,
      modality: clause.modality,
      trigger: clause.trigger,
      confidence: String(clause.confidence),
      rules: clause.rules.join(' ') || undefined,
      ...span(clause.position)
    },
    children
  )
}

/** An obligor or beneficiary as an element. */
function roleElement(name: string, role: RoleRef): Element {
  return x(prefix + name, { role: role.role, party: role.party, ...span(role.position) }, role.text)
}

/** A cross-reference as an element. */
function referenceElement(eId: string, reference: Reference): Element {
  return x(
    prefix + 'reference',
    {
      provision: '#' + eId,
      kind: reference.kind,
      targets: reference.targets?.map((target) => '#' + target).join(' '),
      instrument: reference.instrument,
      instrumentProvision: reference.provision,
      ...span(reference.position)
    },
    reference.text
  )
}

/** `start` and `end` offsets of a span, when there is one. */
function span(position: { start: { offset: number }; end: { offset: number } } | undefined): Record<string, string> {
  return position === undefined ? {} : { start: String(position.start.offset), end: String(position.end.offset) }
}

/**
 * A URI-safe name: lower case ASCII letters, digits and single hyphens.
 *
 * @param text Any text.
 * @returns The slug; `treaty` when nothing is left.
 */
export function slug(text: string): string {
  let result = ''
  let hyphen = false
  for (const character of text.normalize('NFKD').toLowerCase()) {
    if ((character >= 'a' && character <= 'z') || (character >= '0' && character <= '9')) {
      if (hyphen && result !== '') result += '-'
      result += character
      hyphen = false
    } else if (character.trim() === '' || character === '-' || character === '_' || character === '/') {
      hyphen = true
    }
    if (result.length >= 60) break
  }
  return result === '' ? 'treaty' : result
}
