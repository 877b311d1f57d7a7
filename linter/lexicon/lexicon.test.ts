import { describe, expect, it } from 'vitest';
import { LEXICONS, isAmbiguousLinkText, matchContextCue, matchOptOutWording, normalizeText, suggestedLinkText } from './index.ts';

interface LangCases {
  unsubscribe: string[];
  preferences: string[];
  ambiguous: string[];
  context: string[];
  /** Neither opt-out wording nor ambiguous. */
  negative: string[];
}

const CASES: Record<string, LangCases> = {
  en: {
    unsubscribe: [
      'Unsubscribe',
      'unsubscribe from this list',
      'Click here to unsubscribe.',
      'Opt out',
      'opt-out',
      'Remove me',
      'Stop receiving these emails',
      'UNSUBSCRIBE',
    ],
    preferences: [
      'Manage preferences',
      'Update your preferences',
      'Email preferences',
      'Manage notifications',
      'Notification settings',
      'Subscription settings',
      'update subscription preferences',
      'Preferences',
    ],
    ambiguous: ['click here', 'Here', 'this link', 'Link', 'Click here.', ''],
    context: ['If you no longer wish to receive these emails', "Don't want to receive our newsletter?", 'If you’d rather not receive these emails'],
    negative: [
      'Subscribe',
      'Subscribe now',
      'Follow us on Twitter',
      'View in browser',
      'Login',
      'Manage your account',
      'Resubscribe',
      'Close your account',
      'Visit our website',
    ],
  },
  it: {
    unsubscribe: [
      'Disiscriviti',
      'disiscrizione',
      'Cancella l’iscrizione',
      "cancella l'iscrizione",
      'Annulla iscrizione',
      'Cancellati',
      'non ricevere più le nostre email',
    ],
    preferences: ['Gestisci preferenze', "Gestisci l'abbonamento", 'Modifica le tue preferenze', 'Preferenze'],
    ambiguous: ['qui', 'Clicca qui', 'clicca qua', 'questo link'],
    context: ['Per non ricevere più le nostre email', 'Se non desideri più ricevere la newsletter'],
    negative: ['Iscriviti', 'Iscriviti alla newsletter', 'Accedi', 'Scopri di più', 'Ordini cancellati'],
  },
  de: {
    unsubscribe: ['Abmelden', 'Newsletter abbestellen', 'Vom Newsletter abmelden', 'Abbestellung', 'hier austragen', 'Keine E-Mails mehr erhalten'],
    preferences: ['Einstellungen verwalten', 'Abos verwalten', 'Präferenzen', 'Newsletter-Einstellungen'],
    ambiguous: ['hier', 'Hier klicken', 'klicken Sie bitte hier.', 'Sie bitte hier.'],
    context: ['Wenn Sie keine E-Mails mehr erhalten möchten', 'Falls Sie unseren Newsletter nicht mehr erhalten wollen'],
    negative: ['Abonnieren', 'Anmelden', 'Jetzt anmelden', 'Zum Shop', 'Im Browser ansehen'],
  },
  fr: {
    unsubscribe: ['Se désabonner', 'Désabonnement', 'se désinscrire', 'Désinscription', 'Ne plus recevoir nos emails'],
    preferences: ['Gérer mes préférences', 'Gérer l’abonnement', 'Préférences'],
    ambiguous: ['ici', 'Cliquez ici', 'cliquer ici', 'ce lien'],
    context: ['Vous ne souhaitez plus recevoir de messages de notre part ?', 'Pour ne plus recevoir nos offres'],
    negative: ["S'abonner", 'Se connecter', 'Voir la version en ligne', 'Suivez-nous'],
  },
  es: {
    unsubscribe: ['Darse de baja', 'Baja', 'Cancelar suscripción', 'desuscribirse', 'Dejar de recibir estos correos', 'haz clic aquí para darte de baja'],
    preferences: ['Gestionar preferencias', 'Administrar suscripción', 'Preferencias'],
    ambiguous: ['aquí', 'aqui', 'Haz clic aquí', 'este enlace'],
    context: ['Si no deseas recibir más correos', 'Si ya no deseas recibir nuestras ofertas'],
    negative: ['Suscríbete', 'Iniciar sesión', 'Ver en el navegador', 'productos de baja calidad', 'Bajar precio'],
  },
  pt: {
    unsubscribe: ['Cancelar subscrição', 'Cancelar assinatura', 'Descadastrar', 'descadastre-se', 'Remover inscrição', 'Não receber mais'],
    preferences: ['Gerir subscrição', 'Gerenciar assinatura', 'Preferências'],
    ambiguous: ['aqui', 'Clique aqui', 'este link'],
    context: ['Se não deseja mais receber os nossos emails', 'Caso não queira mais receber'],
    negative: ['Assinar', 'Inscreva-se', 'Entrar', 'Ver no navegador'],
  },
  nl: {
    unsubscribe: ['Afmelden', 'Uitschrijven', 'Schrijf je uit', 'Afmelden voor de nieuwsbrief'],
    preferences: ['Abonnement beheren', 'Voorkeuren beheren', 'Voorkeuren'],
    ambiguous: ['hier', 'Klik hier', 'deze link'],
    context: ['Wilt u deze e-mails niet langer ontvangen?', 'Wil je onze nieuwsbrief niet meer ontvangen'],
    negative: ['Inschrijven', 'Aanmelden', 'Inloggen', 'Bekijk online'],
  },
  pl: {
    unsubscribe: ['Wypisz się', 'Wypisz', 'Zrezygnuj z subskrypcji', 'Rezygnacja z newslettera'],
    preferences: ['Zarządzaj subskrypcją', 'Zmień preferencje'],
    ambiguous: ['tutaj', 'Kliknij tutaj', 'ten link'],
    context: ['Jeśli nie chcesz otrzymywać wiadomości', 'Jeżeli nie chcesz już otrzymywać newslettera'],
    negative: ['Zapisz się', 'Zaloguj się', 'Zobacz w przeglądarce'],
  },
  sv: {
    unsubscribe: ['Avanmäl', 'Avanmälan', 'Avsluta prenumeration', 'Avprenumerera'],
    preferences: ['Hantera prenumeration', 'Hantera inställningar'],
    ambiguous: ['här', 'Klicka här', 'denna länk'],
    context: ['Om du inte längre vill få våra nyhetsbrev', 'Vill du inte längre ha våra mejl'],
    negative: ['Prenumerera', 'Logga in', 'Visa i webbläsaren'],
  },
  da: {
    unsubscribe: ['Afmeld', 'Afmeld nyhedsbrev', 'Frameld', 'Framelding'],
    preferences: ['Administrer abonnement', 'Administrer dit abonnement', 'E-mail-indstillinger'],
    ambiguous: ['her', 'Klik her', 'dette link'],
    context: ['Hvis du ikke længere ønsker at modtage nyhedsbrevet', 'Ønsker du ikke at modtage flere mails'],
    negative: ['Tilmeld', 'Log ind', 'Se i browser'],
  },
};

describe('normalizeText', () => {
  it('lowercases, strips diacritics, unifies apostrophes and collapses whitespace', () => {
    expect(normalizeText('  Cancella  l’ISCRIZIONE\n ')).toBe("cancella l'iscrizione");
    expect(normalizeText('Désinscription')).toBe('desinscription');
    expect(normalizeText('Präferenzen`s')).toBe("praferenzen's");
    expect(normalizeText('opt\u2011out\u00a0now')).toBe('opt-out now');
    expect(normalizeText('un\u200bsub\u00adscribe')).toBe('unsubscribe');
  });
});

describe('lexicons', () => {
  it('cover the ten languages, each with every kind of cue', () => {
    expect(LEXICONS.map((l) => l.lang)).toEqual(['en', 'it', 'de', 'fr', 'es', 'pt', 'nl', 'pl', 'sv', 'da']);
    for (const l of LEXICONS) {
      for (const field of ['unsubscribe', 'preferences', 'ambiguous', 'context', 'stopwords'] as const) expect(l[field].length).toBeGreaterThan(0);
    }
  });

  it('suggests link text per language, English otherwise', () => {
    expect(suggestedLinkText('it')).toBe('Disiscriviti');
    expect(suggestedLinkText('ru')).toBe('Unsubscribe');
  });
});

describe.each(Object.entries(CASES))('%s', (lang, cases) => {
  it.each(cases.unsubscribe)('"%s" is unsubscribe wording', (text) => {
    expect(matchOptOutWording(text, lang)).toMatchObject({ kind: 'unsubscribe' });
    expect(isAmbiguousLinkText(text)).toBe(false);
  });
  it.each(cases.preferences)('"%s" is preferences wording', (text) => {
    expect(matchOptOutWording(text, lang)).toMatchObject({ kind: 'preferences' });
  });
  it.each(cases.ambiguous)('"%s" is ambiguous', (text) => {
    expect(matchOptOutWording(text, lang)).toBeUndefined();
    expect(isAmbiguousLinkText(text)).toBe(true);
  });
  it.each(cases.context)('"%s" is an opt-out sentence', (text) => {
    const cue = matchContextCue(text, lang);
    const wording = matchOptOutWording(text, lang);
    expect(cue !== undefined || wording?.kind === 'unsubscribe').toBe(true);
  });
  it.each(cases.negative)('"%s" is not opt-out wording', (text) => {
    expect(matchOptOutWording(text, lang)).toBeUndefined();
    expect(matchContextCue(text, lang)).toBeUndefined();
    expect(isAmbiguousLinkText(text)).toBe(false);
  });
});

describe('matchOptOutWording', () => {
  it('reports the language and the entry that matched', () => {
    expect(matchOptOutWording('Disiscriviti')).toEqual({ kind: 'unsubscribe', lang: 'it', phrase: 'disiscri*' });
    expect(matchOptOutWording('Baja')).toEqual({ kind: 'unsubscribe', lang: 'es', phrase: '=baja' });
  });

  it('prefers the document language when languages share a word', () => {
    expect(matchOptOutWording('afmelden', 'nl')?.lang).toBe('nl');
    expect(matchOptOutWording('afmeld', 'da')?.lang).toBe('da');
  });

  it('lets unsubscribe win over preferences', () => {
    expect(matchOptOutWording('Manage preferences or unsubscribe')?.kind).toBe('unsubscribe');
  });

  it('respects Unicode word boundaries', () => {
    expect(matchOptOutWording('resubscribe')).toBeUndefined();
    expect(matchOptOutWording('Subscribe')).toBeUndefined();
    expect(matchOptOutWording('opt outside')).toBeUndefined();
    expect(matchOptOutWording('àdisiscriviti')).toBeUndefined();
    expect(matchOptOutWording('https://x.com/unsubscribe?u=1')?.kind).toBe('unsubscribe');
  });

  it('matches exact-only entries only as the whole text', () => {
    expect(matchOptOutWording('¡Baja!')?.kind).toBe('unsubscribe');
    expect(matchOptOutWording('Temporada baja')).toBeUndefined();
    expect(matchOptOutWording('Cancellati')?.kind).toBe('unsubscribe');
    expect(matchOptOutWording('Ordini cancellati')).toBeUndefined();
  });
});
