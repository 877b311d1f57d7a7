import type { Lexicon } from './types.ts';

export default {
  lang: 'de',
  suggestion: 'Abmelden',
  unsubscribe: [
    'abbestell*', 'abmeld*', 'austragen', 'austragung aus', 'newsletter abbestellen', 'newsletter kundigen',
    'newsletter-abo kundigen', 'keine e-mails mehr', 'keine emails mehr', 'keine mails mehr',
    'keine newsletter mehr', 'vom newsletter abmelden', 'aus dem verteiler', 'vom verteiler',
    'einwilligung widerrufen',
  ],
  preferences: [
    '=praferenzen', '=einstellungen', 'einstellungen verwalten', 'abos verwalten', 'abo verwalten',
    'abonnement verwalten', 'abonnements verwalten', 'praferenzen verwalten', 'praferenzen andern',
    'newsletter-einstellungen', 'newsletter einstellungen', 'e-mail-einstellungen', 'e-mail einstellungen',
    'email-einstellungen', 'benachrichtigungseinstellungen', 'benachrichtigungen verwalten',
    'newsletter-profil', 'newsletterprofil', 'profil andern', 'einstellungen andern', 'themen verwalten',
  ],
  ambiguous: [
    'hier', 'hier klicken', 'klicken sie hier', 'klicken sie bitte hier', 'bitte hier klicken', 'bitte hier',
    'klicken', 'klick', 'diesen link', 'dieser link', 'link',
  ],
  context: [
    'keine e-mails mehr erhalten', 'nicht mehr erhalten', 'nicht mehr empfangen', 'nicht mehr bekommen',
    'keine weiteren e-mails', 'keine weiteren emails', 'keine weiteren nachrichten', 'keine nachrichten mehr',
    'keine informationen mehr', 'nicht langer erhalten', 'kein interesse mehr',
  ],
  stopwords: [
    'der', 'die', 'das', 'und', 'ist', 'nicht', 'sie', 'ich', 'mit', 'sich', 'auf', 'fur', 'dem', 'den',
    'ein', 'eine', 'einen', 'auch', 'wir', 'ihr', 'ihre', 'ihnen', 'zu', 'von', 'wenn', 'noch', 'nur',
    'oder', 'aber', 'bei', 'wird', 'werden', 'sind', 'unsere', 'unser', 'uber', 'diese', 'dieser', 'mehr',
  ],
} satisfies Lexicon;
