import type { WordingLexicon } from './types.ts';

export default {
  lang: 'de',
  login: [
    'einloggen', 'loggen sie sich', 'logge dich', 'melden sie sich an', 'melde dich an', 'anmelden', 'login', 'log-in',
    'ihr passwort', 'dein passwort', 'konto erstellen',
  ],
  fee: [
    'gebühr', 'gebühren', 'kostenpflichtig', 'bearbeitungsgebühr', 'kosten von', 'kostet', 'berechnen wir',
    'in rechnung gestellt', 'entgelt',
  ],
  mandatoryReason: [
    'grund angeben', 'mit angabe des grundes', 'unter angabe des grundes', 'angabe eines grundes', 'begründung erforderlich',
    'grund ist erforderlich', 'pflichtangabe', 'umfrage ausfüllen', 'fragebogen ausfüllen', 'an einer umfrage teilnehmen',
    'teilen sie uns mit warum', 'nennen sie uns den grund',
  ],
  replyOnly: [
    'antworten sie auf diese e-mail', 'antworten sie auf diese email', 'antworte auf diese e-mail', 'antworte auf diese email',
    'auf diese e-mail antworten', 'auf diese email antworten', 'antworten sie mit', 'antworte mit',
    'senden sie eine e-mail an', 'schreiben sie an', 'schreiben sie uns',
  ],
  cannotUnsubscribe: [
    'können sich nicht abmelden', 'kannst dich nicht abmelden', 'abmeldung ist nicht möglich', 'abmeldung nicht möglich',
    'kann nicht abbestellt', 'nicht abbestellt werden', 'keine abmeldung möglich', 'nicht abmelden',
  ],
  confirmshaming: {
    declines: ['nein danke', 'nein, danke'],
    shaming: [
      'vollen preis', 'mehr bezahlen', 'ich spare nicht gern', 'ich hasse', 'verpasse lieber', 'keine lust zu sparen',
      'zahle lieber', 'sparen ist nichts für mich',
    ],
  },
  delay: {
    units: {
      stunde: 'hour', stunden: 'hour', tag: 'day', tage: 'day', tagen: 'day', werktag: 'business-day',
      werktage: 'business-day', werktagen: 'business-day', arbeitstag: 'business-day', arbeitstage: 'business-day',
      arbeitstagen: 'business-day', woche: 'week', wochen: 'week', monat: 'month', monate: 'month', monaten: 'month',
    },
    business: [],
    numbers: {
      ein: 1, eine: 1, einen: 1, einem: 1, einer: 1, zwei: 2, drei: 3, vier: 4, fünf: 5, sechs: 6, sieben: 7, acht: 8,
      neun: 9, zehn: 10, vierzehn: 14, zwanzig: 20, dreißig: 30, dreissig: 30, sechzig: 60,
    },
    lead: ['bis', 'innerhalb', 'dauert', 'dauern', 'nach', 'spätestens', 'binnen', 'nächsten'],
    processing: ['bearbeit*', 'dauern', 'dauert', 'wirksam', 'noch', 'erhalten', 'entfernt'],
  },
  negations: ['keine', 'kein', 'keinen', 'ohne', 'nicht', 'kostenlos', 'kostenfrei', 'gebührenfrei', 'optional', 'freiwillig', 'nichts'],
  alternatives: ['auch', 'alternativ'],
  conditionals: ['wenn', 'falls', 'sollten'],
  address: {
    streets: ['straße', 'strasse', 'str', 'weg', 'platz', 'allee', 'gasse', 'ring', 'damm', 'ufer', 'chaussee', 'markt'],
    streetSuffixes: ['straße', 'strasse', 'str', 'weg', 'platz', 'allee', 'gasse', 'ring', 'damm', 'ufer'],
    poBox: ['postfach'],
  },
} satisfies WordingLexicon;
