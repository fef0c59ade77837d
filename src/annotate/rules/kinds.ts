/**
 * Built-in clause-kind rules (TAXONOMY §2). Each cue is a general phrase shape of the kind,
 * written to cover synonyms, word order and party designations ("Party", "side",
 * "Contracting Party", "Member"), not a sentence of any one treaty.
 */
import type { KindRule } from '../../schema/rule.js'

const ATTACK = '(attack|attacked|attacks|armed attack|invasion|invaded|aggression|state of war|war|hostilities)'
/** A party at war by another name ("becomes involved in an armed conflict with a third State"). */
const AT_WAR = '(involved in|engaged in) ~2 (armed conflict|hostilities|war)'
const THIS = '(this|the present)'
/** A negated commitment to help ("will not provide", "shall in no manner assist"). */
const NEGATED_HELP = '(will not|shall not|would not|not to|never|in no manner|in no way|nor|refrain from|refrains from) ~3 (provide|render|give|assist|aid|help|support|extend|afford|lend|furnish|offer|come|act|take)'
const INSTRUMENT = '(treaty|convention|agreement|charter|protocol|pact)'

/** Security provisions. */
export const securityKindRules: KindRule[] = [
  {
    id: 'kind.mutual-defence.attack-on-all',
    family: 'kind',
    kind: 'mutual-defence',
    modality: 'declaration',
    description: 'an attack on one is considered an attack on all',
    cues: [
      '(armed attack|attack|aggression) ~16 (considered|deemed|regarded|treated) ~6 (as|an|a) ~3 (attack|aggression) ~4 against ~3 (all|them|each|both|other)',
      // "consider any act of armed aggression made against any one of them to be directed against them all"
      '(armed attack|attack|aggression) ~20 (to be directed|be directed|as directed|as being directed|to be aimed|as aimed) against ~3 (all|them|each|both)'
    ]
  },
  {
    id: 'kind.mutual-defence.attack-endangers-own',
    family: 'kind',
    kind: 'mutual-defence',
    modality: 'declaration',
    description: 'an attack on another party is recognised as a danger to one’s own peace and safety',
    cues: [
      '(armed attack|attack|aggression) ~16 (dangerous to|a danger to|a threat to|endanger|endangers|would endanger) ~3 (its own|their own|own) ~2 (peace|security|safety)'
    ]
  },
  {
    id: 'kind.mutual-defence.assist-attacked',
    family: 'kind',
    kind: 'mutual-defence',
    description: 'a party will assist, aid or defend the party attacked',
    cues: [
      'assist|aid|help|defend|support ~8 (so attacked|attacked|invaded|victim|under attack)',
      // "take the measures necessary to assist the other Party in the event of an armed attack"
      'assist|aid|help|defend ~6 (in the event of|in case of|in the case of|against) ~4 (armed attack|attack|aggression|invasion)',
      '(come|go) ~3 to ~2 (aid|assistance|help|defense|rescue) ~2 of',
      // "undertakes … to come to its assistance", "go to each other's aid"
      '(come|go|hasten) ~3 to (its|his|her|their|each other\'s|one another\'s) (aid|assistance|help|defense|rescue)',
      '(assist|aid|help|support|cooperate|join) ~3 (in meeting|to meet|in repelling|to repel|in resisting|to resist|in repulsing) ~3 (attack|attacks|aggression|aggressor|invasion)',
      '(go to war|enter the war|declare war|join the war)'
    ],
    requires: [ATTACK, AT_WAR],
    unless: [NEGATED_HELP]
  },
  {
    id: 'kind.mutual-defence.provide-assistance',
    family: 'kind',
    kind: 'mutual-defence',
    description: 'a party will provide military (or all) assistance when the other is attacked',
    cues: [
      'provide|render|give|extend|afford|lend|furnish|offer ~8 military|armed|defense|all ~4 assistance|aid|support|help',
      'provide|render|give|extend|afford|lend|furnish|offer ~3 (immediate assistance|immediate aid|immediate military)',
      // "provide it with the necessary assistance, including military"
      'provide|render|give|extend|afford|lend|furnish|offer ~6 assistance|aid|support ~3 (including military|including armed force|including the use of armed force|including military assistance)',
      'assist|aid|help|support ~6 (with all|by all|with every|by every) ~3 means',
      // The object names the commitment wherever the verb is ("will at once give to the Party
      // so involved in hostilities all the military and other support and assistance").
      '(all the|all) military and other ~3 (assistance|aid|support|help)'
    ],
    requires: [ATTACK, AT_WAR],
    unless: ['(accident|distress|emergency landing|disaster)', NEGATED_HELP]
  },
  {
    id: 'kind.mutual-defence.assist-on-attack',
    family: 'kind',
    kind: 'mutual-defence',
    description: 'a party will provide assistance (of any kind) when another party is attacked',
    // "In the event of an armed attack on either Party, the other Party shall provide
    // assistance": plain assistance is a promise of defence only when the attack is on a party.
    cues: ['provide|render|give|extend|afford|lend|furnish ~6 (assistance|aid|support|help)'],
    requires: [
      '(attack|armed attack|aggression|invasion) ~3 (on|against|upon) ~3 (either|any|one|each|the other|another) ~3 (party|parties|side|sides|contracting|high|member|members|state|states|country|countries)',
      '(party|parties|side|state|country) ~2 (attacked|so attacked|invaded|subjected to)'
    ],
    unless: ['(victim|victims|humanitarian|civilian|civilians|terrorist|terrorism|disaster|disasters|accident|accidents|emergency|distress)', NEGATED_HELP],
    // A promise of assistance "subject to the approval of its Parliament" is not a ratification clause.
    suppresses: ['ratification']
  },
  {
    id: 'kind.mutual-defence.act-to-meet',
    family: 'kind',
    kind: 'mutual-defence',
    description: 'a party will act to meet, repel or resist the danger or attack',
    cues: [
      'act|action|measures ~4 (meet|repel|resist|counter|repulse) ~4 (common danger|danger|attack|aggression|aggressor|threat)',
      // "shall take … such action as it deems necessary, including the use of armed force"
      'action|actions|measures ~10 (including the use of armed force|including armed force|including the use of force|including military force|including military means)'
    ],
    requires: [ATTACK],
    unless: ['(capacity|capability|capabilities) ~3 resist', NEGATED_HELP]
  },
  {
    id: 'kind.consultation.consult',
    family: 'kind',
    kind: 'consultation',
    description: 'the parties consult or confer (when a threat arises)',
    cues: [
      'consult|confer ~3 (together|with one another|with each other|jointly|mutually|immediately|without delay|with a view)',
      '(shall|will|must|undertake to|agree to) ~3 consult|confer',
      '(undertake|hold|enter into|initiate|request|requested) ~3 consultation*',
      '(consultative relationship|consultative mechanism|consultative body)',
      '(contact|contacts) ~3 (each other|one another) ~8 (coordinate|coordinating|consult|consulting|exchange views)',
      // "the Parties shall enter without delay into contact with each other" (when peace is endangered)
      '(enter|get|come|be) ~3 (into contact|in contact) with ~1 (each other|one another)',
      '(coordinate|coordinating|concert) ~2 (their positions|positions|their stand|their stands|their stance)',
      '(operate|open|hold|start|begin|conduct|enter into) ~4 (bilateral negotiations|talks|consultations|consultation)'
    ],
    unless: [
      '(interpretation|application) ~3 of ~3 ' + THIS + ' ' + INSTRUMENT,
      '(matters of mutual interest)',
      '(after consultation|after consultations)',
      // Humanitarian law: "prisoners of war" may "consult a lawyer"; neither is a consultation of the parties.
      '(prisoner of war|prisoners of war)',
      'consult|consulting|consulted ~2 (lawyer|lawyers|counsel|doctor|doctors|physician|document|documents|file|files|record|records|register|registers)'
    ],
    // Security consultation answers a threat to a party, to its security or to peace: a bare
    // "emergency", "crisis", "danger" or "interference" is as often a supply crisis, a
    // threatened fish stock or radio interference (unseen treaties in the Dutch treaty database).
    requires: [
      'threat*|danger*|endanger*|jeopardiz*|menac* ~12 (security|peace|independence|integrity|sovereignty|territory|territories)',
      '(security|peace|independence|integrity|sovereignty|territory|territories) ~12 threat*|danger*|endanger*|jeopardiz*|menac*',
      '(security of|national security|international security|regional security|collective security|common security|security interests|common defense|mutual defense|collective defense)',
      '(attack|attacks|attacked|aggression|aggressor|armed|military|war|hostilities|invasion|peace)',
      // Interference in a state's affairs, or with other states' activities (Outer Space Treaty
      // Art. IX, Moon Agreement Art. 8(3)); not interference with radio services or programmes.
      '(interference|intervention|interfere|intervene) ~2 in ~3 (internal|domestic) (affairs|matters)',
      '(interference|interfere|interferes) ~6 (activities|state|states|party|parties)'
    ]
  },
  {
    id: 'kind.non-aggression.refrain-force',
    family: 'kind',
    kind: 'non-aggression',
    description: 'refrain from the threat or use of force, or from attack',
    cues: [
      'refrain*|desist*|abstain* ~10 (act of violence|acts of violence|violence|threat or use of force|use of force|threat of force|use or threat of force|force|attack|aggression|aggressive)',
      'not ~3 (attack|resort to force|use force|commit aggression|engage in aggression|undertake aggression|threaten) ~8 (each other|one another|the other|against)',
      '(renounce|renounces) ~3 (the use of force|use of force|war|the threat or use of force|force)',
      '(non-aggression|nonaggression|renounce war|renounce the use of force|renounce force)'
    ]
  },
  {
    id: 'kind.neutrality.no-support-to-attacker',
    family: 'kind',
    kind: 'neutrality',
    description: 'a party will not support a third state at war with the other party',
    cues: [
      '(in no manner|in no way|not|nor) ~4 (lend|give|provide|render|extend|offer) ~4 (support|assistance|aid|help) ~8 (third|aggressor|attacking|attacker|enemy|hostile)',
      '(observe|maintain|remain|preserve) ~2 (neutrality|neutral)'
    ]
  },
  {
    id: 'kind.no-hostile-alliance.no-conflicting-engagement',
    family: 'kind',
    kind: 'no-hostile-alliance',
    description: 'a party will not join an alliance or engagement against the other or in conflict with the treaty',
    cues: [
      'not|never|nor|neither ~8 (enter|join|conclude|participate|take part|accede|be a party|become a party) ~8 (engagement|engagements|alliance|alliances|coalition|coalitions|bloc|blocs|agreement|agreements|treaty|treaties|grouping|groupings|arrangement|arrangements) ~10 (in conflict with|directed against|against|incompatible with|contrary to|hostile to|inconsistent with|aimed at|directed at)',
      // "shall refrain from participating in any alliance directed against the other Party"
      '(refrain from|refrains from|abstain from|abstains from) ~2 (entering|joining|concluding|participating|taking part|acceding|becoming a party) ~8 (engagement|engagements|alliance|alliances|coalition|coalitions|bloc|blocs|agreement|agreements|treaty|treaties|grouping|groupings|arrangement|arrangements) ~10 (in conflict with|directed against|against|incompatible with|contrary to|hostile to|inconsistent with|aimed at|directed at)'
    ]
  },
  {
    id: 'kind.no-hostile-alliance.third-country',
    family: 'kind',
    kind: 'no-hostile-alliance',
    modality: 'prohibition',
    description: 'a party will not conclude a treaty with a third country that harms the other party',
    cues: [
      // "… nor … the conclusion of such treaty with a third country which compromises the
      // sovereignty, security and territorial integrity of the other contracting party"
      '(conclude|conclusion|enter|join|participate) ~6 (engagement|engagements|alliance|alliances|coalition|coalitions|bloc|blocs|agreement|agreements|treaty|treaties) ~4 (third country|third countries|third state|third states|third party|third parties|third power|third powers) ~4 (compromi*|infring*|harm*|undermin*|prejudic*|threaten*|jeopardiz*|endanger*|damag*) ~6 (sovereignty|security|integrity|independence|interests)'
    ],
    requires: ['not|never|nor|neither']
  },
  {
    id: 'kind.territory-denial.no-use-of-territory',
    family: 'kind',
    kind: 'territory-denial',
    description: 'a party will not let its territory be used against the other party',
    cues: [
      'not|never|nor|neither ~8 (allow|permit|let|authorize|tolerate) ~6 (territory|territories|soil|airspace) ~6 (used|use|be used|for)',
      '(territory|territories|soil|airspace) ~4 (shall|will) not ~3 (be used|serve)',
      // "take measures to prevent the use of its territory for activities directed against …"
      'prevent|preclude|prohibit ~4 (use of) ~3 (territory|territories|soil|airspace) ~10 (against|hostile|detriment|harm|damage)',
      // "prevent on its territory the activities of organizations directed against the other
      // Party", "not allow on its territory the creation of groups hostile to the other side"
      'prevent|preclude|prohibit|suppress|allow|permit|tolerate ~4 (on|in|within|from) (its|their) (territory|territories|soil) ~12 (against|hostile to|detrimental to|harmful to|prejudicial to) ~4 (other|each other|either|one another|sovereignty|security|independence|integrity|interests)'
    ]
  },
  {
    id: 'kind.military-cooperation.capacity',
    family: 'kind',
    kind: 'military-cooperation',
    description: 'building, coordinating or providing military capacity, forces, bases or exercises',
    cues: [
      '(capacity|capacities|capability|capabilities|means) to ~2 (resist|repel|deter|defend|meet) ~3 (armed attack|attack|aggression)',
      '(self-help and mutual aid|self help and mutual aid)',
      'maintain*|develop*|strengthen*|build*|enhanc*|increas*|improv*|reinforc* ~6 (defense|defensive|military) (capacity|capacities|capability|capabilities|potential|potentials)',
      '(joint measures|joint steps|joint actions) ~10 (defense|defensive|military|war|aggression)',
      '(make available|place at the disposal|provide) ~20 (armed forces|forces|military contingents|contingents|facilities) ~6 (assistance|facilities|rights of passage|security council|disposal|call)',
      '(hold|keep|maintain) ~3 (immediately available|available|ready) ~4 (contingents|forces|air force|airforce)',
      '(joint|combined) ~2 (military exercises|exercises|defense planning|military planning|training)',
      '(military|defense) (cooperation|collaboration|bases|base|facilities) ~6 (shall|will|develop|strengthen|establish|promote|grant)',
      '(shall|will|undertake to|agree to) ~6 (military|defense|militarytechnical|military-technical) (cooperation|collaboration)',
      // "cooperate in the field of defence", "cooperate closely in defence matters"
      'cooperat*|collaborat* ~4 (field|fields|sphere|spheres|area|areas) of ~1 (defense|military)',
      'cooperat*|collaborat* ~4 (defense|military) (matters|affairs|issues|questions|policy|industry)'
    ],
    // A savings clause names cooperation it does not bar ("Nothing in this Agreement shall be
    // interpreted … as a bar … to cooperation in any field of defense … with other nations").
    unless: ['(shall not|will not) ~3 (be cited|affect|prejudice)', '(nothing in|nothing contained in)']
  },
  {
    id: 'kind.institution.establish-organ',
    family: 'kind',
    kind: 'institution',
    description: 'the treaty establishes an organ (council, committee, commission, secretariat …)',
    cues: [
      '(hereby establish|hereby establishes|hereby set up|hereby sets up|hereby create|hereby creates) ~6 (council|committee|commission|organization|secretariat|body|bodies|organ|organs|board|agency|authority|conference|assembly|mechanism|fund|tribunal|court|group|centre|institute|office)'
    ]
  },
  {
    id: 'kind.institution.set-up-organ',
    family: 'kind',
    kind: 'institution',
    description: 'an organ is established, set up or convened (not a review conference, not its composition)',
    cues: [
      '(there are|there is|there shall be) ~2 established ~6 (council|committee|commission|organization|secretariat|body|organ|organs|board|agency)',
      '(establish|set up|create) ~6 (council|committee|commissions|commission|subsidiary organs|subsidiary bodies|organs|bodies|working group|secretariat)',
      // The passive: "A Joint Commission is hereby established", "a Council shall be set up".
      '(council|committee|commission|commissions|organization|organisation|secretariat|board|agency|working group|body|bodies|organ|organs) ~3 (is|are|shall be|will be) ~2 (established|set up|created|constituted)',
      '(conference of states parties|conference of the states parties|meeting of states parties|conference of the parties|meeting of the parties|assembly of states parties) ~4 (shall|will) ~3 (be convened|be held|meet|convene)'
    ],
    unless: ['review* ~6 ' + '(operation|implementation|treaty|convention|charter)', 'consist* of', 'composition'],
    // "The object of the Commission, which is established within …" describes an organ, it does not set one up.
    notAt: ['(which|that) ~1 (is|are|was|were|has been|have been) ~2 (established|set up|created|constituted)']
  },
  {
    id: 'kind.security-council-reporting.report',
    family: 'kind',
    kind: 'security-council-reporting',
    description: 'measures are reported to the UN Security Council, or end when it acts',
    cues: [
      '(reported|report|reports|informed|inform) ~4 (to the security council|to the united nations security council|security council)',
      '(security council) ~4 (kept informed|kept fully informed|be informed|be kept)',
      '(notify|notified) ~4 (the security council|security council) ~8 (measures|action|actions|steps)',
      // "All measures taken … shall be communicated immediately to the Security Council"
      '(measures|action|actions|steps) ~12 (communicated|notified|brought) ~4 (to the security council|to the attention of the security council|to the united nations security council)',
      '(terminated|cease|discontinued|ended) ~2 when ~2 (the security council|security council) ~2 (has taken|takes|have taken)'
    ],
    unless: ['(annual|special) ~3 reports']
  },
  {
    id: 'kind.peaceful-settlement.peaceful-means',
    family: 'kind',
    kind: 'peaceful-settlement',
    description: 'disputes in general are settled by peaceful means',
    cues: [
      '(settle|settlement|resolve|resolution|solution) ~8 (disputes|dispute|differences|controversies) ~8 (peaceful|pacific) (means|settlement)',
      '(disputes|dispute|differences) ~8 (by|through) ~2 (peaceful|pacific) means',
      '(peaceful|pacific) (settlement) ~3 (of|of the|of local|of international) ~2 (disputes|dispute|differences|controversies)',
      '(seek a solution|seek solution|seek a settlement) ~6 (by|through) ~4 (negotiation|enquiry|inquiry|mediation|conciliation|arbitration|means)',
      '(methods of adjustment|terms of settlement|procedures of settlement)',
      '(by peaceful means|by pacific means) ~14 (settlement|adjustment) ~4 (disputes|dispute|differences|situations)'
    ],
    unless: [
      '(interpretation|application|execution) ~3 of ~3 ' + THIS + ' ' + INSTRUMENT,
      '(interpretation or application|application or interpretation|interpretation or execution|application or the interpretation)'
    ]
  },
  {
    id: 'kind.non-interference.internal-affairs',
    family: 'kind',
    kind: 'non-interference',
    description: 'no intervention in the internal affairs of another state',
    cues: [
      '(non-interference|noninterference|non-intervention|nonintervention) ~4 (internal|domestic)',
      'interfere|intervene|intervention|interference ~8 (internal affairs|domestic affairs|internal matters|domestic jurisdiction|essentially within)',
      '(organizing|organize|instigating|instigate|assisting|fomenting|foment|financing|encouraging) ~8 (civil strife|subversive|subversion|terrorist acts|armed activities|armed bands) ~10 (territory of|against) ~3 (the other|another|any other)'
    ]
  },
  {
    id: 'kind.cooperation.cooperate',
    family: 'kind',
    kind: 'cooperation',
    description: 'general non-military cooperation: political, economic, cultural, scientific, information',
    cues: [
      '(shall|will|must|undertake to|agree to|pledge) ~6 (cooperate|collaborate)',
      'promot*|encourag*|facilitat*|develop*|strengthen*|achieve|achieving|further*|expand* ~4 (cooperation|collaboration)',
      '(economic|cultural|scientific|technical|technological|political|educational|commercial|trade) ~3 (cooperation|collaboration)',
      '(principle of cooperation|principle of co-operation|mutual assistance)',
      'exchange|exchanges|exchanging|share|sharing ~10 (information|technology|experience|know-how)',
      '(benefits|results|information) ~8 (made available|be made available|be shared)',
      '(render|provide|afford|extend) ~4 (possible|mutual|such|technical|humanitarian|the widest) ~3 (assistance|aid)',
      '(provide such assistance|provide assistance)',
      '(inform|informing) ~4 (the public|secretary-general|scientific community|international community)',
      '(negotiations|negotiate) ~20 (conclusion|conclude) ~10 (agreements|agreement|treaties|treaty|arrangements)',
      '(consider|examine) ~6 (requests|request)',
      '(joint and separate action) ~4 (cooperation|co-operation)'
    ],
    unless: [ATTACK, '(interpretation or application|dispute|disputes)'],
    // "military-technical cooperation", "cooperate in the field of defence" is military
    // cooperation, not general cooperation.
    notAt: [
      '(military|defense|militarytechnical|military-technical|security|nuclear) ~2 (cooperation|collaboration)',
      'cooperat*|collaborat* ~4 (field|fields|sphere|spheres|area|areas) of ~1 (defense|military)',
      'cooperat*|collaborat* ~4 (defense|military) (matters|affairs|issues|questions|policy|industry)',
      // A name, not a commitment: "the Organisation for Economic Co-operation and Development".
      '(organization for economic cooperation|economic cooperation and development|council for mutual economic assistance)'
    ]
  },
  {
    id: 'kind.cooperation.trade-treatment',
    family: 'kind',
    kind: 'cooperation',
    description: 'economic cooperation by a treatment standard: most-favoured-nation or national treatment',
    cues: [
      '(most-favored-nation|most-favoured-nation|national) treatment',
      '(most favored nation|most favoured nation) treatment'
    ],
    unless: [ATTACK]
  },
  {
    id: 'kind.relation.does-not-affect',
    family: 'kind',
    kind: 'relation-to-other-obligations',
    modality: 'declaration',
    description: 'the treaty does not affect, or prevails over, other obligations (the Charter, other treaties)',
    cues: [
      '(does not|shall not|will not|do not|shall in no way|does in no way) ~4 (affect|affecting|prejudice|impair|derogate|modify) ~20 (obligations|obligation|engagements|treaties|agreements|arrangements)',
      '(not be interpreted|not be construed) ~3 (as affecting|as prejudicing|as impairing|as derogating) ~20 (obligations|obligation|engagements|treaties|agreements|arrangements)',
      '(nothing in|nothing contained in) ~6 (affects|affect|shall affect|precludes|preclude|shall preclude|prevents|prevent|shall prevent|shall be construed|shall be interpreted|impairs|shall impair) ~20 (obligations|obligation|engagements|treaties|agreements|arrangements)',
      '(without prejudice to) ~6 (obligations|obligation|rights and obligations|engagements|treaties|agreements)',
      '(engagements|obligations|agreements|treaties) ~10 (not|none) ~3 (in conflict|inconsistent|incompatible)',
      '(none of) ~3 (engagements|obligations|agreements|treaties) ~20 (in conflict|inconsistent|incompatible)',
      '(obligations|obligation) ~8 (shall prevail|prevail)',
      '(consistent with|compatible with|in conformity with) ~4 (obligations|obligation) ~4 under'
    ],
    // "Nothing in this Convention shall be interpreted as imposing an obligation to extradite
    // if …" limits the treaty's own duties; it says nothing of other obligations.
    notAt: ['(as imposing|as creating|as requiring|to impose|to create) ~6 (obligation|obligations|duty|duties)']
  }
]

/** Final clauses and other provisions. */
export const finalKindRules: KindRule[] = [
  {
    id: 'kind.definitions.purposes-of',
    family: 'kind',
    kind: 'definitions',
    modality: 'constitutive',
    description: 'terms defined, or a term’s scope fixed, for the treaty',
    cues: [
      '(for the purpose of|for the purposes of) ' + THIS + ' (treaty|convention|agreement|charter|protocol|article|part|chapter|paragraph|section)',
      '(for the purpose of|for the purposes of) (article|articles|paragraph)',
      '(is deemed to include|are deemed to include|shall be deemed to include|deemed to include)',
      '" ~8 " (means|mean|shall mean|includes|include|refers to|comprises|denotes)',
      '(term|terms|expression|expressions) ~8 (used|as used|whenever used|employed) ~8 (means|mean|includes|include|applies to|apply to|shall mean|refers to|denotes)',
      '(hereinafter referred to as|hereinafter called|hereinafter termed|hereinafter known as)',
      '(the initialling|initialling) ~6 (constitutes|constitute)',
      '(shall comprise|comprises) ~4 (in addition to|the text)',
      '(present and voting) means'
    ]
  },
  {
    id: 'kind.signature.open-for-signature',
    family: 'kind',
    kind: 'signature',
    modality: 'permission',
    description: 'the treaty is open for signature',
    cues: ['open ~6 (for signature|to signature|for signing)', '(may sign|may be signed)']
  },
  {
    id: 'kind.ratification.subject-to',
    family: 'kind',
    kind: 'ratification',
    modality: 'obligation',
    description: 'the treaty is subject to ratification, acceptance or approval',
    cues: [
      '(subject to) ~2 (ratification|acceptance|approval)',
      '(shall be ratified|shall be ratified|will be ratified|must be ratified|are to be ratified|be ratified)'
    ],
    unless: [
      '(signature subject to ratification)',
      '(such|these|those|other|special|bilateral|multilateral|said) ~3 (agreement|agreements|arrangement|arrangements) ~12 (subject to ratification|be ratified)',
      '(amendment|amendments) ~12 (subject to ratification|be ratified)'
    ]
  },
  {
    id: 'kind.accession.accede',
    family: 'kind',
    kind: 'accession',
    modality: 'permission',
    description: 'other states may accede or are invited to accede',
    cues: [
      'open ~4 (for accession|to accession)',
      '(accede|accede to|may accede)',
      '(instrument of accession|instruments of accession) ~6 (depositing|deposit)',
      '(become a party|become parties|become a member|become members) ~4 (by depositing|by the deposit|by accession)',
      '(membership) ~6 (is open|shall be open|open to)'
    ]
  },
  {
    id: 'kind.entry-into-force.enter-into-force',
    family: 'kind',
    kind: 'entry-into-force',
    modality: 'obligation',
    description: 'when and how the treaty enters into force',
    cues: [
      '(shall|will|to) ~4 (enter into force|come into force|enter into effect|come into effect|take effect|become effective)',
      '(bring the treaty into force|bring this treaty into force|bring the convention into force)'
    ],
    unless: [
      '(withdrawal|denunciation|notice|notification|reservation|reservations) ~6 (shall|will) ~2 (take effect|enter into force)',
      '(such|these|those|other|special|bilateral|multilateral|said|safeguards) ~3 (agreements|agreement|arrangements|arrangement) ~12 (shall|will) ~3 (enter into force|come into force|take effect)',
      '(decision|decisions|termination|suspension) ~6 (shall|will) ~3 (enter into force|come into force|take effect)',
      'amendment|amendments|alteration|alterations'
    ]
  },
  {
    id: 'kind.duration.remain-in-force',
    family: 'kind',
    kind: 'duration',
    modality: 'obligation',
    description: 'how long the treaty stays in force, and renewal',
    cues: [
      '(remain|continue|stay) in (force|effect)',
      '(unlimited duration|indefinite duration|of unlimited|for an unlimited period|indefinitely)',
      '(automatically) ~3 (extended|renewed|prolonged)',
      '(period of validity|term of validity)',
      THIS + ' ' + INSTRUMENT + ' ~3 (shall be valid|shall remain valid|is concluded for|shall be concluded for)'
    ],
    unless: ['(remain in force) ~6 (between|for) ~4 (remaining|other)']
  },
  {
    id: 'kind.withdrawal.withdraw',
    family: 'kind',
    kind: 'withdrawal',
    modality: 'permission',
    description: 'a party may denounce or withdraw, and with what notice',
    cues: [
      'withdraw|withdrawal ~3 from ~3 ' + '(treaty|convention|agreement|protocol|charter)',
      '(right to withdraw|notice of withdrawal|notification of withdrawal|notice of its withdrawal)',
      'denounce|denounces|denunciation',
      '(cease to be) ~2 (a party|party|a member|member)',
      '(terminate|termination of) ~2 ' + THIS + ' ' + INSTRUMENT,
      // "Either Party may terminate it by giving written notice", "… may terminate it one year
      // after notice has been given": the pronoun needs the notice.
      'terminate (it|the same) (by|upon|on|with|through) ~4 (notice|notification|notifying)',
      '(may|can) terminate (it|the same) ~6 (notice|notification|notifying)'
    ],
    unless: ['(withdraw|withdrawal|withdrawn) ~3 (reservation|reservations|objection|objections|declaration|declarations|its consent)']
  },
  {
    id: 'kind.amendment.amend',
    family: 'kind',
    kind: 'amendment',
    description: 'how the treaty is amended',
    cues: [
      '(propose|proposed|adopt|adopted|adoption of|submit) ~4 (amendment|amendments)',
      '(amendment|amendments|alteration|alterations) ~8 (shall|will) ~3 (enter into force|come into force|take effect|be adopted|be approved|be ratified)',
      '(amendment|amendments|alteration|alterations) ~4 (to|of) ~2 ' + THIS + ' ' + INSTRUMENT + ' ~8 (shall|will|must|may)',
      '(amend|revise) ~3 ' + THIS + ' ' + INSTRUMENT,
      THIS + ' ' + INSTRUMENT + ' ~4 (may|shall|can) ~2 (be amended|be revised|be modified)'
    ],
    suppresses: ['entry-into-force', 'ratification']
  },
  {
    id: 'kind.review.review-treaty',
    family: 'kind',
    kind: 'review',
    description: 'review conferences or consultation to review the treaty',
    cues: [
      '(review|reviewing|reviews) ~4 (operation|implementation|treaty|convention|charter|protocol)',
      '(review conference|review conferences|conference to review|conference for review)'
    ],
    suppresses: ['consultation', 'institution']
  },
  {
    id: 'kind.reservations.reservations',
    family: 'kind',
    kind: 'reservations',
    description: 'whether reservations may be made',
    cues: [
      '(formulate|make|made|enter|permitted|allowed|admissible|prohibited) ~3 (reservation|reservations)',
      '(reservation|reservations) ~4 (may|shall|are|is) ~3 (be made|made|be formulated|permitted|allowed|admissible|not)',
      '(no reservation|no reservations)',
      // "Reservations incompatible with the object and purpose of this Agreement shall not be permitted."
      '(reservation|reservations) ~10 (shall not be|may not be|will not be|are not) (permitted|allowed|admissible|accepted|made)'
    ]
  },
  {
    id: 'kind.depositary.deposit-with',
    family: 'kind',
    kind: 'depositary',
    modality: 'obligation',
    description: 'where instruments are deposited, or who is the depositary',
    cues: [
      '(deposited|lodged) ~4 (with the|in the archives|with) ',
      '(shall be the depositary|shall act as depositary|is the depositary|shall be depositary|be the depositary|hereby designated) ~4 (depositary|depositaries|governments|of)',
      '(notification|notice|notifications) ~6 (to the depositary|to the depositaries|to the depositary governments|to the depositary government)'
    ].map((c) => c.trim()),
    // "is deposited in accordance with Article 16" names a procedure, not who holds the
    // instrument; "deposited with the signed original" names where a translation is kept.
    notAt: ['(deposited|lodged) ~2 (in accordance with|pursuant to|in conformity with)', '(deposited|lodged) (with the|together with the) ~1 (original|originals)']
  },
  {
    id: 'kind.depositary.archives',
    family: 'kind',
    kind: 'depositary',
    modality: 'obligation',
    obligor: 'depositary',
    description: 'the treaty is deposited in a government’s archives (that government is the depositary)',
    cues: ['(deposited|remain deposited|be deposited) ~2 (in the archives|in the archive)']
  },
  {
    id: 'kind.depositary.notify',
    family: 'kind',
    kind: 'depositary',
    modality: 'obligation',
    obligor: 'depositary',
    description: 'the depositary informs, notifies, transmits or circulates',
    cues: [
      '(depositary|depositaries|depositary governments|depositary government) ~3 (shall|will|which shall|which will) ~3 (inform|notify|transmit|circulate|communicate)',
      '(which shall|which will) ~2 (inform|notify|transmit|circulate|communicate) ~10 (deposit|deposits|receipt|signature|signatures|notice|amendment|amendments|signatories|states|parties)',
      '(government|governments|secretary-general) ~10 (shall|will) ~3 (inform|notify) ~10 (deposit|receipt|signature|date of)',
      '(shall|will) ~2 (inform|notify) ~15 (the receipt of|the deposit of) ~3 (instrument|instruments|notification|notifications)'
    ],
    // A party's own notice timed by its deposit ("shall notify the Commission of its
    // ratification at the time of the deposit of its instrument") is not the depositary's duty.
    notAt: ['(at the time of|at the moment of|upon) ~1 (deposit|the deposit)']
  },
  {
    id: 'kind.depositary.notify-list',
    family: 'kind',
    kind: 'depositary',
    modality: 'obligation',
    obligor: 'depositary',
    description: 'the depositary informs or notifies of what the list after the sentence names ("of:", "of the following"): signatures, ratifications, entry into force, denunciations',
    cues: [
      // "The Secretary-General of the United Nations shall inform all States of:", "The Depositary
      // shall promptly notify all signatories and States Parties of the following:"
      '(depositary|depositaries|depository|secretary-general|secretary general|director-general|director general|government|governments|ministry) ~12 (shall|will) ~6 (inform|notify) ~40 (:|the following)',
      // "(a) inform all States which have signed this Convention or acceded thereto of:" under
      // "The Secretary-General shall:": all the States concerned are told, as only a depositary tells them.
      '(inform|notify) ~3 (all states|all the states|all contracting states|all signatory|all signatories|all contracting parties|all parties|all the parties|all states parties|all members) ~40 (:|the following)'
    ],
    unless: [
      // A party's own notice ("A State Party shall notify the Secretary-General of:",
      // "Contracting Parties undertake to inform the other Contracting Parties about:").
      '(party|parties|state|states|member|members) (shall|will|may|must|undertake|undertakes|agree|agrees) ~3 (inform|notify)',
      '(each other|one another)'
    ]
  },
  {
    id: 'kind.registration.register',
    family: 'kind',
    kind: 'registration',
    modality: 'obligation',
    description: 'the instrument is registered with the UN Secretariat',
    cues: [
      THIS + ' ' + INSTRUMENT + ' ~4 (shall|will) ~3 (be registered|be transmitted to the secretariat)',
      '(register|registered|registration) ~6 (article 102|secretariat of the united nations) ~10 ' + THIS + ' ' + INSTRUMENT
    ]
  },
  {
    id: 'kind.authentic-texts.authentic',
    family: 'kind',
    kind: 'authentic-texts',
    modality: 'declaration',
    description: 'the languages of the authentic texts',
    cues: [
      '(equally authentic|are authentic|shall be authentic|being authentic|authentic texts|texts being equally|each text being)',
      INSTRUMENT + ' in the ~3 (language|languages)'
    ]
  },
  {
    id: 'kind.dispute-settlement.interpretation-or-application',
    family: 'kind',
    kind: 'dispute-settlement',
    description: 'disputes about the interpretation or application of this treaty',
    cues: [
      '(dispute|disputes|difference|differences|controversy) ~12 (interpretation|application|execution) ~6 ' + THIS + ' ' + INSTRUMENT,
      '(dispute|disputes|difference|differences) ~8 (interpretation or application|application or interpretation|interpretation or execution|application or the interpretation)',
      '(refer|referred|submit|submitted|bring) ~6 (international court of justice|arbitration|arbitral tribunal)'
    ],
    requires: ['interpretation|application|execution|interpreting|applying'],
    suppresses: ['peaceful-settlement', 'cooperation', 'consultation']
  }
]

/** All built-in clause-kind rules. */
export const kindRules: KindRule[] = [...securityKindRules, ...finalKindRules]
