import type { WordingLexicon } from './types.ts';

// "ø" and "æ" have no decomposition and stay; "å" becomes "a".
export default {
  lang: 'da',
  login: ['log ind', 'logge ind', 'login', 'din adgangskode', 'dit kodeord', 'opret en konto'],
  fee: ['gebyr', 'gebyret', 'koster', 'betaling', 'betale', 'omkostning'],
  mandatoryReason: [
    'angive en grund', 'angiv årsag', 'angive årsagen', 'årsag er påkrævet', 'grund er påkrævet',
    'udfylde et spørgeskema', 'udfyld spørgeskemaet', 'besvare en undersøgelse', 'obligatorisk spørgeskema',
  ],
  replyOnly: [
    'svar på denne e-mail', 'svar på denne mail', 'besvar denne e-mail', 'ved at svare på', 'svar med',
    'send en e-mail til', 'send en mail til', 'skriv til os',
  ],
  cannotUnsubscribe: ['kan ikke afmelde', 'kan ikke framelde', 'ikke muligt at afmelde', 'afmelding er ikke mulig', 'kan ikke frameldes'],
  confirmshaming: {
    declines: ['nej tak', 'nej, tak'],
    shaming: ['fuld pris', 'betale mere', 'kan ikke lide at spare', 'hader at spare', 'betaler hellere', 'gå glip af tilbud'],
  },
  delay: {
    units: {
      time: 'hour', timer: 'hour', dag: 'day', dage: 'day', arbejdsdag: 'business-day', arbejdsdage: 'business-day',
      hverdag: 'business-day', hverdage: 'business-day', uge: 'week', uger: 'week', måned: 'month', måneder: 'month',
    },
    business: [],
    numbers: {
      en: 1, et: 1, to: 2, tre: 3, fire: 4, fem: 5, seks: 6, syv: 7, otte: 8, ni: 9, ti: 10, fjorten: 14, tyve: 20,
      tredive: 30, tres: 60,
    },
    lead: ['op', 'inden', 'tage', 'tager', 'efter', 'højst', 'næste'],
    processing: ['behandl*', 'tage', 'tager', 'stadig', 'modtage'],
  },
  negations: ['uden', 'ingen', 'intet', 'ikke', 'gratis', 'gebyrfrit', 'valgfrit', 'ingenting'],
  alternatives: ['også'],
  conditionals: ['hvis'],
  address: {
    streets: ['gade', 'vej', 'plads', 'allé', 'boulevard', 'torv'],
    streetSuffixes: ['gade', 'vej', 'plads', 'allé'],
    poBox: ['postboks'],
  },
} satisfies WordingLexicon;
