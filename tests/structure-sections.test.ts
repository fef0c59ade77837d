/**
 * Sections inside articles ("Article IV, Section 2") and run-in section titles, found in the
 * bulk corpus (the Dutch treaty database). Inputs quote real lines (file named), shortened;
 * the controls are written by hand and must keep their reading.
 */
import { describe, expect, it } from 'vitest'
import { analyzeTreaty, parseTreaty, toAkomaNtoso, type Provision, type Treaty, type TreatyNode } from '../src/index.js'
import { checkLossless } from '../src/structure/lossless.js'
import { findRunInTitle } from '../src/structure/run-in.js'
import { byEId, nodes } from './helpers/nodes.js'
import { hasXmllint, validateAkn } from './helpers/xmllint.js'

function parsed(input: string, format: 'markdown' | 'text' = 'markdown'): Treaty {
  const tree = parseTreaty(input, { format })
  expect(checkLossless(tree, input)).toEqual([])
  return tree
}

/** The eIds (or leaf types) of a node's children. */
function childIds(node: TreatyNode): string[] {
  return 'children' in node ? node.children.map((child) => ('eId' in child ? child.eId : child.type)) : []
}

function text(node: TreatyNode): string[] {
  return 'children' in node ? node.children.flatMap((child) => ('value' in child ? [child.value] : [])) : []
}

function divisions(tree: Treaty): TreatyNode[] {
  return nodes(tree).filter((node) => node.type === 'division')
}

function ruleIds(tree: Treaty): string[] {
  return tree.diagnostics.map((diagnostic) => diagnostic.ruleId)
}

describe('sections inside articles', () => {
  // BWBV0003093.md lines 140-175 (Convention establishing a Customs Co-operation Council, Annex).
  const council =
    '###Article I \n\n####Definitions\n\n###*Section 1.*\n\nIn this Annex:\n\n' +
    '(i)For the purposes of Article III, the words “property and assets” shall also include property and funds administered by the Council;\n\n' +
    '(ii)For the purposes of Article V, the expression “representatives of Members” shall be deemed to include all representatives.\n\n' +
    '###Article II \n\n####Juridical personality\n\n###*Section 2.*\n\nThe Council shall possess juridical personality. It shall have the capacity:\n\n' +
    '(a)to contract,\n\n(b)to acquire and dispose of immovable and movable property,\n\n(c)to institute legal proceedings.\n\n' +
    '###Article III \n\n####Property, funds and assets\n\n###*Section 3.*\n\nThe Council, its property and assets shall enjoy immunity from every form of legal process.\n' +
    '###*Section 4.*\n\nThe premises of the Council shall be inviolable.\n'

  it('reads "###*Section 1.*" after an article heading as a section of that article (BWBV0003093)', () => {
    const tree = parsed(council)
    expect(divisions(tree)).toEqual([])
    expect(tree.children.map((child) => ('eId' in child ? child.eId : child.type))).toEqual(['art_I', 'art_II', 'art_III'])
    const section = byEId(tree, 'art_I__sec_1')
    expect(section).toMatchObject({ type: 'section', num: { raw: '*Section 1.*', value: '1' } })
    expect(section.heading).toBeUndefined()
    expect(childIds(section)).toEqual(['intro', 'art_I__sec_1__point_i', 'art_I__sec_1__point_ii'])
    expect(childIds(byEId(tree, 'art_II__sec_2'))).toEqual(['intro', 'art_II__sec_2__subpara_a', 'art_II__sec_2__subpara_b', 'art_II__sec_2__subpara_c'])
    // A section after another section of the article stays in the article.
    expect(childIds(byEId(tree, 'art_III'))).toEqual(['art_III__sec_3', 'art_III__sec_4'])
    expect(ruleIds(tree)).not.toContain('text-outside-article')
  })

  it('in plain text, takes the line between the article heading and its first section for the title (BWBV0005521, IMF Art. IV, laid out as plain text)', () => {
    const input = [
      'Article IV',
      'Obligations Regarding Exchange Arrangements',
      '',
      'Section 1. General obligations of members',
      '',
      'Recognizing that the essential purpose of the international monetary system is to provide a framework that facilitates the exchange of goods, services, and capital among countries, each member undertakes to collaborate with the Fund and other members to assure orderly exchange arrangements.',
      '',
      'Section 2. General exchange arrangements',
      '',
      '(a) Each member shall notify the Fund, within thirty days after the date of the second amendment of this Agreement, of the exchange arrangements it intends to apply in fulfillment of its obligations under Section 1 of this Article.',
      '',
      'Article V',
      'Operations and Transactions of the Fund',
      '',
      'Section 1. Agencies dealing with the Fund',
      '',
      'Each member shall deal with the Fund only through its Treasury, central bank, stabilization fund, or other similar fiscal agency.',
      ''
    ].join('\n')
    const tree = parsed(input, 'text')
    expect(byEId(tree, 'art_IV').heading?.text).toBe('Obligations Regarding Exchange Arrangements')
    expect(childIds(byEId(tree, 'art_IV'))).toEqual(['art_IV__sec_1', 'art_IV__sec_2'])
    expect(childIds(byEId(tree, 'art_IV__sec_2'))).toEqual(['art_IV__sec_2__subpara_a'])
    expect(childIds(byEId(tree, 'art_V'))).toEqual(['art_V__sec_1'])
    expect(divisions(tree)).toEqual([])
    // A one-word article text before a section that groups articles stays the article's text.
    const grouping = parsed('Article 10\nDeleted\n\nSection 3\nFinal provisions\n\nArticle 11\n\nThis Treaty shall be ratified.\n', 'text')
    expect(text(byEId(grouping, 'art_10'))).toEqual(['Deleted'])
  })

  it('reads the heading whatever its level and emphasis, with or without the dot', () => {
    for (const line of ['###*Section 1.*', '#### _Section 1_', '## **Section 1.**', '###*Section 1*', '###Section 1', '### SECTION 1']) {
      const tree = parsed(`###Article I \n\n####Definitions\n\n${line}\n\nIn this Annex the term “Council” means the Customs Co-operation Council.\n\n###Article II \n\nText.\n`)
      expect(childIds(byEId(tree, 'art_I')), line).toEqual(['art_I__sec_1'])
      expect(text(byEId(tree, 'art_I__sec_1')), line).toEqual(['In this Annex the term “Council” means the Customs Co-operation Council.'])
    }
  })

  it('takes the title line after a section heading, and numbers its paragraphs as an article would (BWBV0001051, Treaty on Open Skies)', () => {
    const input =
      '### Article  III  \n\n####Quotas\n\n###SECTION I\n\n### GENERAL PROVISIONS\n\n' +
      '1. Each State Party shall have the right to conduct observation flights in accordance with the provisions of this Treaty. \n' +
      '2. Each State Party shall be obliged to accept observation flights over its territory in accordance with the provisions of this Treaty.\n' +
      '###SECTION II\n\n### PROVISIONS FOR A GROUP OF STATES PARTIES\n\n1. \n(A)Without prejudice to their rights and obligations under this Treaty, two or more States Parties may form a group.\n\n' +
      '### Article  IV  \n\n####Sensors\n\n1. Observation aircraft shall be equipped with sensors only from the following categories:\n'
    const tree = parsed(input)
    expect(byEId(tree, 'art_III__sec_I').heading?.text).toBe('GENERAL PROVISIONS')
    expect(childIds(byEId(tree, 'art_III__sec_I'))).toEqual(['art_III__sec_I__para_1', 'art_III__sec_I__para_2'])
    expect(byEId(tree, 'art_III__sec_I__para_1').type).toBe('paragraph')
    expect(byEId(tree, 'art_III__sec_II__para_1__subpara_A').type).toBe('subparagraph')
    expect(tree.children.map((child) => ('eId' in child ? child.eId : child.type))).toEqual(['art_III', 'art_IV'])
  })

  it('puts decimal paragraphs numbered from the article into its sections, the numbering running on (BWBV0002551)', () => {
    const input =
      '###Article 3\n\n3.1 The Contracting Members shall adopt the Plan.\n\n3.2 The Contracting Members shall apply it.\n\n' +
      '###Article 4\n\n### *Procedure for Modifications to the Plans* \n\n###SECTION A - GENERAL\n\n' +
      '4.1 When a Contracting Member proposes to make a modification to a Plan, it shall inform the IFRB.\n' +
      '###SECTION B - PROCEDURE FOR THE MARITIME MOBILE SERVICE\n\n' +
      '4.2 The provisions of this section apply equally to transmitting and receiving coast stations.\n'
    const tree = parsed(input)
    expect(childIds(byEId(tree, 'art_4'))).toEqual(['art_4__sec_A', 'art_4__sec_B'])
    expect(byEId(tree, 'art_4__sec_A')).toMatchObject({ num: { raw: 'SECTION A -' }, heading: { text: 'GENERAL' } })
    expect(childIds(byEId(tree, 'art_4__sec_A'))).toEqual(['art_4__sec_A__para_4-1'])
    expect(childIds(byEId(tree, 'art_4__sec_B'))).toEqual(['art_4__sec_B__para_4-2'])
    expect(ruleIds(tree)).toEqual([])
  })

  it('lets paragraph numbers run on from one section to the next (BWBV0006316, GATT Art. XVI)', () => {
    const input =
      '### Article  XVI  \n\n####Subsidies\n\n###Section A\n\n### *Subsidies in General* \n\n' +
      '1.  If any contracting party grants or maintains any subsidy, it shall notify the CONTRACTING PARTIES in writing.\n' +
      '###Section B\n\n### *Additional Provisions on Export Subsidies* \n\n' +
      '2.  The contracting parties recognize that the granting of a subsidy on the export of any product may have harmful effects.\n' +
      '3.  Accordingly, contracting parties should seek to avoid the use of subsidies on the export of primary products.\n\n' +
      '### Article  XVII  \n\n####State Trading Enterprises\n\n1.  Each contracting party undertakes to act in a manner consistent with the general principles.\n'
    const tree = parsed(input)
    expect(childIds(byEId(tree, 'art_XVI__sec_B'))).toEqual(['art_XVI__sec_B__para_2', 'art_XVI__sec_B__para_3'])
    expect(tree.children.map((child) => ('eId' in child ? child.eId : child.type))).toEqual(['art_XVI', 'art_XVII'])
    expect(ruleIds(tree)).toEqual([])
  })

  it('exports a section inside an article as <section> and annotates its text', () => {
    const tree = analyzeTreaty(council, { format: 'markdown' })
    const xml = toAkomaNtoso(tree)
    const article = xml.indexOf('<article eId="art_I"')
    expect(article).toBeGreaterThan(0)
    expect(xml.indexOf('<section eId="art_I__sec_1"')).toBeGreaterThan(article)
    expect(xml.indexOf('<section eId="art_I__sec_1"')).toBeLessThan(xml.indexOf('<article eId="art_II"'))
    if (hasXmllint) expect(validateAkn(xml).status).toBe(0)
    const kinds = nodes(tree).flatMap((node) => ('clauses' in node ? (node.clauses ?? []).map((clause) => clause.kind) : []))
    expect(kinds.length).toBeGreaterThan(0)
  })

  it('does not resolve "paragraph (1)" to a section numbered 1 (BWBV0002298)', () => {
    const input =
      '### Article  IV  \n\n####Organization and management\n\n###Section 4. *Board of Executive Directors* \n\n(1) The Board of Executive Directors shall be responsible for the conduct of general operations.\n\n' +
      '### Article  IX  \n\n####Interpretation and arbitration\n\n###Section 1. *Interpretation* \n\n' +
      '(a) Any question of interpretation shall be submitted to the Board of Executive Directors. Members especially affected shall be entitled to direct representation before the Board as provided in Article IV, Section 4, paragraph (1).\n'
    const tree = analyzeTreaty(input, { format: 'markdown' })
    const targets = nodes(tree).flatMap((node) => ('references' in node ? (node.references ?? []).flatMap((reference) => reference.targets ?? []) : []))
    expect(targets).not.toContain('art_IX__sec_1')
  })

  it('resolves "paragraph (a) preceding" in its own section, not in the one before (BWBV0002298)', () => {
    const input =
      '### Article  V  \n\n####Withdrawal and suspension of members\n\n###Section 1. *Right of withdrawal* \n\n' +
      '(a) Any member may withdraw from the Corporation by notifying the Corporation in writing.\n\n' +
      '(b) Even after withdrawing, a member shall remain liable for all obligations to the Corporation.\n' +
      '###Section 2. *Suspension of membership* \n\n' +
      '(a) A member that fails to fulfill any of its obligations may be suspended by decision of the Board of Governors.\n\n' +
      '(b) A member so suspended shall cease to be a member unless the Board of Governors decides, by the same majority specified in paragraph (a) preceding, to lift the suspension.\n'
    const tree = analyzeTreaty(input, { format: 'markdown' })
    expect(byEId(tree, 'art_V__sec_2__subpara_b').references?.map((reference) => reference.targets)).toEqual([['art_V__sec_2__subpara_a']])
  })

  describe('controls: sections that group articles stay divisions', () => {
    it('a section heading followed by an article heading', () => {
      const input =
        '### SECTION 1\n\n####General provisions\n\n### Article 1\n\nThe Parties shall co-operate.\n\n### Article 2\n\nThe Parties shall consult.\n\n' +
        '### SECTION 2\n\n### Article 3\n\nThis Agreement shall enter into force on signature.\n'
      const tree = parsed(input)
      expect(divisions(tree).map((division) => childIds(division))).toEqual([['art_1', 'art_2'], ['art_3']])
    })

    it('a section after an article\'s text (BWBV0001839, Convention on Cybercrime)', () => {
      const input =
        '### Article  13  \n\n####Sanctions and measures\n\n1.   Each Party shall adopt such legislative and other measures as may be necessary.\n\n' +
        '###SECTION 2 \n\n####PROCEDURAL LAW\n\n### Article  14  \n\n####Scope of procedural provisions\n\n1.   Each Party shall adopt such measures.\n'
      const tree = parsed(input)
      expect(divisions(tree)).toMatchObject([{ kind: 'section', heading: { text: 'PROCEDURAL LAW' } }])
      expect(childIds(divisions(tree)[0] as TreatyNode)).toEqual(['art_14'])
    })

    it('a section of an annex that has no articles (BWBV0003852)', () => {
      const input =
        '### Article  1  \n\nText.\n\n### Annex \n\n###*Section 1* \n\nRoutes to be operated by the designated airline of The Netherlands: points in the Netherlands.\n' +
        '###*Section 2* \n\nRoutes to be operated by the designated airline of Tanzania: points in Tanzania.\n'
      const tree = parsed(input)
      expect(divisions(tree).map((division) => ('eId' in division ? division.eId : ''))).toEqual(['annex_1__sec_1', 'annex_1__sec_2'])
      expect(nodes(tree).filter((node) => node.type === 'section')).toEqual([])
    })

    it('an emphasised run-in section number before a sentence stays text (BWBV0005513)', () => {
      const tree = parsed('ARTICLE II\n\nJuridical personality\n\n*Section 2.* The United Nations shall possess juridical personality.\n')
      expect(nodes(tree).filter((node) => node.type === 'section' || node.type === 'division')).toEqual([])
    })
  })
})

describe('section headings run on to the line before (the IMF and IFC texts lost those line breaks)', () => {
  it('splits "….   Section 2. *Other members*" and "….Section 2. *Capital Stock*" off their lines (BWBV0005521, BWBV0004975)', () => {
    const imf = [
      '### Article  II  ',
      '',
      '####Membership',
      '',
      'Section 1. *Original members*  The original members of the Fund shall be those of the countries represented at the United Nations Monetary and Financial Conference whose governments accept membership before December 31, 1945. Section 2. *Other members*  Membership shall be open to other countries at such times and in accordance with such terms as may be prescribed by the Board of Governors.',
      ''
    ].join('\n')
    const tree = parsed(imf)
    expect(childIds(byEId(tree, 'art_II'))).toEqual(['art_II__sec_1', 'art_II__sec_2'])
    expect(text(byEId(tree, 'art_II__sec_1'))).toEqual(['The original members of the Fund shall be those of the countries represented at the United Nations Monetary and Financial Conference whose governments accept membership before December 31, 1945.'])
    expect(byEId(tree, 'art_II__sec_2').heading?.text).toBe('*Other members*')
    const ifc = [
      '### Article  II',
      '',
      '####Membership and Capital',
      '',
      'Section 1. *Membership*',
      '',
      '(a)The original members of the Corporation shall be those members of the Bank listed in Schedule A hereto.',
      '',
      '(b)Membership shall be open to other members of the Bank at such times and in accordance with such terms as may be prescribed by the Corporation.Section 2. *Capital Stock*',
      '',
      '(a)The authorized capital stock of the Corporation shall be $100,000,000, in terms of United States dollars.',
      ''
    ].join('\n')
    const corporation = parsed(ifc)
    expect(childIds(byEId(corporation, 'art_II'))).toEqual(['art_II__sec_1', 'art_II__sec_2'])
    expect(childIds(byEId(corporation, 'art_II__sec_2'))).toEqual(['art_II__sec_2__subpara_a'])
  })

  it('leaves a reference to a section in running text alone: no emphasised title follows it', () => {
    const input = 'Article V\n\nSection 1. *Agencies*  Each member shall deal with the Fund as provided in this Article.  Section 2. The Fund shall act on the request of a member.\n'
    const tree = parsed(input)
    expect(childIds(byEId(tree, 'art_V'))).toEqual(['art_V__sec_1'])
  })
})

describe('run-in section titles', () => {
  it('splits a title glued to its body by a lost line break (BWBV0005105)', () => {
    const input =
      '### Article  IV  \n\n####Obligations of members\n\n' +
      'Section 1. - Participating CertificatesThe Fund shall issue for subscription by its members participating certificates.\n' +
      'Section 2.  - Subscriptions\n\n(a)Each Member shall subscribe a certain number of participating certificates:\n\n' +
      '(i)The number of participating certificates placed at the disposal of each Member State is fixed in the table.\n\n' +
      '(b)Each member shall pay in at least twenty-five per cent (25 %) of the subscription price.\n' +
      'Section 3. - Maintenance of Value of SubscriptionsWhenever the par value of a member\'s currency is reduced, the Member shall pay to the Fund an additional amount.\n' +
      'Section 4. - Limitation of LiabilityNo Member shall be liable to third parties for any obligation of the Fund.\n\n' +
      '### Article  V  \n\n####Contributions and borrowing operations\n\nFor uses not inconsistent with its purpose, the Fund may accept contributions.\n'
    const tree = parsed(input)
    const sections = byEId(tree, 'art_IV').children as Provision[]
    expect(sections.map((section) => [section.eId, section.heading?.text, text(section)[0]?.slice(0, 20)])).toEqual([
      ['art_IV__sec_1', '- Participating Certificates', 'The Fund shall issue'],
      ['art_IV__sec_2', '- Subscriptions', undefined],
      ['art_IV__sec_3', '- Maintenance of Value of Subscriptions', 'Whenever the par val'],
      ['art_IV__sec_4', '- Limitation of Liability', 'No Member shall be l']
    ])
    expect(childIds(byEId(tree, 'art_IV__sec_2'))).toEqual(['art_IV__sec_2__subpara_a', 'art_IV__sec_2__subpara_b'])
  })

  it('splits an emphasised title and a title ended by a full stop from the body (BWBV0005521, BWBV0001824, BWBV0001828)', () => {
    const input =
      '### Article  II  \n\n####Membership\n\n' +
      'Section 1. *Original members*  The original members of the Fund shall be those of the countries represented at the Conference.\n\n' +
      'Section 2. Limitations on Commitments. The Bank shall restrict commitments to the extent directed by a Donor.\n' +
      'Section 3. Meetings. The Donors Committee shall meet at the principal office of the Bank.\n' +
      'Section 4. Voting. \n\na) The Donors Committee shall attempt to reach decisions by consensus.\n\n' +
      '### Article  III  \n\n####Quotas\n\nEach member shall be assigned a quota.\n'
    const tree = parsed(input)
    const sections = byEId(tree, 'art_II').children as Provision[]
    expect(sections.map((section) => [section.heading?.text, text(section)[0]?.slice(0, 16)])).toEqual([
      ['*Original members*', 'The original mem'],
      ['Limitations on Commitments.', 'The Bank shall r'],
      ['Meetings.', 'The Donors Commi'],
      ['Voting.', undefined]
    ])
    expect(childIds(byEId(tree, 'art_II__sec_4'))).toEqual(['art_II__sec_4__subpara_a'])
  })

  it('splits only where the evidence is strong', () => {
    const split = (line: string): [string, string] | undefined => {
      const found = findRunInTitle(line, { start: 0, end: line.length })
      return found && [line.slice(found.title.start, found.title.end), line.slice(found.bodyStart)]
    }
    // The real glue after a name in camel case, not inside it.
    expect(split('- Relations with McDonaldThe Fund shall consult the company.')).toEqual(['- Relations with McDonald', 'The Fund shall consult the company.'])
    expect(split('- Forms of LoansLoans made by the Fund shall be in one of the following forms:')).toEqual(['- Forms of Loans', 'Loans made by the Fund shall be in one of the following forms:'])
    for (const line of [
      // No lower-case letter before the capital, or too few.
      '- Cooperation with NATO The Fund shall consult NATO.',
      '- Relations with MacArthur Foundation',
      // An OCR slip inside a word is not followed by a sentence.
      'PrincipIes for Fund Operations.',
      'ResponsibiIities.',
      // A camel-case word in a title with no sentence after it.
      '- Use of JavaScript Engines',
      // A sentence, not a title, before the first full stop.
      'The Bank shall restrict commitments. The Donors shall agree.',
      // An abbreviation ends the looked-for title too early.
      'U.S. Obligations. The Fund shall pay.',
      // Emphasis that is the whole line, or a sentence in emphasis.
      '*Special Reserve*',
      '*The Bank shall keep a reserve.* The amount shall be set aside.'
    ]) {
      expect(split(line), line).toBeUndefined()
    }
  })

  it('leaves a glued numbered paragraph alone: a paragraph label has no title (BWBV0004111)', () => {
    const tree = parsed('### Article  5  \n\n1. The Congress shall adopt Resolutions and Recommendations.\n2. RecommendationsThe Recommendations shall state the opinion of the Congress.\n')
    const paragraph = byEId(tree, 'art_5__para_2')
    expect(paragraph.heading).toBeUndefined()
    expect(text(paragraph)).toEqual(['RecommendationsThe Recommendations shall state the opinion of the Congress.'])
  })

  it('keeps titles and bodies of articles and plain sections as they were', () => {
    const tree = parsed('Article 4 – Definitions\n\nFor the purposes of this Agreement the term “Party” means a State.\n\nARTICLE V The Parties undertake to settle disputes by peaceful means.\n', 'text')
    expect(byEId(tree, 'art_4').heading?.text).toBe('Definitions')
    expect(byEId(tree, 'art_V').heading).toBeUndefined()
    expect(text(byEId(tree, 'art_V'))).toEqual(['The Parties undertake to settle disputes by peaceful means.'])
  })
})
