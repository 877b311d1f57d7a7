import type { Lexicon } from './types.ts';

export default {
  lang: 'en',
  suggestion: 'Unsubscribe',
  unsubscribe: [
    'unsubscrib*', 'unsub', 'opt out', 'opt-out', 'optout', 'opt me out', 'opting out',
    'remove me', 'remove yourself', 'remove my email', 'stop receiving', 'stop getting', 'stop these emails',
    'stop emails', 'stop all emails', 'leave this list', 'leave the list', 'leave our list',
    'unsubscribe from this list', 'email opt-out',
  ],
  preferences: [
    '=preferences', '=email preferences', 'manage preferences', 'manage your preferences',
    'manage my preferences', 'update preferences', 'update your preferences', 'change preferences',
    'change your preferences', 'edit preferences', 'edit your preferences', 'email preferences',
    'e-mail preferences', 'mail preferences', 'communication preferences', 'subscription preferences',
    'update subscription preferences', 'notification preferences', 'notification settings',
    'manage notifications', 'email settings', 'e-mail settings', 'subscription settings', 'newsletter settings',
    'manage subscription', 'manage subscriptions', 'manage your subscription', 'manage your subscriptions',
    'manage email', 'manage emails', 'manage email settings', 'preference center', 'preference centre',
    'email frequency',
  ],
  ambiguous: [
    'here', 'click here', 'click', 'click this', 'clicking here', 'tap here', 'press here', 'this link', 'link',
    'this', 'this page', 'the link below', 'following link', 'go', 'please click here', 'click here please',
  ],
  context: [
    'no longer wish to receive', 'no longer want to receive', 'no longer like to receive', 'no longer receive',
    "don't want to receive", 'dont want to receive', 'do not want to receive', "don't wish to receive",
    'do not wish to receive', 'prefer not to receive', 'rather not receive', 'would like to stop',
    "don't want these emails", "don't like these emails", 'do not want these emails', 'receive fewer emails',
    'no longer hear from us', "don't want to hear from us", 'to be removed from', 'removed from our list',
    'removed from this list', 'removed from our mailing list', 'no longer be contacted',
  ],
  stopwords: [
    'the', 'and', 'you', 'your', 'to', 'of', 'for', 'is', 'are', 'this', 'that', 'with', 'our', 'we', 'be',
    'have', 'it', 'on', 'from', 'by', 'will', 'can', 'if', 'not', 'or', 'at', 'an', 'all', 'more', 'was',
    'has', 'what', 'about', 'which', 'they', 'their', 'would', 'there', 'been', 'just', 'get',
  ],
} satisfies Lexicon;
