import type { WordingLexicon } from './types.ts';

export default {
  lang: 'sv',
  login: ['logga in', 'inloggning', 'login', 'ditt lösenord', 'skapa ett konto'],
  fee: ['avgift', 'avgiften', 'kostar', 'kostnad', 'debiteras', 'betala'],
  mandatoryReason: [
    'ange orsak', 'ange anledning', 'ange skälet', 'orsak krävs', 'anledning krävs', 'fyll i en enkät', 'fylla i en enkät',
    'besvara en enkät', 'obligatorisk enkät',
  ],
  replyOnly: [
    'svara på detta mejl', 'svara på det här mejlet', 'svara på detta e-postmeddelande', 'svara med',
    'genom att svara på', 'skicka ett mejl till', 'skicka e-post till', 'mejla oss',
  ],
  cannotUnsubscribe: [
    'kan inte avregistrera', 'kan inte avanmäla', 'går inte att avanmäla', 'går inte att avsluta prenumerationen',
    'avanmälan är inte möjlig', 'inte möjligt att avanmäla',
  ],
  confirmshaming: {
    declines: ['nej tack', 'nej, tack'],
    shaming: ['fullt pris', 'betala mer', 'gillar inte att spara', 'hatar att spara', 'betalar hellre', 'missa erbjudanden'],
  },
  delay: {
    units: {
      timme: 'hour', timmar: 'hour', dag: 'day', dagar: 'day', arbetsdag: 'business-day', arbetsdagar: 'business-day',
      vardag: 'business-day', vardagar: 'business-day', vecka: 'week', veckor: 'week', månad: 'month', månader: 'month',
    },
    business: [],
    numbers: {
      en: 1, ett: 1, två: 2, tre: 3, fyra: 4, fem: 5, sex: 6, sju: 7, åtta: 8, nio: 9, tio: 10, fjorton: 14,
      tjugo: 20, trettio: 30, sextio: 60,
    },
    lead: ['upp', 'inom', 'ta', 'tar', 'efter', 'högst', 'närmaste'],
    processing: ['behandl*', 'ta', 'tar', 'fortfarande', 'få'],
  },
  negations: ['utan', 'ingen', 'inget', 'inte', 'gratis', 'kostnadsfritt', 'avgiftsfritt', 'valfritt', 'ingenting'],
  alternatives: ['också', 'även'],
  conditionals: ['om'],
  address: {
    streets: ['gatan', 'vägen', 'gata', 'väg', 'torget', 'allé', 'plan'],
    streetSuffixes: ['gatan', 'vägen', 'gata', 'väg', 'torget', 'backen', 'stigen'],
    poBox: ['box', 'postbox'],
  },
} satisfies WordingLexicon;
