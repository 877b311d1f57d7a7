import type { Lexicon } from './types.ts';

// Normalisation drops combining marks (ę → e, ą → a, ś → s) but "ł" has no decomposition: keep it.
export default {
  lang: 'pl',
  suggestion: 'Wypisz się',
  unsubscribe: [
    'wypisz sie', 'wypisz', 'wypisanie', 'wypisac sie', 'wypisz mnie', 'zrezygnuj z subskrypcji',
    'zrezygnuj z newslettera', 'rezygnacja z subskrypcji', 'rezygnacja z newslettera', 'rezygnuj z subskrypcji',
    'anuluj subskrypcje', 'wyrejestruj', 'wyrejestrowanie',
  ],
  preferences: [
    '=preferencje', 'zarzadzaj subskrypcja', 'zarzadzaj subskrypcjami', 'zarzadzaj preferencjami',
    'zmien preferencje', 'ustawienia powiadomien', 'ustawienia subskrypcji', 'ustawienia newslettera',
  ],
  ambiguous: ['tutaj', 'tu', 'kliknij tutaj', 'kliknij tu', 'kliknij', 'ten link', 'link'],
  context: [
    'nie chcesz otrzymywac', 'nie chcesz juz otrzymywac', 'nie chce otrzymywac', 'nie chca panstwo otrzymywac',
    'aby nie otrzymywac', 'nie otrzymywac wiecej',
  ],
  stopwords: [
    'i', 'w', 'z', 'na', 'nie', 'sie', 'jest', 'do', 'to', 'ze', 'o', 'jak', 'ale', 'po', 'co', 'tak', 'za',
    'od', 'czy', 'tylko', 'dla', 'juz', 'twoj', 'twoja', 'nasz', 'nasza', 'jestes', 'mozesz', 'oraz', 'lub',
  ],
} satisfies Lexicon;
