// The one registry of email service providers: the name a config uses, the opt-out merge tags the ESP fills
// in (reference/merge-tags.md), whether it adds List-Unsubscribe itself, and the tags that render the sender's
// address and name. Every other module reads ESPs from here.

export interface MergeTag {
  esp: string;
  /** Canonical spelling. */
  tag: string;
  kind: 'unsubscribe' | 'preferences';
  /** Loose whitespace; `i` only where the ESP ignores case. Global, so callers must reset lastIndex. */
  pattern: RegExp;
  /**
   * `url`: stands for the URL; `link`: renders a whole link (`{unsubscribe_text}`, `<unsubscribe>`), never an href;
   * `either`: the URL in an href, a whole link in text (Sendy `[unsubscribe]`, `%UNSUBSCRIBELINK%`).
   */
  renders: 'url' | 'link' | 'either';
}

/**
 * ESPs that add List-Unsubscribe and List-Unsubscribe-Post themselves when they send. Conservative: 'always' only
 * when marketing sends get both headers without any setting; 'configurable' ESPs add them only when a feature is
 * switched on, so a template without the headers still fails, with a hint (see the READMEs of
 * list-unsubscribe-present and list-unsubscribe-one-click).
 */
export interface EspHeaderSupport {
  adds: 'always' | 'configurable';
  /** Which sends get the headers, or what to switch on. */
  how: string;
}

export interface Esp {
  /** The name in the config (`"esp": "mailchimp"`) and in messages. */
  id: string;
  /** How people write it. */
  name: string;
  mergeTags: readonly MergeTag[];
  headers?: EspHeaderSupport;
  /** Tags that render the sender's postal address; `exampleAddress` is the one a message suggests. */
  addressTags?: readonly RegExp[];
  exampleAddress?: string;
  /** Tags that render the sender's name. */
  senderTags?: readonly RegExp[];
}

type TagSpec = [canonical: string, kind: MergeTag['kind'], pattern: RegExp, renders?: MergeTag['renders']];

const tag = (...spec: TagSpec): TagSpec => spec;

function esp(id: string, name: string, tags: TagSpec[], more: Omit<Esp, 'id' | 'name' | 'mergeTags'> = {}): Esp {
  return { id, name, mergeTags: tags.map(([canonical, kind, pattern, renders = 'url']) => ({ esp: id, tag: canonical, kind, pattern, renders })), ...more };
}

export const ESPS: readonly Esp[] = [
  esp(
    'mailchimp',
    'Mailchimp',
    [tag('*|UNSUB|*', 'unsubscribe', /\*\|\s*UNSUB\s*\|\*/gi), tag('*|UPDATE_PROFILE|*', 'preferences', /\*\|\s*UPDATE_PROFILE\s*\|\*/gi)],
    {
      headers: { adds: 'always', how: 'Mailchimp adds both headers to campaigns' },
      addressTags: [/\*\|\s*(?:LIST:ADDRESS(?:LINE|_VCARD)?|HTML:LIST_ADDRESS(?:_HTML)?|LIST:ADDRESS_HTML)\s*\|\*/i],
      exampleAddress: '*|LIST:ADDRESSLINE|*',
      senderTags: [/\*\|\s*LIST:COMPANY\s*\|\*/i],
    },
  ),
  esp(
    'sendgrid',
    'SendGrid',
    [
      tag('{{{unsubscribe}}}', 'unsubscribe', /\{\{\{\s*unsubscribe\s*\}\}\}/g),
      tag('{{{unsubscribe_preferences}}}', 'preferences', /\{\{\{\s*unsubscribe_preferences\s*\}\}\}/g),
      tag('<%asm_group_unsubscribe_raw_url%>', 'unsubscribe', /<%\s*asm_group_unsubscribe(?:_raw)?_url\s*%>/g),
      tag('<%asm_global_unsubscribe_raw_url%>', 'unsubscribe', /<%\s*asm_global_unsubscribe(?:_raw)?_url\s*%>/g),
      tag('<%asm_preferences_raw_url%>', 'preferences', /<%\s*asm_preferences(?:_raw)?_url\s*%>/g),
      tag('[unsubscribe]', 'unsubscribe', /\[\s*unsubscribe\s*\]/gi, 'either'),
    ],
    {
      headers: { adds: 'configurable', how: 'SendGrid adds them only with an unsubscribe group (ASM) or subscription tracking enabled' },
      addressTags: [/\{\{\s*Sender_(?:Address|City|State|Zip)\s*\}\}|\[Sender_(?:Address|City|State|Zip)\]/],
      exampleAddress: '{{Sender_Address}}',
      senderTags: [/\{\{\s*Sender_Name\s*\}\}|\[Sender_Name\]/],
    },
  ),
  esp(
    'mailgun',
    'Mailgun',
    [
      tag('%unsubscribe_url%', 'unsubscribe', /%unsubscribe_url%/g),
      tag('%tag_unsubscribe_url%', 'unsubscribe', /%tag_unsubscribe_url%/g),
      tag('%mailing_list_unsubscribe_url%', 'unsubscribe', /%mailing_list_unsubscribe_url%/g),
    ],
    {
      headers: { adds: 'configurable', how: 'Mailgun adds them only with unsubscribe tracking enabled for the domain' },
    },
  ),
  esp('postmark', 'Postmark', [tag('{{{ pm:unsubscribe }}}', 'unsubscribe', /\{\{\{?\s*pm:unsubscribe\s*\}?\}\}/g)], {
    headers: { adds: 'always', how: 'Postmark adds both headers to messages sent through a Broadcast message stream' },
  }),
  esp(
    'hubspot',
    'HubSpot',
    [
      tag('{{ unsubscribe_link_all }}', 'unsubscribe', /\{\{\s*unsubscribe_link_all\s*\}\}/g),
      tag('{{ unsubscribe_link }}', 'preferences', /\{\{\s*unsubscribe_link\s*\}\}/g),
    ],
    {
      headers: { adds: 'always', how: 'HubSpot adds both headers to marketing emails' },
      addressTags: [/\{\{\s*site_settings\.company_(?:street_address_1|address)\s*\}\}/],
      exampleAddress: '{{ site_settings.company_street_address_1 }}',
      senderTags: [/\{\{\s*site_settings\.company_name\s*\}\}/],
    },
  ),
  esp(
    'klaviyo',
    'Klaviyo',
    [
      tag('{% unsubscribe %}', 'unsubscribe', /\{%\s*unsubscribe\b[^%]{0,200}%\}/g, 'link'),
      tag('{% unsubscribe_link %}', 'unsubscribe', /\{%\s*unsubscribe_link\s*%\}/g),
      tag('{% manage_preferences %}', 'preferences', /\{%\s*manage_preferences\b[^%]{0,200}%\}/g, 'link'),
    ],
    {
      headers: { adds: 'always', how: 'Klaviyo adds both headers to campaigns and flows' },
      addressTags: [/\{\{\s*organization\.(?:full_)?address\s*\}\}/],
      exampleAddress: '{{ organization.full_address }}',
      senderTags: [/\{\{\s*organization\.name\s*\}\}/],
    },
  ),
  esp(
    'brevo',
    'Brevo',
    [
      tag('{{ unsubscribe }}', 'unsubscribe', /(?<!\{)\{\{\s*unsubscribe\s*\}\}(?!\})/g),
      tag('{{ update_profile }}', 'preferences', /\{\{\s*update_profile\s*\}\}/g),
    ],
    {
      headers: { adds: 'always', how: 'Brevo adds both headers to marketing campaigns' },
    },
  ),
  esp(
    'campaign-monitor',
    'Campaign Monitor',
    [
      tag('<unsubscribe>', 'unsubscribe', /<unsubscribe\b[^<>]{0,200}>/gi, 'link'),
      tag('<preferences>', 'preferences', /<preferences\b[^<>]{0,200}>/gi, 'link'),
    ],
    {
      headers: { adds: 'always', how: 'Campaign Monitor adds both headers to campaigns' },
    },
  ),
  esp(
    'salesforce-mc',
    'Salesforce Marketing Cloud',
    [
      tag('%%unsub_center_url%%', 'unsubscribe', /%%\s*unsub_center_url\s*%%/gi),
      tag('%%profile_center_url%%', 'preferences', /%%\s*profile_center_url\s*%%/gi),
      tag('%%subscription_center_url%%', 'preferences', /%%\s*subscription_center_url\s*%%/gi),
    ],
    {
      addressTags: [/%%\s*Member_(?:Addr|City|PostalCode)\s*%%/i],
      exampleAddress: '%%Member_Addr%%',
      senderTags: [/%%\s*Member_Busname\s*%%/i],
    },
  ),
  esp(
    'customer-io',
    'Customer.io',
    [
      tag('{% unsubscribe_url %}', 'unsubscribe', /\{%\s*unsubscribe_url\s*%\}/g),
      tag('{% manage_subscription_preferences_url %}', 'preferences', /\{%\s*manage_subscription_preferences_url\s*%\}/g),
    ],
    {
      headers: { adds: 'configurable', how: "Customer.io adds them only with the workspace's List-Unsubscribe setting on" },
    },
  ),
  esp(
    'braze',
    'Braze',
    [
      tag('{{${set_user_to_unsubscribed_url}}}', 'unsubscribe', /\{\{\s*\$\{\s*set_user_to_unsubscribed_url\s*\}\s*\}\}/g),
      tag('{{${unsubscribe_url}}}', 'unsubscribe', /\{\{\s*\$\{\s*unsubscribe_url\s*\}\s*\}\}/g),
      tag('{{${set_user_to_one_click_list_unsubscribe}}}', 'preferences', /\{\{\s*\$\{\s*set_user_to_one_click_list_unsubscribe\s*\}\s*\}\}/g),
    ],
    {
      headers: { adds: 'configurable', how: "Braze adds them only with the workspace's one-click List-Unsubscribe setting on" },
    },
  ),
  esp('iterable', 'Iterable', [
    tag('{{unsubscribeUrl}}', 'unsubscribe', /\{\{\s*unsubscribeUrl\s*\}\}/g),
    tag('{{unsubscribeMessageTypeUrl}}', 'unsubscribe', /\{\{\s*unsubscribeMessageTypeUrl\s*\}\}/g),
    tag('{{hostedUnsubscribeUrl}}', 'unsubscribe', /\{\{\s*hostedUnsubscribeUrl\s*\}\}/g),
  ]),
  esp('activecampaign', 'ActiveCampaign', [tag('%UNSUBSCRIBELINK%', 'unsubscribe', /%UNSUBSCRIBELINK%/gi, 'either')], {
    addressTags: [/%SENDER-INFO(?:-SINGLELINE)?%/i],
    exampleAddress: '%SENDER-INFO%',
    senderTags: [/%SENDER-INFO(?:-SINGLELINE)?%/i],
  }),
  esp('ses', 'Amazon SES', [tag('{{amazonSESUnsubscribeUrl}}', 'unsubscribe', /\{\{\s*amazonSESUnsubscribeUrl\s*\}\}/g)], {
    headers: { adds: 'configurable', how: 'Amazon SES adds them only when the send uses a contact list and topic (subscription management)' },
  }),
  esp('mailjet', 'Mailjet', [tag('[[UNSUB_LINK_EN]]', 'unsubscribe', /\[\[\s*UNSUB_LINK(?:_[A-Z]{2}(?:[-_][A-Z]{2})?)?\s*\]\]/gi)], {
    headers: { adds: 'always', how: 'Mailjet adds both headers to campaigns' },
  }),
  esp('marketo', 'Marketo', [tag('{{system.unsubscribeLink}}', 'unsubscribe', /\{\{\s*system\.unsubscribeLink\s*\}\}/gi)]),
  // Go templates: `{{- UnsubscribeURL -}}` trims white space around the tag and is the same tag.
  esp('listmonk', 'listmonk', [
    tag('{{ UnsubscribeURL }}', 'unsubscribe', /\{\{-?\s*UnsubscribeURL\s*-?\}\}/g),
    tag('{{ UnsubscribeURL }}?manage=true', 'preferences', /\{\{-?\s*UnsubscribeURL\s*-?\}\}\?manage=true/g),
    tag('{{ ManageURL }}', 'preferences', /\{\{-?\s*ManageURL\s*-?\}\}/g),
  ]),
  esp('mautic', 'Mautic', [
    tag('{unsubscribe_url}', 'unsubscribe', /(?<![{$])\{\s*unsubscribe_url\s*\}(?!\})/g),
    tag('{unsubscribe_text}', 'unsubscribe', /(?<![{$])\{\s*unsubscribe_text\s*\}(?!\})/g, 'link'),
  ]),
  esp('constant-contact', 'Constant Contact', [tag('{unsubscribe}', 'unsubscribe', /(?<![{$])\{\s*unsubscribe\s*\}(?!\})/g)]),
  esp('resend', 'Resend', [tag('{{{RESEND_UNSUBSCRIBE_URL}}}', 'unsubscribe', /\{\{\{\s*RESEND_UNSUBSCRIBE_URL\s*\}\}\}/g)]),
  esp('sendy', 'Sendy', [
    tag('<unsubscribe>', 'unsubscribe', /<unsubscribe\b[^<>]{0,200}>/gi, 'link'),
    tag('[unsubscribe]', 'unsubscribe', /\[\s*unsubscribe\s*\]/gi, 'either'),
  ]),
  esp('dittofeed', 'Dittofeed', [tag('{% unsubscribe_link %}', 'unsubscribe', /\{%\s*unsubscribe_link\s*%\}/g)]),
];

export const ESP_IDS: readonly string[] = ESPS.map((e) => e.id);

const BY_ID = new Map(ESPS.map((e) => [e.id, e]));

export function espById(id: string | undefined): Esp | undefined {
  return id ? BY_ID.get(id) : undefined;
}

export const MERGE_TAGS: readonly MergeTag[] = ESPS.flatMap((e) => e.mergeTags);
