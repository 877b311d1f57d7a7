import { describe, expect, it } from 'vitest';
import { ESP_IDS, MERGE_TAGS } from '../esp/registry.ts';
import { MERGE_TAG_KEYWORD, exampleOptOutHref, findMergeTags, isLinkRenderingTag, looksLikePlaceholder, matchMergeTag } from './merge-tags.ts';

// Every placeholder of reference/merge-tags.md, as written there and with other spacing.
const CASES: [written: string, esp: string, kind: 'unsubscribe' | 'preferences'][] = [
  ['*|UNSUB|*', 'mailchimp', 'unsubscribe'],
  ['*|unsub|*', 'mailchimp', 'unsubscribe'],
  ['*|UPDATE_PROFILE|*', 'mailchimp', 'preferences'],
  ['{{{unsubscribe}}}', 'sendgrid', 'unsubscribe'],
  ['{{{ unsubscribe }}}', 'sendgrid', 'unsubscribe'],
  ['<%asm_group_unsubscribe_raw_url%>', 'sendgrid', 'unsubscribe'],
  ['<% asm_global_unsubscribe_raw_url %>', 'sendgrid', 'unsubscribe'],
  ['[unsubscribe]', 'sendgrid', 'unsubscribe'],
  ['{{{unsubscribe_preferences}}}', 'sendgrid', 'preferences'],
  ['<%asm_preferences_raw_url%>', 'sendgrid', 'preferences'],
  ['%unsubscribe_url%', 'mailgun', 'unsubscribe'],
  ['%tag_unsubscribe_url%', 'mailgun', 'unsubscribe'],
  ['%mailing_list_unsubscribe_url%', 'mailgun', 'unsubscribe'],
  ['{{{ pm:unsubscribe }}}', 'postmark', 'unsubscribe'],
  ['{{{pm:unsubscribe}}}', 'postmark', 'unsubscribe'],
  ['{{ unsubscribe_link_all }}', 'hubspot', 'unsubscribe'],
  ['{{unsubscribe_link_all}}', 'hubspot', 'unsubscribe'],
  ['{{ unsubscribe_link }}', 'hubspot', 'preferences'],
  ['{% unsubscribe %}', 'klaviyo', 'unsubscribe'],
  ['{%unsubscribe%}', 'klaviyo', 'unsubscribe'],
  ["{% unsubscribe 'Click here' %}", 'klaviyo', 'unsubscribe'],
  ['{% unsubscribe_link %}', 'klaviyo', 'unsubscribe'],
  ['{% manage_preferences %}', 'klaviyo', 'preferences'],
  ['{{ unsubscribe }}', 'brevo', 'unsubscribe'],
  ['{{unsubscribe}}', 'brevo', 'unsubscribe'],
  ['{{ update_profile }}', 'brevo', 'preferences'],
  ['<unsubscribe>', 'campaign-monitor', 'unsubscribe'],
  ['<preferences>', 'campaign-monitor', 'preferences'],
  ['%%unsub_center_url%%', 'salesforce-mc', 'unsubscribe'],
  ['%%UNSUB_CENTER_URL%%', 'salesforce-mc', 'unsubscribe'],
  ['%%profile_center_url%%', 'salesforce-mc', 'preferences'],
  ['%%subscription_center_url%%', 'salesforce-mc', 'preferences'],
  ['{% unsubscribe_url %}', 'customer-io', 'unsubscribe'],
  ['{% manage_subscription_preferences_url %}', 'customer-io', 'preferences'],
  ['{{${set_user_to_unsubscribed_url}}}', 'braze', 'unsubscribe'],
  ['{{ ${set_user_to_unsubscribed_url} }}', 'braze', 'unsubscribe'],
  ['{{${unsubscribe_url}}}', 'braze', 'unsubscribe'],
  ['{{${set_user_to_one_click_list_unsubscribe}}}', 'braze', 'preferences'],
  ['{{unsubscribeUrl}}', 'iterable', 'unsubscribe'],
  ['{{ unsubscribeMessageTypeUrl }}', 'iterable', 'unsubscribe'],
  ['{{hostedUnsubscribeUrl}}', 'iterable', 'unsubscribe'],
  ['%UNSUBSCRIBELINK%', 'activecampaign', 'unsubscribe'],
  ['{{amazonSESUnsubscribeUrl}}', 'ses', 'unsubscribe'],
  ['[[UNSUB_LINK_EN]]', 'mailjet', 'unsubscribe'],
  ['[[UNSUB_LINK_FR]]', 'mailjet', 'unsubscribe'],
  ['[[UNSUB_LINK_PT_BR]]', 'mailjet', 'unsubscribe'],
  ['[[UNSUB_LINK]]', 'mailjet', 'unsubscribe'],
  ['{{system.unsubscribeLink}}', 'marketo', 'unsubscribe'],
  ['{{ UnsubscribeURL }}', 'listmonk', 'unsubscribe'],
  ['{{ UnsubscribeURL }}?manage=true', 'listmonk', 'preferences'],
  ['{unsubscribe_url}', 'mautic', 'unsubscribe'],
  ['{unsubscribe_text}', 'mautic', 'unsubscribe'],
  ['{unsubscribe}', 'constant-contact', 'unsubscribe'],
  ['{{{RESEND_UNSUBSCRIBE_URL}}}', 'resend', 'unsubscribe'],
  ['[unsubscribe]', 'sendy', 'unsubscribe'],
  ['<unsubscribe>', 'sendy', 'unsubscribe'],
  ['{% unsubscribe_link %}', 'dittofeed', 'unsubscribe'],
];

describe('findMergeTags', () => {
  it.each(CASES)('%s → %s %s', (written, esp, kind) => {
    const m = matchMergeTag(written);
    expect(m).toBeDefined();
    expect(m!.esps).toContain(esp);
    expect(m!.kind).toBe(kind);
    expect(m!.tag).toBe(written);
    expect(m!.index).toBe(0);
    // Inside a longer string too.
    const inside = findMergeTags(`Click: ${written} thanks`);
    expect(inside).toHaveLength(1);
    expect(inside[0]!.index).toBe(7);
  });

  it('has a row for every ESP of the reference', () => {
    for (const [, esp] of CASES) expect(ESP_IDS).toContain(esp);
    expect(new Set(MERGE_TAGS.map((t) => t.esp))).toEqual(new Set(ESP_IDS));
  });

  it('takes the longest spelling where spellings nest, and merges ESPs sharing one', () => {
    expect(findMergeTags('{{{unsubscribe}}}')).toEqual([{ esps: ['sendgrid'], tag: '{{{unsubscribe}}}', kind: 'unsubscribe', index: 0 }]);
    expect(findMergeTags('{% unsubscribe_link %}')[0]!.esps).toEqual(['klaviyo', 'dittofeed']);
    expect(findMergeTags('{{${unsubscribe_url}}}')[0]!.esps).toEqual(['braze']);
  });

  it('is case-sensitive only where the ESP is', () => {
    expect(matchMergeTag('*|Unsub|*')).toBeDefined();
    expect(matchMergeTag('[[unsub_link_it]]')).toBeDefined();
    expect(matchMergeTag('{{{Unsubscribe}}}')).toBeUndefined();
    expect(matchMergeTag('{{unsubscribeurl}}')).toBeUndefined();
  });

  it('finds SendGrid tags URL-encoded in an href, pointing at the written text', () => {
    const href = 'https://x.com/?u=%3C%25asm_group_unsubscribe_raw_url%25%3E';
    const m = matchMergeTag(href);
    expect(m).toMatchObject({ esps: ['sendgrid'], kind: 'unsubscribe', tag: '%3C%25asm_group_unsubscribe_raw_url%25%3E', index: 17 });
    expect(matchMergeTag('%3C%25asm_preferences_raw_url%25%3E')?.kind).toBe('preferences');
  });

  it('finds several tags in order', () => {
    expect(findMergeTags('*|UPDATE_PROFILE|* or *|UNSUB|*').map((m) => m.kind)).toEqual(['preferences', 'unsubscribe']);
  });

  it('ignores other placeholders', () => {
    for (const s of ['*|ARCHIVE|*', '{{notifications_url}}', '%SENDER-INFO%', '{{ subscribe }}', '[subscribe]', '{unsubscribed}']) {
      expect(matchMergeTag(s), s).toBeUndefined();
    }
  });

  it('tells placeholders that render a whole link in text', () => {
    expect(isLinkRenderingTag(matchMergeTag('{unsubscribe_text}')!)).toBe(true);
    expect(isLinkRenderingTag(matchMergeTag('[unsubscribe]')!)).toBe(true);
    expect(isLinkRenderingTag(matchMergeTag('%UNSUBSCRIBELINK%')!)).toBe(true);
    expect(isLinkRenderingTag(matchMergeTag('*|UNSUB|*')!)).toBe(false);
  });
});

describe('the keyword pre-filter', () => {
  it.each(MERGE_TAGS.map((t) => [t.esp, t.tag, t] as const))('%s %s: its spelling and its pattern hold a keyword, literally', (_esp, tag, def) => {
    expect(MERGE_TAG_KEYWORD.test(tag)).toBe(true);
    // In the pattern's source as plain letters: every match of the pattern then contains it too.
    expect(MERGE_TAG_KEYWORD.test(def.pattern.source)).toBe(true);
  });

  it('still finds tags in text that carries other words, and percent-encoded ones', () => {
    expect(findMergeTags('Click <%asm_preferences_raw_url%> now').map((t) => t.kind)).toEqual(['preferences']);
    expect(findMergeTags('%25%25subscription_center_url%25%25').map((t) => t.tag)).toEqual(['%25%25subscription_center_url%25%25']);
    expect(findMergeTags('Plain text with {{ name }} only')).toEqual([]);
  });
});

describe('looksLikePlaceholder', () => {
  it.each([
    '{{x}}',
    '{{{ x }}}',
    '*|ARCHIVE|*',
    '%unsubscribe_url%',
    '%%unsub_center_url%%',
    '[[UNSUB_LINK_EN]]',
    '[unsubscribe]',
    '<%asm_group_unsubscribe_raw_url%>',
    '{% unsubscribe %}',
    '{unsubscribe_url}',
    '${unsubscribe}',
    ' {{notifications_url}} ',
    '%3C%25asm_group_unsubscribe_raw_url%25%3E',
    '{{${set_user_to_unsubscribed_url}}}',
  ])('%s is a placeholder', (s) => expect(looksLikePlaceholder(s)).toBe(true));

  it.each(['https://x.com/unsubscribe', '#', '', 'mailto:a@b.c', '{{ x }}/path', '100%', 'Unsubscribe'])('%s is not', (s) =>
    expect(looksLikePlaceholder(s)).toBe(false),
  );
});

describe('exampleOptOutHref', () => {
  it("suggests the ESP's URL tag, or a plain URL", () => {
    expect(exampleOptOutHref('mailchimp')).toBe('*|UNSUB|*');
    expect(exampleOptOutHref('klaviyo')).toBe('{% unsubscribe_link %}');
    expect(exampleOptOutHref('campaign-monitor')).toBe('https://example.com/unsubscribe');
    expect(exampleOptOutHref()).toBe('https://example.com/unsubscribe');
  });
});
