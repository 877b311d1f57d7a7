// One incorrect and one correct sentence per cue and language, shared by the rule tests and the lexicon tests.
// `U` is an opt-out URL; `{a:text}` becomes a link to it.
export type CueId = 'login' | 'fee' | 'delay' | 'mandatoryReason' | 'replyOnly' | 'cannotUnsubscribe' | 'confirmshaming';

export type LangCases = Record<CueId, { bad: string; good: string; phrase: string }>;

export const WORDING_CASES: Record<string, LangCases> = {
  en: {
    login: {
      bad: '{a:Unsubscribe}: you will need to log in to your account first.',
      good: '{a:Unsubscribe} in one click, no login required.',
      phrase: 'log in',
    },
    fee: { bad: 'A processing fee of $2 applies if you {a:unsubscribe}.', good: 'You can {a:unsubscribe} at any time, there is no fee.', phrase: 'fee' },
    delay: {
      bad: '{a:Unsubscribe}. Please allow up to 30 days for your request to be processed.',
      good: '{a:Unsubscribe}. Requests are processed within 2 business days.',
      phrase: 'up to 30 days',
    },
    mandatoryReason: {
      bad: 'To {a:unsubscribe}, you must tell us why you are leaving.',
      good: '{a:Unsubscribe} — tell us why if you like.',
      phrase: 'must tell us why',
    },
    replyOnly: {
      bad: 'To unsubscribe, reply to this email with the word STOP.',
      good: 'To unsubscribe, reply to this email or {a:click here}.',
      phrase: 'reply to this email',
    },
    cannotUnsubscribe: {
      bad: 'You cannot unsubscribe from these messages.',
      good: 'If you cannot unsubscribe with the link, {a:unsubscribe here}.',
      phrase: 'cannot unsubscribe',
    },
    confirmshaming: {
      bad: '{a:No thanks, I prefer paying full price}',
      good: '{a:No thanks, unsubscribe me}',
      phrase: 'No thanks, I prefer paying full price',
    },
  },
  it: {
    login: { bad: 'Per {a:disiscriverti} devi prima accedere al sito.', good: 'Per {a:disiscriverti} non serve accedere: basta un clic.', phrase: 'accedere' },
    fee: { bad: 'La disiscrizione ha un costo di 2 euro: {a:disiscriviti}.', good: '{a:Disiscriviti} gratuitamente, senza alcun costo.', phrase: 'un costo' },
    delay: {
      bad: '{a:Disiscriviti}: la richiesta sarà elaborata fino a 30 giorni lavorativi.',
      good: '{a:Disiscriviti}: la richiesta sarà elaborata entro 2 giorni lavorativi.',
      phrase: 'fino a 30 giorni lavorativi',
    },
    mandatoryReason: {
      bad: 'Per {a:disiscriverti} compila il questionario sul sito.',
      good: 'Per {a:disiscriverti} basta un clic; il questionario è facoltativo.',
      phrase: 'compila il questionario',
    },
    replyOnly: {
      bad: 'Per non ricevere più le nostre email, rispondi a questa email con oggetto CANCELLAMI.',
      good: 'Per non ricevere più le nostre email, rispondi a questa email oppure {a:disiscriviti}.',
      phrase: 'rispondi a questa email',
    },
    cannotUnsubscribe: {
      bad: 'Non puoi disiscriverti da queste comunicazioni.',
      good: 'Se non puoi disiscriverti con il link, {a:disiscriviti qui}.',
      phrase: 'Non puoi disiscriverti',
    },
    confirmshaming: {
      bad: '{a:No grazie, preferisco pagare prezzo pieno}',
      good: '{a:No grazie, disiscrivimi}',
      phrase: 'No grazie, preferisco pagare prezzo pieno',
    },
  },
  de: {
    login: { bad: 'Zum {a:Abmelden} müssen Sie sich zuerst einloggen.', good: '{a:Abmelden} ist ohne Einloggen möglich.', phrase: 'einloggen' },
    fee: { bad: 'Für die {a:Abmeldung} erheben wir eine Gebühr von 2 Euro.', good: 'Die {a:Abmeldung} ist kostenlos und ohne Gebühr.', phrase: 'Gebühr' },
    delay: {
      bad: '{a:Abmelden}: die Bearbeitung kann bis zu 4 Wochen dauern.',
      good: '{a:Abmelden}: die Bearbeitung dauert höchstens 2 Werktage.',
      phrase: 'bis zu 4 Wochen',
    },
    mandatoryReason: {
      bad: 'Zum {a:Abmelden} bitte eine Umfrage ausfüllen.',
      good: 'Zum {a:Abmelden} genügt ein Klick; die Umfrage ist freiwillig.',
      phrase: 'Umfrage ausfüllen',
    },
    replyOnly: {
      bad: 'Wenn Sie keine E-Mails mehr erhalten möchten, antworten Sie auf diese E-Mail.',
      good: 'Wenn Sie keine E-Mails mehr erhalten möchten, antworten Sie auf diese E-Mail oder {a:melden Sie sich hier ab}.',
      phrase: 'antworten Sie auf diese E-Mail',
    },
    cannotUnsubscribe: {
      bad: 'Eine Abmeldung ist nicht möglich.',
      good: 'Falls Sie sich nicht abmelden können, {a:klicken Sie hier zum Abmelden}.',
      phrase: 'Abmeldung ist nicht möglich',
    },
    confirmshaming: {
      bad: '{a:Nein danke, ich zahle lieber den vollen Preis}',
      good: '{a:Nein danke, abmelden}',
      phrase: 'Nein danke, ich zahle lieber den vollen Preis',
    },
  },
  fr: {
    login: {
      bad: 'Pour vous {a:désabonner}, vous devez vous connecter à votre compte.',
      good: 'Pour vous {a:désabonner}, pas besoin de vous connecter.',
      phrase: 'vous connecter',
    },
    fee: { bad: 'Le {a:désabonnement} est payant.', good: 'Le {a:désabonnement} est gratuit et sans frais.', phrase: 'payant' },
    delay: {
      bad: '{a:Se désabonner} : le traitement peut prendre jusqu’à 30 jours.',
      good: '{a:Se désabonner} : le traitement prend jusqu’à 2 jours ouvrés.',
      phrase: 'jusqu’à 30 jours',
    },
    mandatoryReason: {
      bad: 'Pour vous {a:désabonner}, merci de remplir un questionnaire.',
      good: 'Pour vous {a:désabonner}, un clic suffit.',
      phrase: 'remplir un questionnaire',
    },
    replyOnly: {
      bad: 'Pour ne plus recevoir nos emails, répondez à cet email avec STOP.',
      good: 'Pour ne plus recevoir nos emails, répondez à cet email ou {a:désabonnez-vous}.',
      phrase: 'répondez à cet email',
    },
    cannotUnsubscribe: {
      bad: 'Vous ne pouvez pas vous désabonner de ce service.',
      good: 'Si vous ne pouvez pas vous désabonner avec le lien, {a:cliquez ici pour vous désabonner}.',
      phrase: 'ne pouvez pas vous désabonner',
    },
    confirmshaming: {
      bad: '{a:Non merci, je préfère payer plein tarif}',
      good: '{a:Non merci, me désabonner}',
      phrase: 'Non merci, je préfère payer plein tarif',
    },
  },
  es: {
    login: {
      bad: 'Para {a:darte de baja} debes iniciar sesión en tu cuenta.',
      good: 'Para {a:darte de baja} no necesitas iniciar sesión.',
      phrase: 'iniciar sesión',
    },
    fee: { bad: '{a:Darse de baja} tiene un cargo de 2 euros.', good: '{a:Darse de baja} es gratis y sin ningún cargo.', phrase: 'un cargo' },
    delay: {
      bad: '{a:Darse de baja}: el proceso puede tardar hasta 30 días.',
      good: '{a:Darse de baja}: el proceso puede tardar hasta 2 días hábiles.',
      phrase: 'tardar hasta 30 días',
    },
    mandatoryReason: {
      bad: 'Para {a:darte de baja} debes completar una encuesta.',
      good: 'Para {a:darte de baja} basta un clic.',
      phrase: 'completar una encuesta',
    },
    replyOnly: {
      bad: 'Si no deseas recibir más correos, responde a este correo con BAJA.',
      good: 'Si no deseas recibir más correos, responde a este correo o {a:date de baja aquí}.',
      phrase: 'responde a este correo',
    },
    cannotUnsubscribe: {
      bad: 'No puedes darte de baja de este servicio.',
      good: 'Si no puedes darte de baja con el enlace, {a:haz clic aquí para darte de baja}.',
      phrase: 'No puedes darte de baja',
    },
    confirmshaming: {
      bad: '{a:No gracias, prefiero pagar precio completo}',
      good: '{a:No gracias, darme de baja}',
      phrase: 'No gracias, prefiero pagar precio completo',
    },
  },
  pt: {
    login: {
      bad: 'Para {a:cancelar a subscrição}, faça login na sua conta.',
      good: 'Para {a:cancelar a subscrição}, não precisa fazer login.',
      phrase: 'faça login',
    },
    fee: { bad: '{a:Cancelar a subscrição} tem uma taxa de 2 euros.', good: '{a:Cancelar a subscrição} é grátis, sem taxa.', phrase: 'taxa' },
    delay: {
      bad: '{a:Cancelar assinatura}: o processamento pode demorar até 30 dias.',
      good: '{a:Cancelar assinatura}: o processamento pode demorar até 2 dias úteis.',
      phrase: 'demorar até 30 dias',
    },
    mandatoryReason: {
      bad: 'Para {a:descadastrar}, é preciso informar o motivo.',
      good: 'Para {a:descadastrar}, basta um clique.',
      phrase: 'informar o motivo',
    },
    replyOnly: {
      bad: 'Se não deseja mais receber os nossos emails, responda a este email com SAIR.',
      good: 'Se não deseja mais receber os nossos emails, responda a este email ou {a:cancele a subscrição}.',
      phrase: 'responda a este email',
    },
    cannotUnsubscribe: {
      bad: 'Não é possível cancelar a subscrição deste serviço.',
      good: 'Se não pode cancelar a subscrição com o link, {a:clique aqui para cancelar a subscrição}.',
      phrase: 'Não é possível cancelar',
    },
    confirmshaming: {
      bad: '{a:Não obrigado, prefiro pagar preço cheio}',
      good: '{a:Não obrigado, cancelar subscrição}',
      phrase: 'Não obrigado, prefiro pagar preço cheio',
    },
  },
  nl: {
    login: { bad: 'Om je af te melden via {a:deze pagina} moet je eerst inloggen.', good: '{a:Afmelden} kan zonder inloggen.', phrase: 'inloggen' },
    fee: { bad: 'Voor {a:afmelden} rekenen we administratiekosten.', good: '{a:Afmelden} is gratis en kost niets.', phrase: 'administratiekosten' },
    delay: {
      bad: '{a:Afmelden}: de verwerking kan tot 4 weken duren.',
      good: '{a:Afmelden}: de verwerking duurt maximaal 2 werkdagen.',
      phrase: 'kan tot 4 weken',
    },
    mandatoryReason: {
      bad: 'Om af te melden moet u een vragenlijst invullen: {a:afmelden}.',
      good: '{a:Afmelden} met één klik.',
      phrase: 'vragenlijst invullen',
    },
    replyOnly: {
      bad: 'Wilt u zich afmelden, beantwoord deze e-mail met STOP.',
      good: 'Wilt u zich afmelden, beantwoord deze e-mail of {a:klik hier}.',
      phrase: 'beantwoord deze e-mail',
    },
    cannotUnsubscribe: {
      bad: 'Afmelden is niet mogelijk voor deze dienst.',
      good: 'Als u zich niet kunt afmelden via de link, {a:klik hier om af te melden}.',
      phrase: 'Afmelden is niet mogelijk',
    },
    confirmshaming: {
      bad: '{a:Nee bedankt, ik betaal liever de volle prijs}',
      good: '{a:Nee bedankt, afmelden}',
      phrase: 'Nee bedankt, ik betaal liever de volle prijs',
    },
  },
  pl: {
    login: {
      bad: 'Aby się {a:wypisać}, musisz zalogować się na swoje konto.',
      good: 'Aby się {a:wypisać}, nie musisz zalogować się na konto.',
      phrase: 'zalogować się',
    },
    fee: { bad: 'Za {a:wypisanie} pobierana jest opłata 5 zł.', good: '{a:Wypisanie} jest darmowe, bez opłaty.', phrase: 'opłata' },
    delay: {
      bad: '{a:Wypisz się}: przetworzenie może potrwać do 30 dni.',
      good: '{a:Wypisz się}: przetworzenie może potrwać do 2 dni roboczych.',
      phrase: 'potrwać do 30 dni',
    },
    mandatoryReason: { bad: 'Aby się {a:wypisać}, wypełnij ankietę.', good: 'Aby się {a:wypisać}, wystarczy jedno kliknięcie.', phrase: 'wypełnij ankietę' },
    replyOnly: {
      bad: 'Jeśli nie chcesz otrzymywać wiadomości, odpowiedz na tę wiadomość słowem STOP.',
      good: 'Jeśli nie chcesz otrzymywać wiadomości, odpowiedz na tę wiadomość lub {a:wypisz się}.',
      phrase: 'odpowiedz na tę wiadomość',
    },
    cannotUnsubscribe: {
      bad: 'Nie możesz się wypisać z tych wiadomości.',
      good: 'Jeśli nie możesz się wypisać przez link, {a:kliknij tutaj, aby się wypisać}.',
      phrase: 'Nie możesz się wypisać',
    },
    confirmshaming: {
      bad: '{a:Nie, dziękuję, wolę płacić pełną cenę}',
      good: '{a:Nie, dziękuję, wypisz mnie}',
      phrase: 'Nie, dziękuję, wolę płacić pełną cenę',
    },
  },
  sv: {
    login: { bad: 'För att {a:avanmäla dig} måste du logga in på ditt konto.', good: '{a:Avanmäl dig} utan att logga in.', phrase: 'logga in' },
    fee: { bad: 'En avgift på 20 kr tas ut om du {a:avanmäler dig}.', good: 'Det är gratis att {a:avanmäla dig}, utan avgift.', phrase: 'avgift' },
    delay: { bad: '{a:Avanmäl dig}: det kan ta upp till 4 veckor.', good: '{a:Avanmäl dig}: det tar högst 2 arbetsdagar.', phrase: 'upp till 4 veckor' },
    mandatoryReason: { bad: 'För att {a:avanmäla dig} måste du fylla i en enkät.', good: '{a:Avanmäl dig} med ett klick.', phrase: 'fylla i en enkät' },
    replyOnly: {
      bad: 'Om du inte längre vill få våra nyhetsbrev, svara på detta mejl med STOPP.',
      good: 'Om du inte längre vill få våra nyhetsbrev, svara på detta mejl eller {a:avanmäl dig här}.',
      phrase: 'svara på detta mejl',
    },
    cannotUnsubscribe: {
      bad: 'Du kan inte avanmäla dig från dessa utskick.',
      good: 'Om du inte kan avanmäla dig via länken, {a:klicka här för att avanmäla dig}.',
      phrase: 'kan inte avanmäla',
    },
    confirmshaming: {
      bad: '{a:Nej tack, jag betalar hellre fullt pris}',
      good: '{a:Nej tack, avanmäl mig}',
      phrase: 'Nej tack, jag betalar hellre fullt pris',
    },
  },
  da: {
    login: { bad: 'For at {a:afmelde dig} skal du logge ind på din konto.', good: '{a:Afmeld} uden at logge ind.', phrase: 'logge ind' },
    fee: { bad: 'For at {a:afmelde} betaler du et gebyr på 20 kroner.', good: 'Det er gratis at {a:afmelde}, uden gebyr.', phrase: 'gebyr' },
    delay: { bad: '{a:Afmeld}: behandlingen kan tage op til 4 uger.', good: '{a:Afmeld}: behandlingen sker inden for 2 hverdage.', phrase: 'op til 4 uger' },
    mandatoryReason: { bad: 'For at {a:afmelde} skal du udfylde et spørgeskema.', good: '{a:Afmeld} med ét klik.', phrase: 'udfylde et spørgeskema' },
    replyOnly: {
      bad: 'Hvis du ikke længere ønsker at modtage nyhedsbrevet, svar på denne e-mail med STOP.',
      good: 'Hvis du ikke længere ønsker at modtage nyhedsbrevet, svar på denne e-mail eller {a:afmeld her}.',
      phrase: 'svar på denne e-mail',
    },
    cannotUnsubscribe: {
      bad: 'Du kan ikke afmelde dig disse e-mails.',
      good: 'Hvis du ikke kan afmelde dig via linket, {a:klik her for at afmelde}.',
      phrase: 'kan ikke afmelde',
    },
    confirmshaming: { bad: '{a:Nej tak, jeg betaler hellere fuld pris}', good: '{a:Nej tak, afmeld mig}', phrase: 'Nej tak, jeg betaler hellere fuld pris' },
  },
};

const OPT_OUT_URL = 'https://news.example/unsubscribe?u=42';

/** A one-paragraph email in `lang` around a case sentence (line 2 holds the sentence). */
export function page(lang: string, sentence: string): string {
  const body = sentence.replace(/\{a:([^}]*)\}/g, (_m, text: string) => `<a href="${OPT_OUT_URL}">${text}</a>`);
  return `<html lang="${lang}"><body>\n<p>${body}</p>\n</body></html>`;
}
