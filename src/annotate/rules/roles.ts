/**
 * Built-in role rules (TAXONOMY §4): who is bound. The subject nearest before a clause's
 * operative verb decides; phrases after a preposition ("of the United Nations") are not
 * subjects. Named parties are added per treaty from its title and preamble.
 */
import type { RoleRule } from '../../schema/rule.js'

const ONE = '(party|side|state|member|contracting party|high contracting party|contracting state|state party|member state|participating state|country|nation)'

/** All built-in role rules. */
export const roleRules: RoleRule[] = [
  {
    id: 'role.each-party',
    family: 'role',
    role: 'each-party',
    cues: [`each|any|every|neither|a|an ${ONE}`, '(neither of them|neither of the parties)', 'neither of ~3 (parties|sides|contracting parties|high contracting parties|states)', '(each of them|each one of them|each of the parties|each one of the parties|each one of the said contracting parties|each one of the contracting parties|each of the contracting parties|each of the high contracting parties|any of the parties)', `each|any|every ${ONE} (to the treaty|to this treaty|to the convention)`]
  },
  { id: 'role.either-party', family: 'role', role: 'either-party', cues: [`either ${ONE}`, '(either of them|either of the parties)', 'either of ~3 (parties|sides|contracting parties|high contracting parties|states)'] },
  {
    id: 'role.other-party',
    family: 'role',
    role: 'other-party',
    cues: [
      `the other ${ONE}`,
      '(the party or parties so attacked|the party so attacked|the parties so attacked|the state attacked|the states attacked|the state or states attacked|the party attacked|the side attacked|the attacked party)',
      '(all other|all the other) ~2 (states parties|parties|members|contracting parties|high contracting parties|member states|participating states)',
      '(the other one|the other of them|the other parties|the other contracting parties|the other high contracting parties|the other sides)']
  },
  {
    id: 'role.all-parties',
    family: 'role',
    role: 'all-parties',
    cues: [
      '(the parties|the contracting parties|the high contracting parties|high contracting parties|the states parties|states parties|all members|the members|members|members of the united nations|all parties|all the parties|both parties|the two parties|both sides|the two sides|the contracting states|the participating states|all participating states)',
      'they'
    ]
  },
  {
    id: 'role.depositary',
    family: 'role',
    role: 'depositary',
    cues: ['(the depositary|depositary governments|the depositary government|the depositaries)']
  },
  {
    id: 'role.organ',
    family: 'role',
    role: 'organ',
    cues: [
      '(the security council|the general assembly|the council|the committee|the commission|the secretariat|the provisional secretariat|the secretary-general|the organization|the united nations|the court|the assembly|the board|the conference|a conference of states parties|the conference of states parties|the economic and social council|the trusteeship council|the military staff committee)'
    ]
  }
]
