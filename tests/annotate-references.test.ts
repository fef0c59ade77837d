/**
 * Cross-references: internal ones resolve to eIds, external ones name the instrument and the
 * provision, and one naming nothing is a diagnostic.
 */
import { describe, expect, it } from 'vitest'
import { analyzeTreaty } from '../src/annotate/analyze.js'
import { referenceSchema, type Reference } from '../src/schema/annotation.js'
import { ANZUS, ATT, CHARTER, JAPAN, NATO, NPT, VCLT, article, fixture, provisions } from './annotate-helpers.js'

function refsIn(file: string, eId: string): Reference[] {
  return provisions(fixture(file)).find((p) => p.eId === eId)?.references ?? []
}

describe('internal references', () => {
  it('"Article 5" resolves to art_5 (NATO Art. 6)', () => {
    expect(refsIn(NATO, 'art_6')).toContainEqual(expect.objectContaining({ kind: 'internal', text: 'Article 5', targets: ['art_5'] }))
  })

  it('"Articles 3 and 5" resolves to both (NATO Art. 9)', () => {
    expect(refsIn(NATO, 'art_9')).toContainEqual(expect.objectContaining({ text: 'Articles 3 and 5', targets: ['art_3', 'art_5'] }))
  })

  it('roman numbers: "Article VII" (ANZUS Art. VIII) and "Article IV" (ANZUS Art. V)', () => {
    expect(refsIn(ANZUS, 'art_VIII')).toContainEqual(expect.objectContaining({ text: 'Article VII', targets: ['art_VII'] }))
    expect(refsIn(ANZUS, 'art_V')).toContainEqual(expect.objectContaining({ text: 'Article IV', targets: ['art_IV'] }))
  })

  it('"paragraph 3 of this Article" resolves inside the article (NPT Art. IX.1)', () => {
    const refs = provisions(fixture(NPT)).filter((p) => p.eId.startsWith('art_IX')).flatMap((p) => p.references ?? [])
    const ref = refs.find((r) => r.text === 'paragraph 3 of this Article')
    expect(ref?.targets).toHaveLength(1)
    expect(ref?.targets?.[0]).toMatch(/^art_IX__para_3$/)
  })

  it('"paragraphs 1 to 3 of article 65" expands the range (VCLT Art. 66 or 67)', () => {
    const all = provisions(fixture(VCLT)).flatMap((p) => p.references ?? [])
    const ranged = all.find((r) => /^paragraphs 1 to 3 of article 65$/iu.test(r.text))
    if (ranged !== undefined) expect(ranged.targets).toEqual(['art_65__para_1', 'art_65__para_2', 'art_65__para_3'])
    const tree = analyzeTreaty('Article 65\n\n1. One.\n2. Two.\n3. Three.\n\nArticle 66\n\nAs provided in paragraphs 1 to 3 of article 65, the parties shall act.\n', { format: 'text' })
    const refs = article(tree, '66').references ?? []
    expect(refs[0]?.targets).toEqual(['art_65__para_1', 'art_65__para_2', 'art_65__para_3'])
  })

  it('"Article 2 (1)" resolves to the paragraph (ATT)', () => {
    const refs = provisions(fixture(ATT)).flatMap((p) => p.references ?? [])
    expect(refs.find((r) => r.text.startsWith('Article 2 (1)'))?.targets).toEqual(['art_2__para_1'])
  })

  it('a reference naming no node is kept with no targets and reported as a diagnostic', () => {
    const tree = analyzeTreaty('Article 1\n\nThe Parties shall act as provided in Article 99.\n', { format: 'text' })
    const ref = article(tree, '1').references?.[0]
    expect(ref).toMatchObject({ kind: 'internal', text: 'Article 99', targets: [] })
    const d = tree.diagnostics.find((x) => x.ruleId === 'annotate/unresolved-reference')
    expect(d?.position).toEqual(ref?.position)
    expect(d?.reason).toMatch(/article 99/u)
  })

  it('every reference of the corpus has the schema and its text at its position', () => {
    const text = fixture(NATO)
    for (const p of provisions(text)) for (const r of p.references ?? []) expect(referenceSchema.safeParse(r).success).toBe(true)
  })
})

describe('external references', () => {
  it('"Article 51 of the Charter of the United Nations" names the Charter and the article (NATO Art. 5)', () => {
    expect(refsIn(NATO, 'art_5')).toContainEqual(
      expect.objectContaining({ kind: 'external', instrument: 'Charter of the United Nations', provision: 'Article 51' })
    )
  })

  it('"Article 51 of the UN Charter" and a bare "the UN Charter"', () => {
    const tree = analyzeTreaty('Article 4\n\nThe other side shall act in accordance with Article 51 of the UN Charter. Nothing here affects the UN Charter.\n', { format: 'text' })
    const refs = article(tree, '4').references ?? []
    expect(refs[0]).toMatchObject({ kind: 'external', text: 'Article 51 of the UN Charter', instrument: 'Charter of the United Nations', provision: 'Article 51' })
    expect(refs[1]).toMatchObject({ kind: 'external', text: 'UN Charter', instrument: 'Charter of the United Nations' })
    expect(refs[1]?.provision).toBeUndefined()
  })

  it('"article 102 of the Charter of the United Nations" (NPT Art. IX.6) is external, not an NPT article', () => {
    const refs = provisions(fixture(NPT)).flatMap((p) => p.references ?? [])
    const r = refs.find((x) => x.text.toLowerCase().startsWith('article 102'))
    expect(r).toMatchObject({ kind: 'external', provision: 'Article 102' })
  })

  it('a clause carries the references of its own sentence (refs)', () => {
    const art5 = article(fixture(NATO), '5')
    const md = art5.clauses?.find((c) => c.kind === 'mutual-defence')
    expect(md?.refs.map((r) => r.text)).toEqual(['Article 51 of the Charter of the United Nations'])
  })
})

/** The references of the provision with an eId in an analysed text. */
function refsOf(tree: ReturnType<typeof analyzeTreaty>, eId: string): Reference[] {
  return provisions(tree).find((p) => p.eId === eId)?.references ?? []
}

function doc(lines: readonly string[]): ReturnType<typeof analyzeTreaty> {
  return analyzeTreaty(lines.join('\n') + '\n', { format: 'text' })
}

describe('reference forms in the fixtures', () => {
  it('"Article 35, paragraph 2" names the paragraph, not paragraph 2 of the citing article (UN Charter Art. 11(2))', () => {
    expect(refsIn(CHARTER, 'art_11__para_2')).toContainEqual(expect.objectContaining({ text: 'Article 35, paragraph 2', targets: ['art_35__para_2'] }))
  })

  it('"article 30, paragraph 4(b)" and "article 77, paragraph 1 (e)" (VCLT Arts. 40(4), 78(c))', () => {
    expect(refsIn(VCLT, 'art_40__para_4')).toContainEqual(expect.objectContaining({ text: 'article 30, paragraph 4(b)', targets: ['art_30__para_4__subpara_b'] }))
    expect(refsIn(VCLT, 'art_78__subpara_c')).toContainEqual(expect.objectContaining({ targets: ['art_77__para_1__subpara_e'] }))
  })

  it('"paragraph 1 (b) above" names the sub-paragraph (UN Charter Art. 13(2))', () => {
    expect(refsIn(CHARTER, 'art_13__para_2')).toContainEqual(expect.objectContaining({ text: 'paragraph 1 (b) above', targets: ['art_13__para_1__subpara_b'] }))
  })

  it('"sub-paragraphs (a) and (b)" from sub-paragraph (c) names its siblings (VCLT Art. 19(c))', () => {
    expect(refsIn(VCLT, 'art_19__subpara_c')).toContainEqual(expect.objectContaining({ text: 'sub-paragraphs (a) and (b)', targets: ['art_19__subpara_a', 'art_19__subpara_b'] }))
  })

  it('"the preceding paragraph" (VCLT Art. 80(2)) and a paragraph of the annex (VCLT Annex para. 2(a))', () => {
    expect(refsIn(VCLT, 'art_80__para_2')).toContainEqual(expect.objectContaining({ text: 'the preceding paragraph', targets: ['art_80__para_1'] }))
    expect(refsIn(VCLT, 'annex_1__para_2__subpara_a')).toContainEqual(expect.objectContaining({ text: 'paragraph 1', targets: ['annex_1__para_1'] }))
  })

  it('a dash range of sub-paragraphs: "Article 2 (1) (a)-(g)" (ATT Art. 5(3))', () => {
    const targets = refsIn(ATT, 'art_5__para_3').find((r) => r.text === 'Article 2 (1) (a)-(g)')?.targets
    expect(targets).toEqual(['a', 'b', 'c', 'd', 'e', 'f', 'g'].map((l) => `art_2__para_1__subpara_${l}`))
  })

  it('"point(s)" is a plural mark, not a reference to point (s) (ATT Art. 5(6))', () => {
    expect(refsIn(ATT, 'art_5__para_6').map((r) => r.text)).not.toContain('point(s)')
  })

  it('"Article 14 (a) 2 (II) (ii) through (v)" names four points (Japan Art. 16)', () => {
    const ref = refsIn(JAPAN, 'art_16').find((r) => r.text.startsWith('Article 14 (a) 2 (II)'))
    expect(ref?.targets).toEqual(['ii', 'iii', 'iv', 'v'].map((p) => `art_14__subpara_a__point_2__point_II__point_${p}`))
  })

  it('"sub-paragraph (I) above" is the upper-case (I), not the (i) under (II) (Japan Art. 14(a)2(II))', () => {
    expect(refsIn(JAPAN, 'art_14__subpara_a__point_2__point_II')).toContainEqual(
      expect.objectContaining({ text: 'sub-paragraph (I) above', targets: ['art_14__subpara_a__point_2__point_I'] })
    )
  })

  it('"paragraph (a) of Article 23" (Japan Art. 24)', () => {
    expect(refsIn(JAPAN, 'art_24')).toContainEqual(expect.objectContaining({ text: 'paragraph (a) of Article 23', targets: ['art_23__subpara_a'] }))
  })
})

describe('reference forms in unseen treaties (sentences from the Dutch treaty database, /work/shared/bulk)', () => {
  it('"subparagraphs (a) to (d) of the preceding paragraph" (CISG Art. 35, BWBV0003909)', () => {
    const tree = doc([
      'Article 35',
      '',
      '(1). The seller must deliver goods which are of the quantity, quality and description required by the contract.',
      '(2). Except where the parties have agreed otherwise, the goods do not conform with the contracts unless they:',
      '(a) are fit for the purposes for which goods of the same description would ordinarily be used;',
      '(b) are fit for any particular purpose expressly or impliedly made known to the seller;',
      '(c) possess the qualities of goods which the seller has held out to the buyer as a sample or model;',
      '(d) are contained or packaged in the manner usual for such goods.',
      '(3). The seller is not liable under subparagraphs (a) to (d) of the preceding paragraph for any lack of conformity of the goods if at the time of the conclusion of the contract the buyer knew or could not have been unaware of such lack of conformity.'
    ])
    expect(refsOf(tree, 'art_35__para_3')[0]?.targets).toEqual(['a', 'b', 'c', 'd'].map((l) => `art_35__para_2__subpara_${l}`))
  })

  it('"subparagraph b)" and "subparagraphs a) to d)": labels closed by one bracket (Energy Charter Treaty, BWBV0001155)', () => {
    const tree = doc([
      'Article 27',
      '',
      '3. The arbitral tribunal shall proceed as follows:',
      'a) the tribunal shall be composed of three members;',
      'b) each party shall appoint one member;',
      'c) the third member shall be appointed by the two members appointed under subparagraph b);',
      'd) the tribunal shall decide by a majority of votes;',
      'e) the provisions of subparagraphs a) to d) shall be interpreted in accordance with the UNCITRAL rules.'
    ])
    expect(refsOf(tree, 'art_27__para_3__subpara_c')[0]?.targets).toEqual(['art_27__para_3__subpara_b'])
    expect(refsOf(tree, 'art_27__para_3__subpara_e')[0]?.targets).toEqual(['a', 'b', 'c', 'd'].map((l) => `art_27__para_3__subpara_${l}`))
  })

  it('"subparagraph (b) of paragraph 2" and "sub-paragraph (a) of this paragraph"', () => {
    const tree = doc([
      'Article 3',
      '',
      '1. The Parties shall apply subparagraph (b) of paragraph 2 of this Article.',
      '2. Each Party shall:',
      '(a) designate an authority;',
      '(b) notify the designation made in accordance with sub-paragraph (a) of this paragraph.'
    ])
    expect(refsOf(tree, 'art_3__para_1')[0]?.targets).toEqual(['art_3__para_2__subpara_b'])
    expect(refsOf(tree, 'art_3__para_2__subpara_b')[0]?.targets).toEqual(['art_3__para_2__subpara_a'])
  })

  it('"Article 21 bis", "article 21bis" and "Article 21 ter" resolve to the inserted articles (BWBV0001004 cites "articles 21 bis, 23 and 24")', () => {
    const tree = doc([
      'Article 21 bis',
      '',
      'Text.',
      '',
      'Article 21 ter',
      '',
      'As provided in articles 21 bis, 23 and 24, and in article 21bis, the preceding Article applies.',
      '',
      'Article 23',
      '',
      'Text.',
      '',
      'Article 24',
      '',
      'Text.'
    ])
    const refs = refsOf(tree, 'art_21-ter')
    expect(refs[0]).toMatchObject({ text: 'articles 21 bis, 23 and 24', targets: ['art_21-bis', 'art_23', 'art_24'] })
    expect(refs[1]).toMatchObject({ text: 'article 21bis', targets: ['art_21-bis'] })
    expect(refs[2]).toMatchObject({ text: 'the preceding Article', targets: ['art_21-bis'] })
  })

  it('headings with a glued suffix ("Article 34bis", BWBV0003363) are articles that references reach', () => {
    const tree = doc(['Article 34', '', 'Text.', '', 'Article 34bis ', '', 'Text.', '', 'Article 35', '', 'Under Article 34bis and the preceding Article, the courts are competent.'])
    const refs = refsOf(tree, 'art_35')
    expect(refs[0]).toMatchObject({ text: 'Article 34bis', targets: ['art_34bis'] })
    expect(refs[1]).toMatchObject({ text: 'the preceding Article', targets: ['art_34bis'] })
  })

  it('"Article 29(2)(a)" and "Article 29(2) to (8)" (Energy Charter Treaty, BWBV0001155)', () => {
    const tree = doc([
      'Article 20',
      '',
      '1. The Parties shall act in accordance with Article 29(2)(a) and Article 29(2) to (4).',
      '',
      'Article 29',
      '',
      '1. One.',
      '2. Two:',
      '(a) first;',
      '(b) second.',
      '3. Three.',
      '4. Four.'
    ])
    const refs = refsOf(tree, 'art_20__para_1')
    expect(refs[0]?.targets).toEqual(['art_29__para_2__subpara_a'])
    expect(refs[1]?.targets).toEqual(['art_29__para_2', 'art_29__para_3', 'art_29__para_4'])
  })

  it('"Articles 6, paragraph 1, and 7, paragraph 1" names one paragraph of each article (BWBV0001035)', () => {
    const tree = doc([
      'Article 6',
      '',
      '1. One.',
      '',
      'Article 7',
      '',
      '1. One.',
      '',
      'Article 10',
      '',
      'The request may be refused:',
      '(a) if the request does not comply with the provisions of Articles 6, paragraph 1, and 7, paragraph 1;'
    ])
    expect(refsOf(tree, 'art_10__subpara_a')[0]).toMatchObject({ text: 'Articles 6, paragraph 1, and 7, paragraph 1', targets: ['art_6__para_1', 'art_7__para_1'] })
  })

  it('"Articles 6, paragraphs 1 and 2, and 7, paragraph 1": each article with its own paragraphs', () => {
    const tree = doc([
      'Article 6', '', '1. One.', '2. Two.', '3. Three.', '',
      'Article 7', '', '1. One.', '2. Two.', '',
      'Article 10', '',
      'The request may be refused if it does not comply with Articles 6, paragraphs 1 and 2, and 7, paragraph 1. It may also be refused under articles 6, paragraph 3, or 7, paragraphs 1 and 2.'
    ])
    const refs = refsOf(tree, 'art_10')
    expect(refs[0]).toMatchObject({ text: 'Articles 6, paragraphs 1 and 2, and 7, paragraph 1', targets: ['art_6__para_1', 'art_6__para_2', 'art_7__para_1'] })
    expect(refs[1]).toMatchObject({ text: 'articles 6, paragraph 3, or 7, paragraphs 1 and 2', targets: ['art_6__para_3', 'art_7__para_1', 'art_7__para_2'] })
    expect(tree.diagnostics.filter((d) => d.ruleId === 'annotate/unresolved-reference')).toEqual([])
  })

  it('"articles 10, paragraph 2, or 47, subparagraph (c)": another level under a later article (after BWBV0005538)', () => {
    const tree = doc(['Article 10', '', '1. One.', '2. Two.', '', 'Article 47', '', 'Each Party shall:', '(a) act;', '(b) report;', '(c) notify.', '', 'Article 50', '', 'In the cases of articles 10, paragraph 2, or 47, subparagraph (c), the carrier is relieved.'])
    expect(refsOf(tree, 'art_50')[0]).toMatchObject({ targets: ['art_10__para_2', 'art_47__subpara_c'] })
  })

  it('article ranges in document order: suffixed ends ("Articles 14 to 14 ter", "articles 3 bis to 3 quater"), inserted articles inside ("Articles 14 to 15"), across chapters', () => {
    const tree = doc([
      'CHAPTER I', '',
      'Article 3', '', 'Text.', '', 'Article 3 bis', '', 'Text.', '', 'Article 3 ter', '', 'Text.', '', 'Article 3 quater', '', 'Text.', '',
      'Article 14', '', 'Text.', '',
      'CHAPTER II', '',
      'Article 14bis', '', 'Text.', '', 'Article 14 ter', '', 'Text.', '',
      'Article 15', '',
      'Articles 14 to 14 ter, articles 3 bis to 3 quater and Articles 14 to 15 apply. So do ARTICLES III TO 3 ter.'
    ])
    const refs = refsOf(tree, 'art_15')
    expect(refs[0]).toMatchObject({ text: 'Articles 14 to 14 ter', targets: ['art_14', 'art_14bis', 'art_14-ter'] })
    expect(refs[1]).toMatchObject({ text: 'articles 3 bis to 3 quater', targets: ['art_3-bis', 'art_3-ter', 'art_3-quater'] })
    expect(refs[2]).toMatchObject({ text: 'Articles 14 to 15', targets: ['art_14', 'art_14bis', 'art_14-ter', 'art_15'] })
    expect(refs[3]?.targets).toEqual(['art_3', 'art_3-bis', 'art_3-ter'])
  })

  it('a Markdown link names another document: "[Article 11](…)", "article [5](…)", "[Articles 90](…) and [94](…)" are external, to the instrument the link text or path names (forms of BWBV0002028, BWBV0002585, BWBV0001752)', () => {
    const input = [
      '### Article 5',
      '',
      'Text.',
      '',
      '### Article 11',
      '',
      'Refugee seamen are treated in the spirit of [Article 11](../../../../verdrag/vluchtelingenverdrag/BWBV0001002/README.md) and under [Articles 90](../../verdrag/convention/on/international/civil/aviation/BWBV0005507/README.md) and [94](../../verdrag/convention/on/international/civil/aviation/BWBV0005507/README.md), as under article [5](../../verdrag/charter/of/the/united/nations/BWBV0004143/README.md), [Article IX of the Antarctic Treaty](../../verdrag/the/antarctic/treaty/BWBV0005237/README.md) and Article 5.',
      ''
    ].join('\n')
    const tree = analyzeTreaty(input, { format: 'markdown' })
    const refs = refsOf(tree, 'art_11')
    expect(refs.map((r) => [r.kind, r.text, r.instrument, r.provision])).toEqual([
      ['external', 'Article 11', 'vluchtelingenverdrag', 'Article 11'],
      ['external', 'Articles 90](../../verdrag/convention/on/international/civil/aviation/BWBV0005507/README.md) and [94', 'convention on international civil aviation', 'Article 90, 94'],
      ['external', 'article [5]', 'Charter of the United Nations', 'Article 5'],
      ['external', 'Article IX of the Antarctic Treaty', 'Antarctic Treaty', 'Article IX'],
      ['internal', 'Article 5', undefined, undefined]
    ])
    expect(refs[4]?.targets).toEqual(['art_5'])
    for (const r of refs) expect(r.text).toBe(input.slice(r.position.start.offset, r.position.end.offset))
  })

  it('"paragraph 3, Article 4": the inverse order (BWBV0001945)', () => {
    const tree = doc([
      'Article 4',
      '',
      '1. One.',
      '2. Two.',
      '3. Three.',
      '',
      'Article 20',
      '',
      'The Secretariat shall select a new host country under the circumstances described in paragraph 3, Article 4, informing the Management Board of the results of its efforts.'
    ])
    expect(refsOf(tree, 'art_20')[0]).toMatchObject({ text: 'paragraph 3, Article 4', targets: ['art_4__para_3'] })
  })

  it('"Appendix III to this Convention" resolves to the appendix (BWBV0001035); a missing annex is a diagnostic', () => {
    const tree = doc([
      'Article 1',
      '',
      '(a) "offence" comprises acts dealt with under the legal provisions listed in Appendix III to this Convention.',
      '(b) the legal provisions are those listed in Annex II to this Convention.',
      '',
      'APPENDIX III',
      '',
      'Legal provisions.'
    ])
    expect(refsOf(tree, 'art_1__subpara_a')[0]).toMatchObject({ text: 'Appendix III to this Convention', targets: ['annex_III'] })
    expect(refsOf(tree, 'art_1__subpara_b')[0]).toMatchObject({ text: 'Annex II to this Convention', targets: [] })
    expect(tree.diagnostics.some((d) => d.ruleId === 'annotate/unresolved-reference' && d.reason.includes('annex II'))).toBe(true)
  })

  it('"Article 96 of the Convention" in an agreement that calls itself "this Agreement" is external (BWBV0001060)', () => {
    const tree = doc([
      'Article 1',
      '',
      'For the purpose of this Agreement, the terms "air service" and "airline" have the meaning respectively assigned to them in Article 96 of the Convention.'
    ])
    expect(refsOf(tree, 'art_1')[0]).toMatchObject({ kind: 'external', instrument: 'Convention', provision: 'Article 96' })
    expect(tree.diagnostics.filter((d) => d.ruleId === 'annotate/unresolved-reference')).toEqual([])
  })

  it('"article 18, paragraph 13, of the Convention": a comma before the instrument (BWBV0001710, a protocol)', () => {
    const tree = doc([
      'Article 13',
      '',
      '2. Without prejudice to article 18, paragraph 13, of the Convention, each State Party shall identify a national body or a single point of contact to act as liaison between it and other States Parties on matters relating to this Protocol.'
    ])
    expect(refsOf(tree, 'art_13__para_2')[0]).toMatchObject({ kind: 'external', instrument: 'Convention', provision: 'Article 18, paragraph 13' })
  })

  it('a constitution that opens by citing the Charter is not the Charter (WHO Constitution, BWBV0005804)', () => {
    const tree = doc([
      'The States parties to this Constitution declare, in conformity with the Charter of the United Nations, that the following principles are basic to the happiness, harmonious relations and security of all peoples.',
      '',
      'Article 69',
      '',
      'The Organization shall be brought into relation with the United Nations as one of the specialized agencies referred to in Article 57 of the Charter of the United Nations.'
    ])
    expect(refsOf(tree, 'art_69')[0]).toMatchObject({ kind: 'external', instrument: 'Charter of the United Nations', provision: 'Article 57' })
  })

  it('a roman-numbered treaty cited in arabic numbers, and the reverse', () => {
    const tree = doc(['Article I', '', 'Text.', '', 'Article II', '', 'As in Article 1.', '', 'Article 3', '', 'As in article II.'])
    expect(refsOf(tree, 'art_II')[0]?.targets).toEqual(['art_I'])
    expect(refsOf(tree, 'art_3')[0]?.targets).toEqual(['art_II'])
  })

  it('an internal reference naming a missing sub-paragraph stays a diagnostic', () => {
    const tree = doc(['Article 3', '', '1. As in subparagraph (c) of paragraph 2.', '2. Each Party shall:', '(a) act;', '(b) report.'])
    expect(refsOf(tree, 'art_3__para_1')[0]).toMatchObject({ text: 'subparagraph (c) of paragraph 2', targets: [] })
    const d = tree.diagnostics.find((x) => x.ruleId === 'annotate/unresolved-reference')
    expect(d?.reason).toMatch(/subparagraph \(c\) of paragraph 2/u)
  })
})

describe('reference resolution stays linear', () => {
  it('many references in one long article (each looked up by label, not by a walk of the article)', () => {
    const letters = (n: number): string => String.fromCharCode(97 + (n % 26)).repeat(1 + Math.floor(n / 26) % 3)
    const article = (items: number): string => {
      const lines = ['Article 1', '', '1. Each Party shall:']
      for (let k = 0; k < items; k++) lines.push(`(${letters(k)}) act under sub-paragraph (zz), the preceding paragraph, Article 1, paragraph 1 (a) and subparagraphs (a) to (c);`)
      lines.push('2. Nothing.')
      return lines.join('\n') + '\n'
    }
    // The fastest of three runs, after a warm-up, so JIT compilation and a busy machine weigh less.
    const time = (text: string): number => {
      let best = Infinity
      for (let run = 0; run < 3; run++) {
        const t0 = performance.now()
        analyzeTreaty(text, { format: 'text' })
        best = Math.min(best, performance.now() - t0)
      }
      return best
    }
    const small = article(200)
    const big = article(1600)
    time(big)
    const a = time(small)
    const b = time(big)
    // 8× the input: generous noise allowed, but not quadratic growth (64×).
    expect(b).toBeLessThan(Math.max(a, 5) * 24)
  })
})
