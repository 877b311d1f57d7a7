import type { WordingLexicon } from './types.ts';

export default {
  lang: 'fr',
  login: [
    'vous connecter', 'se connecter', 'connectez-vous', 'connecte-toi', 'identifiez-vous', 'votre mot de passe',
    'créer un compte', 'login',
  ],
  fee: ['frais', 'payant', 'payante', 'coût de', 'coûte', 'facturé', 'facturés', 'paiement de', 'moyennant'],
  mandatoryReason: [
    'indiquer le motif', 'indiquant le motif', 'préciser le motif', 'en précisant la raison', 'indiquer la raison',
    'motif obligatoire', 'raison obligatoire', 'remplir un questionnaire', 'remplir le questionnaire',
    'répondre à un questionnaire', 'répondre à une enquête', 'questionnaire obligatoire',
  ],
  replyOnly: [
    'répondez à cet email', 'répondez à cet e-mail', 'répondre à cet email', 'répondre à cet e-mail',
    'en répondant à cet email', 'en répondant à cet e-mail', 'répondez avec', 'envoyez un email à',
    'envoyez-nous un email', 'écrivez-nous à', 'écrivez à',
  ],
  cannotUnsubscribe: [
    'ne pouvez pas vous désabonner', 'ne pouvez pas vous désinscrire', 'impossible de se désabonner',
    'impossible de vous désabonner', 'impossible de se désinscrire', 'désabonnement impossible',
    "désinscription n'est pas possible", "désabonnement n'est pas possible", 'pas possible de se désabonner',
  ],
  confirmshaming: {
    declines: ['non merci', 'non, merci'],
    shaming: [
      'plein tarif', 'prix fort', 'payer plus', "je n'aime pas économiser", 'je déteste', 'je préfère payer',
      'rater les offres', 'manquer les offres',
    ],
  },
  delay: {
    units: {
      heure: 'hour', heures: 'hour', h: 'hour', jour: 'day', jours: 'day', semaine: 'week', semaines: 'week', mois: 'month',
    },
    business: ['ouvrés', 'ouvré', 'ouvrables', 'ouvrable'],
    numbers: {
      un: 1, une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9, dix: 10, quinze: 15,
      vingt: 20, trente: 30, soixante: 60,
    },
    lead: ['jusqu', 'sous', 'délai', 'dans', 'après', 'maximum', 'prendre', 'prochains'],
    processing: ['traitement', 'trait*', 'prendre', 'délai', 'encore', 'recevoir', 'effectif', 'effective'],
  },
  negations: ['sans', 'aucun', 'aucune', 'gratuit', 'gratuite', 'gratuitement', 'pas', 'ni', 'optionnel', 'facultatif', 'rien'],
  alternatives: ['aussi', 'également'],
  conditionals: ['si'],
  address: {
    streets: [
      'rue', 'avenue', 'av', 'boulevard', 'bd', 'bld', 'place', 'chemin', 'allée', 'quai', 'impasse', 'route', 'cours',
      'square', 'passage',
    ],
    streetSuffixes: [],
    poBox: ['bp', 'boîte postale', 'cs'],
  },
} satisfies WordingLexicon;
