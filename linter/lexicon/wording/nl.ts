import type { WordingLexicon } from './types.ts';

export default {
  lang: 'nl',
  login: ['inloggen', 'log in', 'log dan in', 'login', 'je wachtwoord', 'uw wachtwoord', 'account aanmaken'],
  fee: ['kosten', 'kost', 'vergoeding', 'betalen', 'betaling', 'in rekening gebracht', 'administratiekosten'],
  mandatoryReason: [
    'reden opgeven', 'de reden opgeven', 'reden verplicht', 'reden is verplicht', 'met vermelding van de reden',
    'enquête invullen', 'vragenlijst invullen', 'een enquête in te vullen', 'verplichte enquête',
  ],
  replyOnly: [
    'beantwoord deze e-mail', 'beantwoord deze email', 'reageer op deze e-mail', 'reageer op deze email',
    'door te reageren op', 'antwoord op deze e-mail', 'stuur een e-mail naar', 'stuur ons een e-mail',
  ],
  cannotUnsubscribe: [
    'kunt u zich niet afmelden', 'kun je je niet afmelden', 'afmelden is niet mogelijk', 'niet mogelijk om af te melden',
    'kunt zich niet afmelden', 'kunt je niet uitschrijven',
  ],
  confirmshaming: {
    declines: ['nee bedankt', 'nee, bedankt', 'nee dank je', 'nee, dank je'],
    shaming: ['volle prijs', 'meer betalen', 'ik hou niet van besparen', 'ik bespaar liever niet', 'ik betaal liever', 'aanbiedingen missen'],
  },
  delay: {
    units: {
      uur: 'hour', uren: 'hour', dag: 'day', dagen: 'day', werkdag: 'business-day', werkdagen: 'business-day',
      week: 'week', weken: 'week', maand: 'month', maanden: 'month',
    },
    business: [],
    numbers: {
      een: 1, twee: 2, drie: 3, vier: 4, vijf: 5, zes: 6, zeven: 7, acht: 8, negen: 9, tien: 10, veertien: 14,
      twintig: 20, dertig: 30, zestig: 60,
    },
    lead: ['tot', 'binnen', 'duren', 'duurt', 'na', 'maximaal', 'komende'],
    processing: ['verwerk*', 'duren', 'duurt', 'nog', 'ontvangen'],
  },
  negations: ['geen', 'zonder', 'gratis', 'kosteloos', 'niet', 'optioneel', 'vrijblijvend', 'niets'],
  alternatives: ['ook'],
  conditionals: ['als', 'indien'],
  address: {
    streets: ['straat', 'laan', 'weg', 'plein', 'gracht', 'kade', 'singel', 'dijk', 'markt'],
    streetSuffixes: ['straat', 'laan', 'weg', 'plein', 'gracht', 'kade', 'singel', 'dijk'],
    poBox: ['postbus'],
  },
} satisfies WordingLexicon;
