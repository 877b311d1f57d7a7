import type { Lexicon } from './types.ts';

export default {
  lang: 'nl',
  suggestion: 'Afmelden',
  unsubscribe: [
    'afmelden', 'afmelding', 'meld je af', 'meld u af', 'uitschrijv*', 'schrijf je uit', 'schrijf u uit',
    'nieuwsbrief opzeggen', 'geen e-mails meer', 'geen nieuwsbrief meer',
  ],
  preferences: [
    '=voorkeuren', 'abonnement beheren', 'abonnementen beheren', 'voorkeuren beheren', 'voorkeuren wijzigen',
    'e-mailvoorkeuren', 'emailvoorkeuren', 'uw voorkeuren', 'je voorkeuren', 'beheer je voorkeuren',
    'beheer uw voorkeuren', 'instellingen beheren',
  ],
  ambiguous: ['hier', 'klik hier', 'klik', 'deze link', 'link', 'klik op deze link'],
  context: ['niet langer ontvangen', 'niet meer ontvangen', 'geen e-mails meer ontvangen', 'geen berichten meer'],
  stopwords: [
    'de', 'het', 'een', 'en', 'van', 'is', 'dat', 'op', 'te', 'zijn', 'met', 'voor', 'niet', 'aan', 'er',
    'je', 'jouw', 'uw', 'ons', 'onze', 'wij', 'we', 'ook', 'naar', 'bij', 'worden', 'wordt', 'deze', 'dit',
    'kunt', 'kan', 'heeft', 'hebben',
  ],
} satisfies Lexicon;
