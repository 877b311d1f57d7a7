import type { WordingLexicon } from './types.ts';

// Normalisation drops combining marks (ę → e, ą → a, ś → s) but "ł" has no decomposition: it stays.
export default {
  lang: 'pl',
  login: ['zaloguj się', 'zalogować się', 'zalogowanie', 'logowanie', 'login', 'hasło', 'załóż konto'],
  fee: ['opłata', 'opłaty', 'opłatę', 'płatne', 'płatna', 'koszt', 'kosztuje', 'prowizja', 'pobierzemy'],
  mandatoryReason: [
    'podaj powód', 'podać powód', 'podając powód', 'podania powodu', 'powód jest wymagany', 'obowiązkowy powód',
    'wypełnij ankietę', 'wypełnić ankietę', 'wypełnienie ankiety', 'obowiązkowa ankieta',
  ],
  replyOnly: [
    'odpowiedz na tę wiadomość', 'odpowiadając na tę wiadomość', 'odpowiedz na ten e-mail', 'odpowiedz z',
    'wyślij e-mail na', 'napisz do nas', 'napisz na',
  ],
  cannotUnsubscribe: [
    'nie możesz się wypisać', 'nie można się wypisać', 'wypisanie nie jest możliwe', 'nie ma możliwości wypisania',
    'rezygnacja nie jest możliwa',
  ],
  confirmshaming: {
    declines: ['nie, dziękuję', 'nie dziękuję', 'nie dzięki', 'nie, dzięki'],
    shaming: ['pełną cenę', 'pełna cena', 'płacić więcej', 'nie lubię oszczędzać', 'wolę przepłacać', 'wolę płacić', 'przegapić okazje'],
  },
  delay: {
    units: {
      godzina: 'hour', godziny: 'hour', godzin: 'hour', dzień: 'day', dni: 'day', tydzień: 'week', tygodnie: 'week',
      tygodni: 'week', miesiąc: 'month', miesiące: 'month', miesięcy: 'month',
    },
    business: ['roboczych', 'robocze', 'roboczy'],
    numbers: {
      jeden: 1, jednego: 1, dwa: 2, dwóch: 2, trzy: 3, trzech: 3, cztery: 4, pięć: 5, sześć: 6, siedem: 7, osiem: 8,
      dziewięć: 9, dziesięć: 10, czternaście: 14, dwadzieścia: 20, trzydzieści: 30, trzydziestu: 30,
    },
    lead: ['do', 'ciągu', 'potrwać', 'trwa', 'po', 'maksymalnie', 'najbliższych'],
    processing: ['przetw*', 'potrwać', 'może', 'nadal', 'otrzymywać'],
  },
  negations: ['bez', 'bezpłatnie', 'bezpłatna', 'bezpłatne', 'darmowe', 'darmowa', 'nie', 'żadnej', 'żadnych', 'opcjonalnie', 'nic'],
  alternatives: ['też', 'także', 'również'],
  conditionals: ['jeśli', 'jeżeli', 'gdy'],
  address: {
    streets: ['ul', 'ulica', 'al', 'aleja', 'plac', 'pl', 'os', 'osiedle'],
    streetSuffixes: [],
    poBox: ['skrytka pocztowa'],
  },
} satisfies WordingLexicon;
