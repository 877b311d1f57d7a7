import { defineRule, docsUrl, type ProbeOutcome, type ReportDescriptor } from '../../linter/rule-api.ts';

export default defineRule({
  meta: {
    id: 'list-unsubscribe-endpoint',
    description: 'With --probe: the one-click POST and the body link answer 2xx, without redirects on the POST and without a login page.',
    severity: 'error',
    scope: 'headers',
    wholeEmail: true,
    docs: { url: docsUrl('list-unsubscribe-endpoint') },
    regulations: ['rfc8058', 'gmail-yahoo', 'can-spam'],
    messages: {
      status: '{{method}} {{url}} answered {{status}}; an unsubscribe endpoint must answer 2xx.',
      redirect:
        'The one-click POST to {{url}} was answered with a redirect ({{status}} to {{location}}); RFC 8058 forbids redirects: unsubscribe and answer 2xx.',
      tooManyRedirects: 'GET {{url}} was redirected more than {{detail}} times.',
      login: 'GET {{url}} lands on a login page ({{location}}); unsubscribing must not require logging in.',
      timeout: '{{method}} {{url}} did not answer within {{detail}}.',
      tls: '{{method}} {{url}} failed the TLS handshake ({{detail}}).',
      network: '{{method}} {{url}} could not be reached ({{detail}}).',
      refused: '{{method}} {{url}} was not sent: {{detail}} is a loopback, private, link-local or metadata address (pass --probe-allow-private to probe it).',
    },
  },
  check(doc, ctx) {
    for (const o of doc.message.probe?.outcomes ?? []) {
      if (!o.problem) continue;
      const where: Pick<ReportDescriptor, 'header' | 'range'> = o.header ? { header: o.header } : o.range ? { range: o.range } : {};
      ctx.report({ messageId: messageIdOf(o), ...where, data: dataOf(o) });
    }
  },
});

function messageIdOf(o: ProbeOutcome): string {
  return o.problem === 'too-many-redirects' ? 'tooManyRedirects' : (o.problem ?? 'network');
}

function dataOf(o: ProbeOutcome): Record<string, string | number> {
  return {
    method: o.method,
    url: o.url.length > 100 ? `${o.url.slice(0, 97)}…` : o.url,
    status: o.status ?? '',
    location: o.location ?? '',
    detail: o.detail ?? '',
  };
}
