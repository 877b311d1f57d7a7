import type { Lexicon } from './types.ts';

// "æ" and "ø" have no decomposition, so they stay in normalised text.
export default {
  lang: 'da',
  suggestion: 'Afmeld',
  unsubscribe: ['afmeld*', 'frameld*', 'opsig nyhedsbrev', 'opsig abonnement pa nyhedsbrevet'],
  preferences: [
    'administrer abonnement', 'administrer dit abonnement', 'administrer abonnementer', 'administrer præferencer',
    'e-mail-indstillinger', 'e-mailindstillinger', 'indstillinger for nyhedsbrev', 'administrer indstillinger',
    'dine præferencer',
  ],
  ambiguous: ['her', 'klik her', 'klik', 'dette link', 'link'],
  context: [
    'ikke længere ønsker at modtage', 'ikke længere modtage', 'ønsker du ikke at modtage',
    'ikke ønsker at modtage', 'ikke længere vil modtage',
  ],
  stopwords: [
    'og', 'i', 'at', 'det', 'er', 'en', 'til', 'pa', 'med', 'af', 'ikke', 'den', 'for', 'du', 'dig', 'din',
    'dit', 'vi', 'os', 'vores', 'som', 'kan', 'har', 'eller', 'fra', 'hvis', 'ogsa', 'blive', 'være',
  ],
} satisfies Lexicon;
