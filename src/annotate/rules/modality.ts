/**
 * Built-in modality rules (TAXONOMY §3): operative verbs and what they make of a clause.
 * Where two match at the same place, the longer wins ("shall not be interpreted as" is a
 * declaration, "shall not" a prohibition, "shall" an obligation).
 */
import type { ModalityRule } from '../../schema/rule.js'

/** All built-in modality rules. */
export const modalityRules: ModalityRule[] = [
  {
    id: 'modality.prohibition',
    family: 'modality',
    modality: 'prohibition',
    cues: [
      '(shall|will|must|may) ~2 (not|never)',
      '(shall|will) ~2 (in no manner|in no way|in no case|under no circumstances)',
      'undertake|undertakes|undertaking|agree|agrees|pledge|pledges|commit|commits ~2 (not to|never to|to refrain|to abstain)',
      'refrain|refrains|abstain|abstains|desist|desists',
      '(is prohibited|are prohibited|is forbidden|are forbidden|shall be prohibited)'
    ]
  },
  {
    id: 'modality.prohibition.neither',
    family: 'modality',
    modality: 'prohibition',
    sentenceWide: true,
    description: '"Neither Party shall …", "No State shall …": a prohibition on every clause after it',
    cues: [
      '(neither|no) ~3 (party|parties|state|states|member|members|side|sides|country|countries|government|governments|one|person|persons|reservation|reservations|of the|of them) ~5 (shall|will|may|must)'
    ],
    notAt: ['(no later than|no less than|no more than|no fewer than|no longer|no solution)']
  },
  {
    id: 'modality.permission',
    family: 'modality',
    modality: 'permission',
    cues: [
      'may',
      '(is entitled|are entitled|shall be entitled|shall have the right|have the right|has the right|shall be free|is free|are free)',
      '(is authorized|are authorized|shall be authorized|is permitted|are permitted)',
      '(shall be open|shall remain open|is open|are open|remain open)'
    ]
  },
  {
    id: 'modality.declaration.nothing-shall',
    family: 'modality',
    modality: 'declaration',
    sentenceWide: true,
    description: '"Nothing in this Treaty shall …" states what the treaty does not do',
    cues: ['(nothing in|nothing contained in) ~8 (shall|will|may|affects|prevents|precludes|impairs)']
  },
  {
    id: 'modality.declaration',
    family: 'modality',
    modality: 'declaration',
    cues: [
      'recogni*|declare|declares|declaring|affirm|affirms|reaffirm|reaffirms|acknowledge|acknowledges',
      '(agree that|agrees that|agreed that|consider that|considers that)',
      '(does not affect|shall not affect|do not affect|shall not prejudice|does not prejudice|shall not be interpreted|shall not be construed|shall not in any way affect|is without prejudice|are without prejudice)',
      '(shall prevail|prevails)'
    ]
  },
  {
    id: 'modality.constitutive',
    family: 'modality',
    modality: 'constitutive',
    cues: [
      'hereby ~2 establish|establishes|established|create|creates|created|constitute|constitutes|constituted|designate|designated|set',
      '(there are established|there is established|there shall be established)',
      '(" means|" mean|shall mean)',
      '(is deemed|are deemed|shall be deemed)'
    ]
  },
  {
    id: 'modality.obligation',
    family: 'modality',
    modality: 'obligation',
    cues: [
      'shall|will|must',
      'undertake|undertakes|undertaking|pledge|pledges|commit|commits',
      '(agree to|agrees to|agreed to)',
      'accept|accepts|accepted|assume|assumes ~4 obligation|obligations',
      '(is bound|are bound|is obliged|are obliged|is required|are required|is subject to|are subject to)'
    ]
  }
]
