// ESPs that add List-Unsubscribe and List-Unsubscribe-Post themselves when they send. Conservative: an ESP is
// 'always' only when its marketing sends get both headers without any setting; 'configurable' ESPs add them only
// when a feature is switched on, so a template without the headers still fails, with a hint. See the READMEs of
// list-unsubscribe-present and list-unsubscribe-one-click.

export interface EspHeaderSupport {
  adds: 'always' | 'configurable';
  /** Which sends get the headers, or what to switch on. */
  how: string;
}

export const ESP_HEADER_SUPPORT: Readonly<Record<string, EspHeaderSupport>> = {
  mailchimp: { adds: 'always', how: 'Mailchimp adds both headers to campaigns' },
  klaviyo: { adds: 'always', how: 'Klaviyo adds both headers to campaigns and flows' },
  brevo: { adds: 'always', how: 'Brevo adds both headers to marketing campaigns' },
  hubspot: { adds: 'always', how: 'HubSpot adds both headers to marketing emails' },
  'campaign-monitor': { adds: 'always', how: 'Campaign Monitor adds both headers to campaigns' },
  mailjet: { adds: 'always', how: 'Mailjet adds both headers to campaigns' },
  postmark: { adds: 'always', how: 'Postmark adds both headers to messages sent through a Broadcast message stream' },
  sendgrid: { adds: 'configurable', how: 'SendGrid adds them only with an unsubscribe group (ASM) or subscription tracking enabled' },
  mailgun: { adds: 'configurable', how: 'Mailgun adds them only with unsubscribe tracking enabled for the domain' },
  ses: { adds: 'configurable', how: 'Amazon SES adds them only when the send uses a contact list and topic (subscription management)' },
  'customer-io': { adds: 'configurable', how: "Customer.io adds them only with the workspace's List-Unsubscribe setting on" },
  braze: { adds: 'configurable', how: "Braze adds them only with the workspace's one-click List-Unsubscribe setting on" },
};

/** Support for the configured ESP, when the headers being linted are a template's (a rendered message has no excuse). */
export function espHeaderSupport(esp: string | undefined): EspHeaderSupport | undefined {
  return esp ? ESP_HEADER_SUPPORT[esp] : undefined;
}
