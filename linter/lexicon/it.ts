import type { Lexicon } from './types.ts';

export default {
  lang: 'it',
  suggestion: 'Disiscriviti',
  unsubscribe: [
    'disiscri*', 'cancella iscrizione', "cancella l'iscrizione", 'cancellare iscrizione', "cancellare l'iscrizione",
    "cancella la tua iscrizione", 'annulla iscrizione', "annulla l'iscrizione", "annullare l'iscrizione",
    '=cancellati', 'cancellati dalla newsletter', 'cancellati dalla lista', 'cancellarti', 'cancellarsi', 'cancellami',
    'cancellazione dalla newsletter', 'cancellazione dalla lista', 'cancellazione iscrizione',
    "rimuovi l'iscrizione", 'rimuovi iscrizione', "rimuovere l'iscrizione", '=rimuovi', 'rimuovimi',
    'non ricevere piu', 'non ricevere altre', 'revoca il consenso', 'revoca consenso',
  ],
  preferences: [
    '=preferenze', 'gestisci preferenze', 'gestisci le preferenze', 'gestisci le tue preferenze',
    'modifica preferenze', 'modifica le preferenze', 'modifica le tue preferenze', 'aggiorna le preferenze',
    'aggiorna preferenze', 'preferenze email', 'preferenze e-mail', 'preferenze di iscrizione',
    'preferenze di comunicazione', 'preferenze newsletter', "gestisci l'abbonamento", 'gestisci abbonamento',
    'gestisci iscrizione', "gestisci l'iscrizione", 'gestisci la tua iscrizione', 'gestisci le notifiche',
    'gestisci notifiche', 'impostazioni email', 'impostazioni e-mail', 'impostazioni notifiche',
    'impostazioni delle notifiche', 'centro preferenze',
  ],
  ambiguous: [
    'qui', 'qua', 'clicca qui', 'clicca qua', 'clicca', 'clicchi qui', 'cliccando qui', 'clicca su questo link',
    'questo link', 'link', 'premi qui', 'tocca qui',
  ],
  context: [
    'non desideri piu ricevere', 'non desidera piu ricevere', 'non vuoi piu ricevere', 'non vuole piu ricevere',
    'per non ricevere', 'non ricevere ulteriori', 'se non desideri ricevere', 'se non desidera ricevere',
    'se non vuoi ricevere', 'se non vuoi piu', 'se non desideri piu', 'non desideri ricevere',
    'non desidera ricevere', 'smettere di ricevere', 'non ricevere le nostre',
  ],
  stopwords: [
    'il', 'lo', 'gli', 'della', 'delle', 'dei', 'degli', 'che', 'per', 'non', 'una', 'sono', 'questo',
    'questa', 'nel', 'nella', 'con', 'del', 'alla', 'alle', 'anche', 'come', 'piu', 'tuo', 'tua', 'tuoi',
    'nostro', 'nostra', 'nostri', 'ti', 'hai', 'ci', 'se', 'puoi', 'ecco', 'essere', 'ed', 'gia', 'sul',
  ],
} satisfies Lexicon;
