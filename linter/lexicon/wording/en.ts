import type { WordingLexicon } from './types.ts';

export default {
  lang: 'en',
  login: [
    'log in', 'log into', 'login', 'logging in', 'sign in', 'sign into', 'signing in', 'your password',
    'enter your password', 'create an account', 'account login',
  ],
  fee: [
    'fee', 'fees', 'a charge', 'be charged', 'will charge', 'processing charge', 'cost of', 'costs', 'payment of',
  ],
  mandatoryReason: [
    'must tell us why', 'must give a reason', 'must provide a reason', 'must state a reason', 'must explain why',
    'reason is required', 'reason required', 'reason is mandatory', 'with the reason', 'with your reason',
    'stating the reason', 'state your reason', 'complete a survey', 'complete a short survey', 'complete our survey',
    'complete the survey', 'fill out a survey', 'fill out our survey', 'fill in a survey', 'fill in the survey',
    'answer a survey', 'answer a few questions', 'take a short survey', 'take our survey', 'survey is required',
    'required survey', 'mandatory survey',
  ],
  replyOnly: [
    'reply to this email', 'reply to this e-mail', 'reply to this message', 'reply with', 'reply stop',
    'replying to this email', 'replying with', 'respond to this email', 'send us an email', 'email us at',
    'send an email to', 'write to us',
  ],
  cannotUnsubscribe: [
    'cannot unsubscribe', "can't unsubscribe", 'can not unsubscribe', 'not possible to unsubscribe',
    'unable to unsubscribe', 'cannot opt out', "can't opt out", 'cannot be unsubscribed', 'may not unsubscribe',
    'unsubscribing is not possible', 'unsubscribe is not possible', 'not able to unsubscribe', 'no way to unsubscribe',
    'there is no unsubscribe', 'cannot be removed from',
  ],
  confirmshaming: {
    declines: ['no thanks', 'no, thanks', 'no thank you', 'no, thank you', 'nope', 'not today', 'no way'],
    shaming: [
      'full price', 'pay more', 'paying more', 'like saving', 'hate saving', 'hate deals', 'hate discounts',
      "don't like saving", "don't like deals", "don't like discounts", "don't want to save", 'rather pay',
      'prefer to pay', 'prefer paying', 'miss out', 'stay uninformed', 'enjoy paying', 'like paying', 'saving money',
    ],
  },
  delay: {
    units: {
      hour: 'hour', hours: 'hour', hrs: 'hour', day: 'day', days: 'day', weekday: 'business-day', weekdays: 'business-day',
      week: 'week', weeks: 'week', month: 'month', months: 'month',
    },
    business: ['business', 'working'],
    numbers: {
      a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
      eleven: 11, twelve: 12, fourteen: 14, fifteen: 15, twenty: 20, thirty: 30, sixty: 60, ninety: 90,
    },
    lead: ['up', 'within', 'allow', 'take', 'takes', 'after', 'wait', 'until', 'least', 'next'],
    processing: ['process*', 'take', 'takes', 'effect', 'allow', 'still', 'receive', 'removed', 'removal'],
  },
  negations: ['no', 'not', 't', 'never', 'without', 'free', 'zero', 'optional', 'optionally', 'nor', 'nothing'],
  alternatives: ['also', 'alternatively'],
  conditionals: ['if', 'should'],
  address: {
    streets: [
      'street', 'st', 'road', 'rd', 'avenue', 'ave', 'lane', 'ln', 'boulevard', 'blvd', 'drive', 'dr', 'way', 'court',
      'ct', 'place', 'square', 'sq', 'highway', 'hwy', 'parkway', 'pkwy', 'suite', 'ste', 'terrace', 'close',
      'crescent', 'row', 'plaza',
    ],
    streetSuffixes: [],
    poBox: ['po box', 'p.o. box', 'p. o. box', 'p o box', 'post office box', 'pob'],
  },
} satisfies WordingLexicon;
