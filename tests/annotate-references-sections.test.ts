/**
 * Cross-references to sections inside articles ("Article VIII, Section I, paragraph 4",
 * "Section 7 (i) of this Article", "paragraph 2 of this Section"). Inputs quote real lines of
 * the bulk corpus (file named), shortened; the controls are written by hand, or quote texts
 * where "Section" groups articles, and must keep the reading they had before sections were read.
 */
import { describe, expect, it } from 'vitest'
import { analyzeTreaty, type Reference, type Treaty } from '../src/index.js'
import { readReference, type ParsedReference } from '../src/annotate/reference-syntax.js'
import { tokenize } from '../src/annotate/tokens.js'
import { byEId, nodes } from './helpers/nodes.js'

function analyzed(input: string): Treaty {
  return analyzeTreaty(input, { format: 'markdown' })
}

/** The references of a provision: text and targets (or instrument and provision for an external one). */
function refs(tree: Treaty, eId: string): (readonly [string, string[]] | readonly [string, string, string])[] {
  return (byEId(tree, eId).references ?? []).map((r: Reference) => (r.kind === 'internal' ? ([r.text, r.targets ?? []] as const) : ([r.text, r.instrument ?? '', r.provision ?? ''] as const)))
}

function allRefs(tree: Treaty): Reference[] {
  return nodes(tree).flatMap((node) => ('references' in node ? (node.references ?? []) : []))
}

function unresolved(tree: Treaty): string[] {
  return tree.diagnostics.filter((d) => d.ruleId === 'annotate/unresolved-reference').map((d) => d.reason)
}

/** Read one reference from a phrase, with or without sections. */
function read(phrase: string, sections = true): ParsedReference | undefined {
  const tokens = tokenize(phrase)
  const list = { length: tokens.length, at: (i: number) => (i < 0 ? undefined : tokens[i]) }
  return readReference(list, 0, (from, to) => phrase.slice(from, to), { isSelf: () => false, sections })
}

function shape(parsed: ParsedReference | undefined): string {
  if (parsed === undefined) return ''
  return parsed.segments.map((s) => `${s.level} ${s.items.map((i) => [i.from.value, ...i.from.subs].join('.') + (i.to === undefined ? '' : `-${[i.to.value, ...i.to.subs].join('.')}`)).join('+')}`).join(' / ') + (parsed.container === undefined ? '' : ` (${parsed.container})`)
}

describe('reading the section level', () => {
  it('reads sections in chains, in either order, with labels glued or bracketed', () => {
    expect(shape(read('Article IV, Section 2 (a)'))).toBe('article IV / section 2.a')
    expect(shape(read('Section 2 of Article IV'))).toBe('article IV / section 2')
    expect(shape(read('Sections 2 and 3 of Article XII'))).toBe('article XII / section 2+3')
    expect(shape(read('section 4(b)(ii)'))).toBe('section 4.b.ii')
    expect(shape(read('paragraph (a) of Section 4 of Article V'))).toBe('article V / section 4 / paragraph a')
    expect(shape(read('Article VIII, Section I, paragraph 4'))).toBe('article VIII / section I / paragraph 4')
    expect(shape(read('Section 3 of this Article'))).toBe('section 3 (this-article)')
    expect(shape(read('paragraph 5 of this Section'))).toBe('paragraph 5 (this-section)')
    expect(read('the preceding Section')).toMatchObject({ segments: [], container: 'previous-section' })
  })

  it('reads "Section" as no keyword without the option, as before', () => {
    expect(read('Section 2 of Article IV', false)).toBeUndefined()
    expect(shape(read('Article VIII, Section I, paragraph 4', false))).toBe('article VIII')
    expect(read('the preceding Section', false)).toBeUndefined()
  })

  it('does not read a run-in section heading as a reference (BWBV0005521, IMF Art. II; BWBV0004920)', () => {
    expect(read('Section 2. *Other members*  Membership shall be open to other countries.')).toBeUndefined()
    expect(read('Section 1. - Temporary Investments Pending its first use of …')).toBeUndefined()
    expect(read('Section 1 A.  *Categories of Resources*  The resources of the Bank shall consist of …')).toBeUndefined()
    // A reference that ends a sentence is still one.
    expect(shape(read('Section 1. above shall be suspended'))).toBe('section 1')
  })

  it('keeps an article that names a section in the owner ("of this Section" where sections group articles)', () => {
    expect(read('Article 5 of this Section')).toMatchObject({ segments: [{ level: 'article' }] })
    expect(read('Article 5 of this Section')?.container).toBeUndefined()
  })
})

describe('resolving sections inside articles', () => {
  // BWBV0001051.md lines 258-331 (Treaty on Open Skies, Art. VI, Sections I-II and Art. VIII, Section I), shortened.
  const openSkies =
    '### Article  VI  \n\n####Choice of observation flights\n\n###SECTION I\n\n### GENERAL PROVISIONS\n\n' +
    '1. Each State Party shall have the right to conduct observation flights.\n' +
    '18. All costs involved in the conduct of the observation flight shall be reimbursed in accordance with Annex L, Section I, paragraph 9 to this Treaty.\n' +
    '###SECTION II\n\n### REQUIREMENTS FOR MISSION PLANNING\n\n' +
    '1. Unless otherwise agreed, the observing Party shall submit a mission plan that meets the requirements of paragraphs 2 and 4 of this Section.\n' +
    '2. The mission plan may provide for an observation flight that allows for the observation of any point on the entire territory of the observed Party.\n' +
    '4. The mission plan shall include all information necessary to file the flight plan.\n' +
    '5. In the event that the mission plan filed by the observing Party provides for flights through hazardous airspace, the observed Party shall specify the hazard.\n' +
    '6. No later than four hours after submission of the mission plan, the observed Party shall accept the mission plan or propose changes to it in accordance with Article VIII, Section I, paragraph 4 and paragraph 5 of this Section.\n\n' +
    '### Article  VIII  \n\n####Prohibitions, deviations from flight plans and emergency situations\n\n###SECTION I\n\n###PROHIBITION OF OBSERVATION FLIGHTS AND CHANGES TO MISSION PLANS\n\n' +
    '1. The observed Party shall have the right to prohibit an observation flight that is not in compliance with the provisions of this Treaty.\n' +
    '4. The observed Party shall have the right to propose changes to the mission plan as a result of any of the following circumstances:\n\n' +
    '(A) the weather conditions affect flight safety; or  \n\n(C) the mission plan is inconsistent with Article VI, Section II, paragraphs 2 and 4. \n\n' +
    '### Annex L\n\n####Open Skies Consultative Commission\n\n###SECTION  I\n\n### GENERAL PROVISIONS\n\n' +
    '9. Costs shall be met in accordance with the scale of distribution.\n'

  it('reads "Article VIII, Section I, paragraph 4" as one chain, not as paragraph 4 of the section it is written in (BWBV0001051)', () => {
    const tree = analyzed(openSkies)
    expect(refs(tree, 'art_VI__sec_II__para_6')).toEqual([
      ['Article VIII, Section I, paragraph 4', ['art_VIII__sec_I__para_4']],
      ['paragraph 5 of this Section', ['art_VI__sec_II__para_5']]
    ])
    expect(refs(tree, 'art_VIII__sec_I__para_4__subpara_C')).toEqual([['Article VI, Section II, paragraphs 2 and 4', ['art_VI__sec_II__para_2', 'art_VI__sec_II__para_4']]])
    expect(refs(tree, 'art_VI__sec_II__para_1')).toEqual([['paragraphs 2 and 4 of this Section', ['art_VI__sec_II__para_2', 'art_VI__sec_II__para_4']]])
  })

  it('keeps the reading of before where "Section I" is a section grouping articles or an annex\'s text (BWBV0001051, Annex L)', () => {
    const tree = analyzed(openSkies)
    // As before sections were read: "Annex L", then "paragraph 9" on its own; never Art. VI's Section I.
    expect(refs(tree, 'art_VI__sec_I__para_18').map(([text]) => text)).toEqual(['Annex L', 'paragraph 9'])
    expect(refs(tree, 'art_VI__sec_I__para_18')[0]).toEqual(['Annex L', ['annex_L']])
  })

  // BWBV0005585.md lines 45-68 (IBRD Articles of Agreement, Art. II, Sections 5-8), shortened.
  const ibrd =
    '### Article  II  \n\n####Membership in and capital of the Bank\n\n' +
    '###SECTION 5 DIVISION AND CALLS OF SUBSCRIBED CAPITAL \n\nThe subscription of each member shall be divided into two parts as follows: \n\n' +
    '(i) twenty percent shall be paid or subject to call under Section 7 (i) of this Article as needed by the Bank for its operations;  \n\n' +
    '(ii) the remaining eighty percent shall be subject to call by the Bank only when required to meet obligations of the Bank created under Article IV, Sections 1 (a) (ii) and (iii).  \n' +
    '###SECTION 7 METHOD OF PAYMENT OF SUBSCRIPTIONS FOR SHARES \n\nPayment of subscriptions for shares shall be made as follows: \n\n' +
    '(i) under Section 5 (i) of this Article, two percent of the price of each share shall be payable in gold or United States dollars;\n\n' +
    '(ii) when a call is made under Section 5 (ii) of this Article, payment may be made at the option of the member.\n\n' +
    '### Article  IV  \n\n####Operations\n\n###SECTION 1 USE OF RESOURCES \n\n(a) The resources of the Bank shall be used as follows:\n\n' +
    '(i) by making or participating in direct loans out of its own funds;\n\n(ii) by making or participating in direct loans out of funds raised in the market;\n\n' +
    '(iii) by guaranteeing in whole or in part loans made by private investors.\n' +
    '###SECTION 2 DEALING IN THE CURRENCIES\n\n(a) The Bank may, as provided in Article II, Section 7 (i), buy the currencies of members; the preceding Section governs the use of its resources.\n'

  it('resolves "Section 7 (i) of this Article" and "Article IV, Sections 1 (a) (ii) and (iii)" (BWBV0005585, IBRD)', () => {
    const tree = analyzed(ibrd)
    expect(refs(tree, 'art_II__sec_5__point_i')).toEqual([['Section 7 (i) of this Article', ['art_II__sec_7__point_i']]])
    expect(refs(tree, 'art_II__sec_5__point_ii')).toEqual([['Article IV, Sections 1 (a) (ii) and (iii)', ['art_IV__sec_1__subpara_a__point_ii', 'art_IV__sec_1__subpara_a__point_iii']]])
    expect(refs(tree, 'art_II__sec_7__point_ii')).toEqual([['Section 5 (ii) of this Article', ['art_II__sec_5__point_ii']]])
    expect(refs(tree, 'art_IV__sec_2__subpara_a')).toEqual([
      ['Article II, Section 7 (i)', ['art_II__sec_7__point_i']],
      ['the preceding Section', ['art_IV__sec_1']]
    ])
    expect(unresolved(tree)).toEqual([])
  })

  it('resolves a bare "Section 3" in the current article, and "Section 2 of Article 11" in the named one (BWBV0003787, IFAD)', () => {
    // BWBV0003787.md lines 298-308 (Agreement Establishing IFAD, Art. 9), shortened.
    const input =
      '###Article 9\n\n####Privileges and immunities\n\n###Section 1\n\n(a) The Fund shall enjoy in the territory of each Member the privileges provided in Section 4 (a) of this Article.\n\n' +
      '###Section 2\n\nThe Fund shall have full juridical personality.\n\n###Section 3\n\nThe provisions of Section 2 of this Article shall apply to the Governors, and Section 2 of Article 11 to its staff.\n\n' +
      '###Section 4\n\n(a) The Fund may enter into agreements with Members.\n\n' +
      '###Article 11\n\n####Amendments\n\n###Section 1\n\nAny proposal to amend this Agreement shall be communicated to the President.\n\n###Section 2\n\nAmendments shall enter into force for all Members.\n'
    const tree = analyzed(input)
    expect(refs(tree, 'art_9__sec_1__subpara_a')).toEqual([['Section 4 (a) of this Article', ['art_9__sec_4__subpara_a']]])
    expect(refs(tree, 'art_9__sec_3')).toEqual([
      ['Section 2 of this Article', ['art_9__sec_2']],
      ['Section 2 of Article 11', ['art_11__sec_2']]
    ])
  })

  it('finds a section numbered through the instrument in its own article (BWBV0003093, Customs Co-operation Council, Annex)', () => {
    // BWBV0003093.md lines 242-315, shortened: sections 16-24 run through Articles VI-IX.
    const input =
      '###Article VI \n\n####Officials\n\n###*Section 18.*\n\nThe Secretary General shall be accorded the privileges of diplomatic envoys.\n' +
      '###*Section 19.*\n\nPrivileges and immunities are granted to officials in the interests of the Council only.\n\n' +
      '###Article VII \n\n####Experts on Missions for the Council\n\n###*Section 21.*\n\nPrivileges, immunities and facilities are granted to experts in the interests of the Council.\n\n' +
      '###Article IX \n\n####Settlement of disputes\n\n###*Section 24.*\n\nThe Council shall make provision for appropriate modes of settlement of:\n\n' +
      '(a)disputes arising out of contracts;\n\n(b)disputes involving any official of the Council, if immunity has not been waived in accordance with the provisions of sections 19 and 21.\n'
    const tree = analyzed(input)
    expect(refs(tree, 'art_IX__sec_24__subpara_b')).toEqual([['sections 19 and 21', ['art_VI__sec_19', 'art_VII__sec_21']]])
  })

  it('reads a section named in another instrument as external (BWBV0001548; BWBV0006316, GATT Art. XIV)', () => {
    const input =
      '### Article  V  \n\n####Termination\n\n###Section 1. Termination\n\nThis Agreement shall terminate in the event that the Bank terminates the Administration Agreement under Article VI, Section 3 of that Agreement.\n' +
      '###Section 2. Measures\n\n(a) having equivalent effect to exchange restrictions authorized under Section 3(b) of Article VII of the Articles of Agreement of the International Monetary Fund, or  \n\n' +
      '### Article  VI  \n\n####Final provisions\n\n###Section 3. Amendment\n\nAmendments shall be adopted by the Donors.\n'
    const tree = analyzed(input)
    expect(refs(tree, 'art_V__sec_1')).toEqual([['Article VI, Section 3 of that Agreement', 'Agreement', 'Article VI, section 3']])
    expect(refs(tree, 'art_V__sec_2__subpara_a')).toEqual([
      ['Section 3(b) of Article VII of the Articles of Agreement of the International Monetary Fund', 'Articles of Agreement of the International Monetary Fund', 'Article VII, section 3(b)']
    ])
  })

  it('does not take "Article IIA, Section 1 (c)" for Section 1 of the current article (BWBV0004920)', () => {
    const input =
      '### Article  II  \n\n####Capital\n\n###Section 1.  *Categories of Resources*\n\n(a) The resources of the Bank shall consist of the ordinary capital resources.\n\n' +
      '(c) Whenever the authorized inter-regional capital stock is increased pursuant to Article IIA, Section 1 (c), each member may subscribe.\n'
    const tree = analyzed(input)
    expect(allRefs(tree)).toEqual([])
  })

  it('reports a named section the tree does not have, as other levels are (BWBV0005521, IMF: run-in sections not split)', () => {
    // BWBV0005521.md line 51: Sections 2 and 3 of Art. III are glued to the text of Section 1.
    const input =
      '### Article  III  \n\n####Quotas and subscriptions\n\nSection 1. *Quotas and payment of subscriptions*  Each member shall be assigned a quota.\n\n' +
      '(d) The quota of a member shall not be changed unless payment is deemed to have been made in accordance with Section 3 (b) of this Article.\n'
    const tree = analyzed(input)
    expect(allRefs(tree)).toMatchObject([{ text: 'Section 3 (b) of this Article', targets: [] }])
    expect(unresolved(tree)).toEqual(['"Section 3 (b) of this Article" names section 3, which this treaty does not have'])
  })
})

describe('controls: references as before sections were read', () => {
  it('"Section 2" where sections group articles is no reference, and "of this Section" is the owner', () => {
    const input =
      '### SECTION 1\n\n####General provisions\n\n### Article 1\n\nThe Parties shall co-operate.\n\n### Article 2\n\n1. The Parties shall consult.\n\n2. As provided in Section 2 and in Article 1 of this Section, the Parties shall act under paragraph 1 of this Section.\n\n' +
      '### SECTION 2\n\n####Final provisions\n\n### Article 3\n\nThis Treaty shall enter into force on signature.\n'
    const tree = analyzed(input)
    expect(refs(tree, 'art_2__para_2')).toEqual([
      ['Article 1 of this Section', ['art_1']],
      ['paragraph 1 of this Section', ['art_2__para_1']]
    ])
  })

  it('references without a section resolve as before in a text with sections (BWBV0002298)', () => {
    // BWBV0002298.md: "paragraph (a) preceding" is in its own section, not in the one before.
    const input =
      '### Article  V  \n\n####Withdrawal and suspension of members\n\n###Section 1. *Right of withdrawal* \n\n' +
      '(a) Any member may withdraw from the Corporation by notifying the Corporation in writing.\n\n' +
      '(b) Even after withdrawing, a member shall remain liable for all obligations to the Corporation under Article V.\n' +
      '###Section 2. *Suspension of membership* \n\n' +
      '(a) A member that fails to fulfill any of its obligations may be suspended by decision of the Board of Governors.\n\n' +
      '(b) A member so suspended shall cease to be a member unless the Board of Governors decides, by the same majority specified in paragraph (a) preceding, to lift the suspension.\n'
    const tree = analyzed(input)
    expect(refs(tree, 'art_V__sec_2__subpara_b')).toEqual([['paragraph (a)', ['art_V__sec_2__subpara_a']]])
    expect(refs(tree, 'art_V__sec_1__subpara_b')).toEqual([['Article V', ['art_V']]])
  })

  it('a treaty without sections inside articles reads "Section" as before', () => {
    const input = 'Article 1\n\nThe Parties shall act under Section 301 of the Trade Act and Article 2, Section 4.\n\nArticle 2\n\nText.\n'
    const tree = analyzeTreaty(input, { format: 'text' })
    expect(refs(tree, 'art_1')).toEqual([['Article 2', ['art_2']]])
  })
})
