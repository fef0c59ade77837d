/**
 * Built-in caveat rules (TAXONOMY §5). A caveat attaches to the clauses of the sentence it is
 * found in (or, for a sentence that continues the previous one, to that one's clauses).
 */
import type { CaveatRule } from '../../schema/rule.js'

/** All built-in caveat rules. */
export const caveatRules: CaveatRule[] = [
  {
    id: 'caveat.un-charter',
    family: 'caveat',
    caveat: 'un-charter',
    description: 'the clause is tied to the UN Charter',
    cues: [
      '(charter of the united nations|united nations charter|un charter|u n charter)',
      '(under the charter|in the charter|by the charter|of the charter|with the charter)',
      '(purposes of the united nations|principles of the united nations|purposes and principles of the united nations)',
      '(article 51)'
    ]
  },
  {
    id: 'caveat.domestic-law',
    family: 'caveat',
    caveat: 'domestic-law',
    description: 'the clause applies as far as, or in the way, national laws allow',
    cues: [
      '(national|domestic|internal|municipal) ~2 (law|laws|legislation|legislations|regulations|legal system|legal systems)',
      '(laws of|legislation of|laws and regulations of)',
      '(its laws|their laws|its legislation|their legislation|its own laws|their own laws|respective laws|respective legislation)'
    ],
    notAt: ['(laws of war|law of war|laws and customs of war)']
  },
  {
    id: 'caveat.constitutional-process',
    family: 'caveat',
    caveat: 'constitutional-process',
    description: 'the clause runs through each party’s constitutional procedures',
    cues: [
      'constitutional ~2 (process|processes|procedure|procedures|requirements|provisions|rules|order)',
      // "subject to the approval of its Parliament"
      '(approval|consent|authorization) ~2 of ~3 (parliament|parliaments|congress|legislature|legislatures|senate|national assembly)'
    ]
  },
  {
    id: 'caveat.geographic-scope',
    family: 'caveat',
    caveat: 'geographic-scope',
    description: 'the clause applies only in an area',
    cues: [
      'in|within|of|to ~4 (area|areas|region|regions|zone|zones|hemisphere)',
      '(in|within|of|to|on) ~2 (europe|asia|africa|north america|south america|latin america|the americas|the pacific|the atlantic|the mediterranean|the arctic|the antarctic|the caribbean|the baltic|the indian ocean|the middle east|the far east|the korean peninsula)',
      '(european|asian|african|american|pacific|atlantic|mediterranean|arctic|caribbean) (state|states|country|countries|nation|nations|area|region)'
    ],
    notKinds: ['depositary', 'registration', 'authentic-texts'],
    // An organ's name is not an area: "the Secretary General of the Council of Europe".
    notAt: ['(council of europe|commission for europe|commission for africa|commission for asia and the pacific|commission for latin america|commission for western asia|security and co-operation in europe|security and cooperation in europe)']
  },
  {
    id: 'caveat.discretion',
    family: 'caveat',
    caveat: 'discretion',
    description: 'the obligor judges what, or whether, to act',
    cues: [
      '(as|that|which) ~2 (it|they|he|she|each) ~3 (deems|deem|considers|consider|judges|judge|finds|believes) ~2 (necessary|appropriate|fit|advisable|useful|desirable)',
      '(may consider necessary|may deem necessary|may deem appropriate)',
      '(in the opinion of|in the judgment of|in its opinion|in their opinion|in its judgment|at its discretion|at their discretion|in its discretion)',
      '(as appropriate|where appropriate|when appropriate|if appropriate|where necessary and feasible|appropriate and feasible)',
      '(if it decides|if they decide|should it decide|has reason to believe|have reason to believe|if it considers|if it so wishes|if it so decides)',
      '(to the greatest extent) ~2 (feasible|possible|practicable)',
      '(feasible and practicable)'
    ]
  },
  {
    id: 'caveat.temporal-limit',
    family: 'caveat',
    caveat: 'temporal-limit',
    description: 'the clause holds only for a time, or only after a time',
    cues: [
      'until ~10 (has taken|have taken|takes|entry into force|such time|comes into force|enter into force|the date|expiry)',
      'pending',
      'until ~3 (january|february|march|april|may|june|july|august|september|october|november|december)',
      '(after|when) ~4 (has been in force|have been in force|been in force for|in force for)',
      '(years|months|year|month) (after|following|from) ~3 (the entry|its entry|entry into force|the coming into force|the date of entry)',
      '(following its entry into force|following the entry into force|until its entry into force)',
      '(terminated when|shall cease when|shall be terminated|ceases to have effect)',
      '(before the|until the|not later than) ~2 (tenth|fifth|annual session|session)',
      // A deadline: "within nine months after", "not later than three years after the date".
      '(not later than|no later than|within) ~2 (day|days|week|weeks|month|months|year|years) (after|following|from|of)'
    ],
    kinds: [
      'mutual-defence', 'consultation', 'security-council-reporting', 'cooperation', 'institution',
      'signature', 'accession', 'amendment', 'review', 'duration', 'withdrawal', 'dispute-settlement',
      'military-cooperation', 'peaceful-settlement', 'non-aggression', 'entry-into-force'
    ]
  },
  {
    id: 'caveat.temporal-limit.period',
    family: 'caveat',
    caveat: 'temporal-limit',
    description: 'the clause holds for a period (not the content of a duration, withdrawal or entry-into-force clause)',
    cues: ['(during a period of|for a period of|within a period of|for the duration of)'],
    notKinds: ['duration', 'withdrawal', 'entry-into-force', 'depositary', 'registration', 'authentic-texts', 'definitions']
  },
  {
    id: 'caveat.exception',
    family: 'caveat',
    caveat: 'exception',
    description: 'an exception or proviso',
    cues: [
      'unless',
      'except|excepting',
      '(provided that|provided however|provided , however)',
      'subject to',
      'notwithstanding',
      '(with the exception of|other than those)',
      // British drafting: "save as otherwise provided", "save where …".
      '(save as|save where|save that|save in|save for|save when|save if)',
      // A limit on how far the clause reaches: "only to the extent that", "except in so far as".
      '(only to the extent|only insofar as|only in so far as)',
      // A proviso on what the clause covers: "… obligations, where those obligations are consistent with this Treaty".
      '(where|if|insofar as|in so far as|to the extent that|provided) ~4 (is|are|be|remain|remains) ~2 (consistent|compatible|in conformity|in accordance|not inconsistent|not incompatible) with'
    ],
    notAt: ['(subject to) ~2 (ratification|acceptance|approval|accession)', '(subject to) ~3 (national|domestic|its|their) ~2 (law|laws|legislation)']
  },
  {
    id: 'caveat.non-prejudice',
    family: 'caveat',
    caveat: 'non-prejudice',
    description: 'the clause leaves other rights and obligations untouched',
    cues: [
      '(without prejudice)',
      '(does not|shall not|will not|do not|shall in no way) ~4 (affect|affecting|prejudice|impair|derogate)',
      '(not be interpreted as affecting|not be construed as affecting|not in any way affect)',
      '(nothing in|nothing contained in) ~6 (affects|affect|shall affect|precludes|preclude|prevents|prevent|shall prevent|shall impair|impairs)'
    ]
  },
  {
    id: 'caveat.upon-request',
    family: 'caveat',
    caveat: 'upon-request',
    description: 'the clause is activated by a party’s request',
    cues: [
      '(upon request|on request|at the request|at the written request|upon the request|on the request)',
      '(if|when|whenever) ~6 (requests|request|requested|so requests|so request)',
      '(requested to do so|may request|shall request|upon receipt of a request|on receipt of a request)',
      'consider|examine|grant ~6 (requests|request)',
      '(submitting a proposal|by submitting a request)'
    ],
    // "if the requested Party believes …": the party a request is made to (mutual assistance), not an activating request.
    notAt: ['(requested|requesting) (party|parties|state|states|contracting party|country|member|side)']
  }
]
