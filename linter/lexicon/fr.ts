import type { Lexicon } from './types.ts';

export default {
  lang: 'fr',
  suggestion: 'Se désabonner',
  unsubscribe: [
    'desinscri*', 'desabonn*', 'se desinscrire', 'se desabonner', 'ne plus recevoir', 'me retirer de la liste',
    'retirer de la liste', 'ne plus recevoir nos',
  ],
  preferences: [
    '=preferences', 'gerer mes preferences', 'gerer vos preferences', 'gerer les preferences',
    'modifier mes preferences', 'modifier vos preferences', 'mettre a jour vos preferences',
    "gerer l'abonnement", 'gerer mon abonnement', 'gerer votre abonnement', 'gerer mes abonnements',
    'gerer vos abonnements', "preferences d'abonnement", 'preferences email', 'preferences e-mail',
    'preferences de communication', 'centre de preferences', 'parametres de notification',
    'gerer les notifications',
  ],
  ambiguous: [
    'ici', 'cliquez ici', 'cliquer ici', 'clique ici', 'cliquez', 'en cliquant ici', 'ce lien', 'lien',
    'cliquez sur ce lien',
  ],
  context: [
    'ne souhaitez plus recevoir', 'ne voulez plus recevoir', 'ne desirez plus recevoir', 'ne plus recevoir',
    'pour ne plus recevoir', 'ne souhaitez pas recevoir', 'ne plus etre contacte', 'ne souhaitez plus',
  ],
  stopwords: [
    'le', 'la', 'les', 'des', 'est', 'et', 'une', 'pour', 'que', 'qui', 'dans', 'pas', 'vous', 'votre',
    'vos', 'nous', 'notre', 'nos', 'sur', 'avec', 'ce', 'cette', 'sont', 'au', 'aux', 'du', 'plus', 'ou',
    'mais', 'il', 'elle', 'ne', 'par', 'tout', 'aussi',
  ],
} satisfies Lexicon;
