/**
 * Lists of what the depositary notifies ("The Secretary-General shall inform all States of:
 * (a) signatures …; (b) the date of entry into force …; (c) denunciations …"): one `depositary`
 * clause in the intro, and no final clauses of their own in the items, which only name what is
 * notified. The texts are real articles of unseen treaties from the Dutch treaty database
 * (/work/shared/bulk, file names given), copied here so the tests run without it.
 */
import { describe, expect, it } from 'vitest'
import { analyzeTreaty } from '../src/annotate/analyze.js'
import { explain } from '../src/annotate/explain.js'
import { compilePattern } from '../src/annotate/pattern.js'
import type { Clause } from '../src/schema/annotation.js'
import { provisions } from './annotate-helpers.js'

/** The clauses of every provision of a one-article text, by eId. */
function clausesByEId(text: string): Map<string, Clause[]> {
  const tree = analyzeTreaty(text, { format: 'markdown' })
  return new Map(provisions(tree).map((p) => [p.eId, p.clauses ?? []]))
}

function kindsAt(found: Map<string, Clause[]>, eId: string): string[] {
  const clauses = found.get(eId)
  if (clauses === undefined) throw new Error(`no provision ${eId}`)
  return clauses.map((c) => c.kind)
}

// Optional Protocol to CEDAW, Art. 20 (BWBV0001537).
const CEDAW_OP = `### Article 20

The Secretary-General of the United Nations shall inform all States of:

a) Signatures, ratifications and accessions under the present Protocol;

b) The date of entry into force of the present Protocol and of any amendment under article 18;

c) Any denunciation under article 19.
`

// Customs Convention on the facilities for touring, Art. 24 (BWBV0005182).
const TOURING = `### Article 24

The Secretary-General of the United Nations shall notify all Member States of the United Nations and all other States invited to attend the Conference of the following:

(a)Signatures, ratifications and accessions, received in accordance with articles 14 and 15;

(b)The date upon which this Convention shall enter into force in accordance with article 16;

(c)Denunciations received in accordance with article 17;

(d)The abrogation of this Convention in accordance with article 18;
`

// Nairobi International Convention on the Removal of Wrecks, 2007, Art. 20 (BWBV0003257).
const NAIROBI = `### Article 20

1.  This Convention shall be deposited with the Secretary-General.
2.  The Secretary-General shall:

a) inform all States which have signed or acceded to this Convention of:

(i) each new signature or deposit of an instrument of ratification, acceptance, approval or accession, together with the date thereof;

(ii) the date of entry into force of this Convention;

(iii) the deposit of any instrument of denunciation of this Convention, together with the date of the deposit and the date on which the denunciation takes effect; and

(iv) other declarations and notifications received pursuant to this Convention;

b) transmit certified true copies of this Convention to all States that have signed or acceded to this Convention.
`

describe('the items of a depositary notification list are what the depositary notifies', () => {
  it('"The Secretary-General … shall inform all States of:" is the depositary clause; "Any denunciation under article 19" is no withdrawal clause (CEDAW Optional Protocol Art. 20, BWBV0001537)', () => {
    const found = clausesByEId(CEDAW_OP)
    const intro = found.get('art_20')?.find((c) => c.kind === 'depositary')
    expect(intro).toMatchObject({ modality: 'obligation', obligor: { role: 'depositary' } })
    expect(intro?.rules).toContain('kind.depositary.notify-list')
    for (const item of ['a', 'b', 'c']) expect(kindsAt(found, `art_20__subpara_${item}`)).toEqual([])
  })

  it('an item with a verb of its own, "The date upon which this Convention shall enter into force …", still only names what is notified (Touring Convention Art. 24, BWBV0005182)', () => {
    const found = clausesByEId(TOURING)
    expect(kindsAt(found, 'art_24')).toEqual(['depositary'])
    expect(kindsAt(found, 'art_24__subpara_b')).toEqual([])
    expect(kindsAt(found, 'art_24__subpara_c')).toEqual([])
  })

  it('"The Secretary-General shall: a) inform all States … of: (iii) the deposit of any instrument of denunciation …": the sub-list under the duty (Nairobi Wreck Removal Convention Art. 20(2), BWBV0003257)', () => {
    const found = clausesByEId(NAIROBI)
    expect(kindsAt(found, 'art_20__para_2__subpara_a')).toEqual(['depositary'])
    for (const point of ['i', 'ii', 'iii', 'iv']) expect(kindsAt(found, `art_20__para_2__subpara_a__point_${point}`)).toEqual([])
    expect(kindsAt(found, 'art_20__para_1')).toEqual(['depositary'])
  })

  it('explain says why an item cue was not taken', () => {
    const tree = analyzeTreaty(CEDAW_OP, { format: 'markdown' })
    const item = explain(tree, 'art_20__subpara_c')
    expect(item.clauses).toEqual([])
    expect(item.nearMisses.some((m) => m.conclusion === 'withdrawal' && m.reason === 'blocked' && m.detail.includes('depositary holds or notifies'))).toBe(true)
  })

  it('caveats of what is notified do not qualify the duty to notify: "any domestic legislation implementing the provisions of this Protocol" (Protocol No. 3 to the European Outline Convention on Transfrontier Co-operation, Art. 22, BWBV0004026)', () => {
    const found = clausesByEId(`### Article 22

The Secretary General of the Council of Europe shall notify the member States of the Council of Europe and any other State which has acceded to this Protocol of:

a) any signature;

c) any date of entry into force of this Protocol in accordance with Article 19 and 20;

d) any domestic legislation implementing the provisions of this Protocol pursuant to Article 13, paragraph 1;
`)
    expect(found.get('art_22')?.find((c) => c.kind === 'depositary')?.caveats).toEqual([])
  })

  it('nor does "Article 51" of the treaty itself, read as the Charter’s (European Convention for the Protection of Animals during International Transport, Art. 52, BWBV0004567)', () => {
    const found = clausesByEId(`### Article 52

The Secretary General of the Council of Europe shall notify the member States of the Council and any Contracting Party which is not a member of the Council of:

(a)any signature;

(e)any notification received in pursuance of the provisions of Article 51 and the date on which denunciation takes effect;
`)
    expect(found.get('art_52')?.find((c) => c.kind === 'depositary')?.caveats).toEqual([])
    expect(kindsAt(found, 'art_52__subpara_e')).toEqual([])
  })
})

describe('what stays: lists that are not the depositary’s', () => {
  it('a rule stated by an item stays: "(c) … the annex shall enter into force for all Parties …" under a procedure (Convention on Biological Diversity Art. 30(2), BWBV0001136)', () => {
    const found = clausesByEId(`### Article 30

2.  Except as may be otherwise provided in any protocol with respect to its annexes, the following procedure shall apply to the proposal, adoption and entry into force of additional annexes to this Convention or of annexes to any protocol:

a) Annexes to this Convention or to any protocol shall be proposed and adopted according to the procedure laid down in Article 29;

c) On the expiry of one year from the date of the communication of the adoption by the Depositary, the annex shall enter into force for all Parties to this Convention or to any protocol concerned which have not submitted a notification in accordance with the provisions of subparagraph b) above.
`)
    expect(kindsAt(found, 'art_30__para_2')).toEqual([])
    expect(kindsAt(found, 'art_30__para_2__subpara_c')).toEqual(['entry-into-force'])
  })

  it('a party’s own notice is no depositary duty: "A State Party shall notify the Secretary-General of:" (Nairobi Wreck Removal Convention Art. 12(3)(b), BWBV0003257)', () => {
    const found = clausesByEId(`### Article 12

3.  b) A State Party shall notify the Secretary-General of:

(i) the specific responsibilities and conditions of the authority delegated to an institution or organization recognized by it;

(ii) the withdrawal of such authority; and

(iii) the date from which such authority or withdrawal of such authority takes effect.
`)
    for (const clauses of found.values()) expect(clauses.map((c) => c.kind)).not.toContain('depositary')
  })

  it('a depositary sentence that ends with a full stop opens no list: the entry into force after it stays', () => {
    const found = clausesByEId(`### Article 15

The Depositary shall inform all signatory States of the deposit of each instrument of ratification.

1.  This Convention shall enter into force on the thirtieth day after the deposit of the second instrument of ratification.
`)
    expect(kindsAt(found, 'art_15')).toEqual(['depositary'])
    expect(kindsAt(found, 'art_15__para_1')).toEqual(['entry-into-force'])
  })
})

describe('the colon in cue patterns', () => {
  it('compiles as a punctuation token', () => {
    expect(compilePattern('notify ~40 :').elements.at(-1)).toMatchObject({ type: 'alt', source: ':' })
  })
})
