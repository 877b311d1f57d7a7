import { describe, expect, it } from 'vitest';
import { isTag } from 'domhandler';
import { findOptOutLinksInHtml } from './find.ts';
import type { OptOutLink } from './types.ts';

function find(html: string, lang = 'en'): OptOutLink[] {
  return findOptOutLinksInHtml(html, lang);
}

/** The source text a link's range underlines. */
const underlined = (html: string, l: OptOutLink): string => html.slice(l.range.start, l.range.end);

describe('findOptOutLinks: link text', () => {
  it('finds a plain unsubscribe link', () => {
    const html = '<p>Thanks! <a href="https://x.com/u?id=1">Unsubscribe</a></p>';
    const [link, ...rest] = find(html);
    expect(rest).toEqual([]);
    expect(link).toMatchObject({
      kind: 'unsubscribe',
      signals: ['text'],
      text: 'Unsubscribe',
      label: '',
      href: 'https://x.com/u?id=1',
      lang: 'en',
      textStatesPurpose: true,
    });
    expect(underlined(html, link!)).toBe('<a href="https://x.com/u?id=1">Unsubscribe</a>');
    expect(isTag(link!.node) && link!.node.name).toBe('a');
  });

  it('finds a preferences-only link', () => {
    const links = find('<p><a href="{{notifications_url}}">Manage notifications</a></p>');
    expect(links).toHaveLength(1);
    expect(links[0]).toMatchObject({ kind: 'preferences', signals: ['text'], textStatesPurpose: true });
  });

  it('reads uppercase tags and attributes', () => {
    const links = find('<TABLE><TR><TD><A HREF="HTTPS://X.COM/UNSUBSCRIBE" TITLE="Opt out">CLICK HERE</A></TD></TR></TABLE>');
    expect(links).toHaveLength(1);
    expect(links[0]).toMatchObject({ kind: 'unsubscribe', signals: ['label', 'href'], label: 'Opt out', textStatesPurpose: true });
  });

  it('takes the alt of an image link', () => {
    const links = find('<a href="https://x.com/bye"><img src="u.png" alt="Unsubscribe"></a>');
    expect(links).toHaveLength(1);
    expect(links[0]).toMatchObject({ kind: 'unsubscribe', signals: ['alt'], text: '', label: 'Unsubscribe', textStatesPurpose: true });
  });

  it('takes title / aria-label as label ("Sie bitte hier." titled "Abmeldung")', () => {
    const links = find('<p>Zum Abbestellen klicken <a href="https://t.example/x" title="Abmeldung">Sie bitte hier.</a></p>', 'de');
    expect(links[0]).toMatchObject({ kind: 'unsubscribe', signals: ['label'], lang: 'de', textStatesPurpose: true });
  });

  it('says a link whose text is an opt-out URL states its purpose', () => {
    const links = find('<a href="https://x.com/unsubscribe?u=1">https://x.com/unsubscribe?u=1</a>');
    expect(links).toHaveLength(1);
    expect(links[0]).toMatchObject({ kind: 'unsubscribe', textStatesPurpose: true });
    expect(links[0]!.signals).toContain('href');
  });

  it('handles the French whole-sentence link', () => {
    const html =
      '<p style="font-size:10px"><a href="https://t.example/r?x=1">Si vous ne souhaitez plus recevoir de messages de notre part ? Cliquer ici</a></p>';
    const links = find(html, 'fr');
    expect(links).toHaveLength(1);
    expect(links[0]).toMatchObject({ kind: 'unsubscribe', signals: ['text'], lang: 'fr', textStatesPurpose: true });
  });
});

describe('findOptOutLinks: context', () => {
  it('Italian "clicca qui" after "Per non ricevere più le nostre email"', () => {
    const links = find('<p>Per non ricevere più le nostre email <a href="https://x.it/r">clicca qui</a>.</p>', 'it');
    expect(links).toHaveLength(1);
    expect(links[0]).toMatchObject({ kind: 'unsubscribe', signals: ['context'], text: 'clicca qui', textStatesPurpose: false });
    expect(links[0]!.lang).toBeUndefined();
  });

  it('"To unsubscribe, click here" and "Click here to unsubscribe"', () => {
    expect(find('<p>To unsubscribe, <a href="https://x.com/r">click here</a>.</p>')[0]).toMatchObject({ signals: ['context'], kind: 'unsubscribe' });
    expect(find('<td><a href="https://x.com/r">Click here</a> to unsubscribe.</td>')[0]).toMatchObject({ signals: ['context'] });
    expect(find('<p>Wenn Sie keine E-Mails mehr erhalten möchten, <a href="https://x.de/r">klicken Sie bitte hier.</a></p>', 'de')[0]).toMatchObject({
      signals: ['context'],
    });
    expect(find('<p>Si no deseas recibir más correos, haz clic <a href="https://x.es/r">aquí</a>.</p>', 'es')[0]).toMatchObject({ signals: ['context'] });
  });

  it('takes the previous sentence when the link is a sentence of its own after a question', () => {
    expect(find('<p>Don\'t want these emails anymore?<br><a href="https://x.com/r">Click here</a></p>')[0]).toMatchObject({ signals: ['context'] });
    expect(find('<p>Vous ne souhaitez plus recevoir nos offres ? <a href="https://x.fr/r">Cliquez ici</a></p>', 'fr')[0]).toMatchObject({
      signals: ['context'],
    });
    expect(find('<p><a href="https://x.com/r">Click here</a><br>to unsubscribe from our list</p>')[0]).toMatchObject({ signals: ['context'] });
  });

  it('does not borrow another sentence or another link', () => {
    expect(find('<p>We never unsubscribe anyone. <a href="https://x.com/r">Click here</a> for deals.</p>')).toEqual([]);
    const links = find('<p><a href="https://x.com/u">Unsubscribe</a> | <a href="https://x.com/c">here</a></p>');
    expect(links.map((l) => l.text)).toEqual(['Unsubscribe']);
    expect(find('<p><a href="https://x.com/u">Unsubscribe</a> <a href="https://x.com/c">here</a></p>')).toHaveLength(1);
    expect(find('<div><p>To unsubscribe, write to us.</p><p><a href="https://x.com/r">Click here</a> for our shop.</p></div>')).toEqual([]);
  });

  it('adds context to a merge-tag link with vague text', () => {
    const links = find('<p>To stop receiving these emails <a href="*|UNSUB|*">click here</a></p>');
    expect(links[0]!.signals).toEqual(['merge-tag', 'context']);
  });
});

describe('findOptOutLinks: placeholders', () => {
  it('<a href="*|UNSUB|*">Click here</a>: merge-tag, text does not state purpose', () => {
    const links = find('<a href="*|UNSUB|*">Click here</a>');
    expect(links).toHaveLength(1);
    expect(links[0]).toMatchObject({ kind: 'unsubscribe', signals: ['merge-tag'], textStatesPurpose: false });
    expect(links[0]!.mergeTag).toEqual({ esps: ['mailchimp'], tag: '*|UNSUB|*', kind: 'unsubscribe', index: 0 });
  });

  it('reads URL-encoded SendGrid tags in hrefs', () => {
    const links = find('<a href="%3C%25asm_group_unsubscribe_raw_url%25%3E">Opt out</a>');
    expect(links[0]).toMatchObject({ signals: ['text', 'merge-tag'], mergeTag: { esps: ['sendgrid'] } });
  });

  it('Campaign Monitor <unsubscribe> inside <a href="#">: one link, the outer <a>', () => {
    const html = '<p><a href="#"><unsubscribe>Unsubscribe</unsubscribe></a></p>';
    const links = find(html);
    expect(links).toHaveLength(1);
    const link = links[0]!;
    expect(isTag(link.node) && link.node.name).toBe('a');
    expect(link).toMatchObject({ kind: 'unsubscribe', signals: ['text', 'text-merge-tag'], textStatesPurpose: true });
    expect(link.mergeTag).toMatchObject({ esps: ['campaign-monitor', 'sendy'], tag: '<unsubscribe>' });
    expect(underlined(html, link)).toBe('<a href="#"><unsubscribe>Unsubscribe</unsubscribe></a>');
  });

  it('Campaign Monitor <preferences> on its own', () => {
    const links = find('<p><preferences>Update your details</preferences></p>');
    expect(links).toHaveLength(1);
    expect(links[0]).toMatchObject({ kind: 'preferences', signals: ['text-merge-tag'], href: undefined, textStatesPurpose: false });
  });

  it('finds link-rendering placeholders written as text, with exact ranges', () => {
    const html = '<p>Bye: {unsubscribe_text} · [unsubscribe] · %UNSUBSCRIBELINK% · {% unsubscribe %}</p>';
    const links = find(html);
    expect(links.map((l) => underlined(html, l))).toEqual(['{unsubscribe_text}', '[unsubscribe]', '%UNSUBSCRIBELINK%', '{% unsubscribe %}']);
    for (const l of links) expect(l).toMatchObject({ signals: ['text-merge-tag'], kind: 'unsubscribe', textStatesPurpose: true });
  });

  it('reports URL placeholders in text as bare URLs', () => {
    const html = '<p>Unsubscribe: *|UNSUB|*</p>';
    const [link] = find(html);
    expect(link).toMatchObject({ signals: ['bare-url'], kind: 'unsubscribe', text: '*|UNSUB|*' });
    expect(underlined(html, link!)).toBe('*|UNSUB|*');
  });
});

describe('findOptOutLinks: bare URLs', () => {
  it('finds https://x.com/unsubscribe?u=1 in text at its exact offsets', () => {
    const html = '<div>Caf&eacute; &amp; more. To leave: https://x.com/unsubscribe?u=1&amp;l=2.</div>';
    const links = find(html);
    expect(links).toHaveLength(1);
    expect(links[0]).toMatchObject({ kind: 'unsubscribe', signals: ['bare-url'], textStatesPurpose: true });
    expect(underlined(html, links[0]!)).toBe('https://x.com/unsubscribe?u=1&amp;l=2');
    expect(links[0]!.node.type).toBe('text');
  });

  it('does not report URLs inside links, styles or the head', () => {
    expect(
      find('<head><title>https://x.com/unsubscribe</title></head><body><a href="https://x.com/unsubscribe">https://x.com/unsubscribe</a></body>'),
    ).toHaveLength(1);
    expect(find('<style>/* https://x.com/unsubscribe */</style>')).toEqual([]);
  });
});

describe('findOptOutLinks: elements', () => {
  it('counts Inky <item href>, <area href>, VML <v:roundrect href>, not <link>/<base>', () => {
    const html =
      '<link rel="x" href="https://x.com/unsubscribe"><base href="https://x.com/unsubscribe/">' +
      '<menu><item href="#">Unsubscribe</item></menu>' +
      '<map><area href="https://x.com/out" alt="Opt out"></map>' +
      '<v:roundrect href="https://x.com/unsubscribe"><center>Leave</center></v:roundrect>';
    expect(find(html).map((l) => (isTag(l.node) ? l.node.name : ''))).toEqual(['item', 'area', 'v:roundrect']);
  });

  it('keeps document order across links and text', () => {
    const html = '<p>https://x.com/preferences</p><p><a href="https://x.com/a">Unsubscribe</a></p><p>[unsubscribe]</p>';
    expect(find(html).map((l) => l.signals[0])).toEqual(['bare-url', 'text', 'text-merge-tag']);
  });

  it('a link that says "unsubscribe" only in its URL is still an opt-out link, not stating purpose', () => {
    expect(find('<a href="https://x.com/unsubscribe?u=1">Shop now</a>')[0]).toMatchObject({ signals: ['href'], textStatesPurpose: false });
  });
});

describe('findOptOutLinks: not opt-out links', () => {
  it.each([
    ['social link', '<p>Follow <a href="http://twitter.com/mail_gun">@Mail_Gun</a> on Twitter.</p>'],
    ['social text', '<p><a href="https://twitter.com/x">Follow us on Twitter</a></p>'],
    ['view in browser', '<p><a href="*|ARCHIVE|*">View in browser</a></p>'],
    ['subscribe', '<p><a href="https://x.com/subscribe">Subscribe</a></p>'],
    ['login', '<p><a href="https://x.com/login">Login</a></p>'],
    ['account', '<p><a href="https://x.com/account">Manage your account</a></p>'],
    ['homepage', '<p><a href="https://x.com/">x.com</a></p>'],
    ['italian subscribe', '<p><a href="https://x.it/iscriviti">Iscriviti</a></p>'],
    ['german login', '<p><a href="https://x.de/anmelden">Jetzt anmelden</a></p>'],
    ['facebook profile', '<p><a href="https://www.facebook.com/profile.php?id=4">Facebook</a></p>'],
    ['plain text instruction without link', '<p>To unsubscribe, reply STOP.</p>'],
    ['anchor without href', '<a name="unsubscribe">Top</a>'],
    ['app settings', '<p><a href="https://x.com/settings">Settings</a></p>'],
    ['vague link in an unrelated sentence', '<p>Questa email è stata inviata a te. <a href="https://x.it">Clicca qui</a> per vedere le offerte.</p>'],
  ])('%s', (_name, html) => expect(find(html)).toEqual([]));
});
