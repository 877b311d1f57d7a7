import type { Lexicon } from './types.ts';

export default {
  lang: 'sv',
  suggestion: 'Avanmäl',
  unsubscribe: [
    'avanmal*', 'avsluta prenumeration', 'avsluta prenumerationen', 'avsluta din prenumeration',
    'avprenumerera*', 'avregistrera', 'sluta fa', 'sluta prenumerera',
  ],
  preferences: [
    'hantera prenumeration', 'hantera prenumerationer', 'hantera din prenumeration', 'hantera installningar',
    'e-postinstallningar', 'andra installningar', 'hantera preferenser', 'dina preferenser',
  ],
  ambiguous: ['har', 'klicka har', 'klicka', 'denna lank', 'lank'],
  context: ['inte langre vill fa', 'inte vill fa', 'vill du inte langre', 'inte langre onskar', 'inte vill ta emot'],
  stopwords: [
    'och', 'att', 'det', 'som', 'en', 'pa', 'ar', 'av', 'for', 'med', 'till', 'den', 'inte', 'om', 'ett',
    'du', 'dig', 'din', 'ditt', 'vi', 'oss', 'var', 'vara', 'kan', 'fran', 'har', 'eller', 'nar', 'ocksa',
  ],
} satisfies Lexicon;
