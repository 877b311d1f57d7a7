import type { WordingLexicon } from './types.ts';

export default {
  lang: 'it',
  login: [
    'accedi', 'accedere', 'accedendo', 'effettua il login', 'effettuare il login', 'fare login', 'login', 'log in',
    'la tua password', 'inserisci la password', 'crea un account', 'entra nel tuo account',
  ],
  fee: [
    'costo di', 'un costo', 'a pagamento', 'pagamento di', 'tariffa', 'commissione', 'addebito', 'addebitato',
    'addebiteremo', 'pagare',
  ],
  mandatoryReason: [
    'indicando il motivo', 'indicare il motivo', 'specificando il motivo', 'specificare il motivo', 'motivo obbligatorio',
    'motivazione obbligatoria', 'indicandoci il motivo', 'spiegandoci il motivo', 'con la motivazione',
    'compila il questionario', 'compilare il questionario', 'compilare un questionario', 'compila un breve questionario',
    'rispondere a un sondaggio', 'rispondi al sondaggio', 'questionario obbligatorio', 'sondaggio obbligatorio',
  ],
  replyOnly: [
    'rispondi a questa email', 'rispondi a questa e-mail', 'rispondere a questa email', 'rispondendo a questa email',
    'rispondendo a questa e-mail', 'rispondi con', 'rispondendo con', 'inviaci una email', 'inviando una email a',
    'scrivici a', 'scrivendo a',
  ],
  cannotUnsubscribe: [
    'non puoi disiscriverti', 'non è possibile disiscriversi', 'non è possibile cancellarsi',
    "non è possibile annullare l'iscrizione", 'non potrai disiscriverti', 'impossibile disiscriversi',
    'non puoi cancellarti', "non si può annullare l'iscrizione",
  ],
  confirmshaming: {
    declines: ['no grazie', 'no, grazie'],
    shaming: [
      'prezzo pieno', 'pagare di più', 'non mi piace risparmiare', 'odio risparmiare', 'odio le offerte',
      'preferisco pagare', 'non voglio risparmiare', 'perdermi le offerte', 'perdere le offerte', 'restare disinformato',
    ],
  },
  delay: {
    units: {
      ora: 'hour', ore: 'hour', giorno: 'day', giorni: 'day', gg: 'day', settimana: 'week', settimane: 'week',
      mese: 'month', mesi: 'month',
    },
    business: ['lavorativi', 'lavorativo', 'lavorative', 'feriali'],
    numbers: {
      un: 1, uno: 1, una: 1, due: 2, tre: 3, quattro: 4, cinque: 5, sei: 6, sette: 7, otto: 8, nove: 9, dieci: 10,
      quindici: 15, venti: 20, trenta: 30, sessanta: 60, novanta: 90,
    },
    lead: ['fino', 'entro', 'occorrono', 'servono', 'richiede', 'dopo', 'massimo', 'almeno', 'prossimi'],
    processing: ['elabor*', 'richiesta', 'necessari*', 'potresti', 'ancora', 'effetto', 'rimozione', 'ricevere'],
  },
  negations: ['senza', 'non', 'gratuito', 'gratuita', 'gratis', 'nessun', 'nessuna', 'alcun', 'alcuna', 'facoltativo', 'facoltativa', 'niente', 'nulla'],
  alternatives: ['anche', 'oppure'],
  conditionals: ['se', 'qualora'],
  address: {
    streets: [
      'via', 'viale', 'piazza', 'piazzale', 'corso', 'largo', 'vicolo', 'strada', 'contrada', 'località', 'loc',
      'borgo', 'lungomare', 'p.za', 'v.le',
    ],
    streetSuffixes: [],
    poBox: ['casella postale', 'c.p.'],
  },
} satisfies WordingLexicon;
