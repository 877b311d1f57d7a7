import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { normalizeText, normalizedWordsOf, wordsOf } from '../lexicon/index.ts';
import { parseHtml } from '../dom.ts';
import { detectLanguage, detectLanguageOfText } from './language.ts';
import { walkDocument } from '../walk.ts';
import { isLinkCandidate } from './find.ts';

const detect = (html: string, fallback?: string): string => detectLanguage(walkDocument(parseHtml(html).root, isLinkCandidate), fallback);

describe('detectLanguage', () => {
  it('reads <html lang> and xml:lang, primary subtag lowercased', () => {
    expect(detect('<html lang="it-IT"><body>Hello and thank you for your order</body></html>')).toBe('it');
    expect(detect('<HTML LANG="DE"><body></body></HTML>')).toBe('de');
    expect(detect('<html xml:lang="pt_BR"><body></body></html>')).toBe('pt');
    expect(detect('<mjml lang="fr"><mj-body></mj-body></mjml>')).toBe('fr');
  });

  it('guesses Italian from the body text', () => {
    expect(
      detect(
        '<html><head><title>The the the the</title><style>.the{}</style></head><body><p>Ciao, grazie per la tua iscrizione. Questa è la newsletter della nostra azienda, con tutte le novità che ti abbiamo promesso. Per non ricevere più le nostre email clicca qui.</p></body></html>',
      ),
    ).toBe('it');
  });

  it('guesses German from the body text', () => {
    expect(
      detect(
        '<body><p>Vielen Dank für Ihre Bestellung. Wir haben die Ware heute verschickt und Sie erhalten sie in den nächsten Tagen. Wenn Sie keine E-Mails mehr erhalten möchten, klicken Sie bitte hier.</p></body>',
      ),
    ).toBe('de');
  });

  it('guesses English, French, Spanish and Dutch', () => {
    expect(detectLanguageOfText('Thank you for your order. We will let you know when it has shipped and what to do if it is late.', 'it')).toBe('en');
    expect(detectLanguageOfText('Merci pour votre commande. Nous vous tiendrons au courant de la livraison et de tout ce qui est nouveau sur le site.')).toBe(
      'fr',
    );
    expect(detectLanguageOfText('Gracias por tu pedido. Te avisaremos cuando el paquete esté en camino y si hay algún retraso en la entrega.')).toBe('es');
    expect(detectLanguageOfText('Bedankt voor je bestelling. We laten je weten wanneer het pakket onderweg is en of er een vertraging is.')).toBe('nl');
  });

  it('falls back when there is too little text or only lorem ipsum', () => {
    expect(detect('<body><a href="#">Shop</a></body>', 'it')).toBe('it');
    expect(detect('<body></body>')).toBe('en');
    expect(
      detectLanguageOfText(
        'Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore et dolore magna aliqua. Ut enim ad minim veniam, quis nostrud exercitation ullamco laboris nisi ut aliquip ex ea commodo consequat. Duis aute irure dolor in reprehenderit in voluptate velit esse cillum dolore eu fugiat nulla pariatur.',
      ),
    ).toBe('en');
  });
});

describe('normalizedWordsOf', () => {
  it('gives the words of the normalised text, for any mix of accents, quotes, dashes, invisible characters and cases', () => {
    const pieces = [
      'a',
      'É',
      'é',
      'e\u0301',
      'İ',
      'ß',
      'Σ',
      'ς',
      '’',
      '-',
      '\u2013',
      '\u00ad',
      '\u200b',
      '\ufeff',
      ' ',
      '\u00a0',
      '\n',
      '1',
      'Ø',
      'ł',
      'ü',
      'the',
      "l'",
      'ÇA',
    ];
    const text = fc.array(fc.constantFrom(...pieces), { maxLength: 30 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, (t) => {
        expect(normalizedWordsOf(t)).toEqual(wordsOf(normalizeText(t)));
      }),
      { numRuns: 3000 },
    );
  });
});
