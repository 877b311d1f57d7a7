import { describe, expect, it } from 'vitest';
import { classifyHref, findBareOptOutUrls, isBareOptOutUrl, isUrlText } from './href.ts';

describe('classifyHref', () => {
  it.each([
    'https://example.com/unsubscribe',
    'https://example.com/unsubscribe?u=1',
    'HTTPS://EXAMPLE.COM/UNSUBSCRIBE',
    'https://example.com/email/unsub/123',
    'https://example.com/?action=x&unsubscribe=1',
    'https://us1.list-manage.com/unsubscribe?u=a&id=b',
    'https://example.com/optout',
    'https://example.com/opt-out?e=1',
    'https://example.com/newsletter/abmelden',
    'https://example.com/abbestellen',
    'https://example.com/it/disiscriviti',
    'https://example.com/desinscription',
    'https://example.com/d%C3%A9sabonnement',
    'https://example.com/desabonner',
    'https://example.com/es/baja?id=1',
    'https://example.com/afmelden',
    'https://example.com/uitschrijven',
    'https://example.com/wypisz',
    'https://example.com/avanmalan',
    'https://example.com/unsuscribe.php?id=1',
    'https://manage.kmail-lists.com/subscriptions/unsubscribe?a=1',
    'mailto:list@example.com?subject=unsubscribe',
    'mailto:list@example.com?subject=Unsubscribe%20me',
    'mailto:unsubscribe@example.com',
    'mailto:leave-123@lists.example.com',
  ])('%s → unsubscribe', (href) => expect(classifyHref(href)).toBe('unsubscribe'));

  it.each([
    'https://example.com/preferences',
    'https://example.com/email-preferences?u=1',
    'https://example.com/manage-subscription',
    'https://example.com/subscription-center',
    'https://us1.list-manage.com/profile?u=a&id=b',
    'https://example.com/update_profile',
    'https://example.com/notification-settings',
    'https://lists.sourceforge.net/lists/listinfo/v9fs-developer',
    'https://mail.python.org/mailman/listinfo/python-dev',
    'https://lists.example.org/mailman/options/announce',
  ])('%s → preferences', (href) => expect(classifyHref(href)).toBe('preferences'));

  it.each([
    undefined,
    '',
    '#',
    '#unsubscribe',
    'javascript:void(0)',
    'https://example.com/',
    'https://example.com/subscribe',
    'https://twitter.com/mail_gun',
    'https://www.facebook.com/profile.php?id=1',
    'https://example.com/login',
    'https://example.com/account',
    'https://example.com/baja-california',
    'mailto:hello@example.com',
    'https://bajaboats.com/',
    'https://example.com/lists/best-of-2024',
    'https://example.com/listinfo',
  ])('%s → nothing', (href) => expect(classifyHref(href)).toBeUndefined());
});

describe('URLs written as text', () => {
  it('finds opt-out URLs with their offsets, without trailing punctuation', () => {
    const text = 'Visit https://x.com/shop. To stop: https://x.com/unsubscribe?u=1. Or https://x.com/preferences)';
    expect(findBareOptOutUrls(text)).toEqual([
      { index: 35, url: 'https://x.com/unsubscribe?u=1', kind: 'unsubscribe' },
      { index: 69, url: 'https://x.com/preferences', kind: 'preferences' },
    ]);
    expect(findBareOptOutUrls('[/https://sendfox.com/trk/unsubscribe/abc]')[0]?.url).toBe('https://sendfox.com/trk/unsubscribe/abc');
    expect(findBareOptOutUrls('go to www.x.com/unsubscribe now')[0]).toMatchObject({ index: 6, url: 'www.x.com/unsubscribe' });
  });

  it('tells whether a whole text is a (opt-out) URL', () => {
    expect(isUrlText(' https://x.com/a?b=1 ')).toBe(true);
    expect(isUrlText('see https://x.com')).toBe(false);
    expect(isBareOptOutUrl('https://x.com/unsubscribe?u=1')).toBe(true);
    expect(isBareOptOutUrl('https://x.com/')).toBe(false);
    expect(isBareOptOutUrl('Unsubscribe')).toBe(false);
  });
});
