// Opt-out URLs that an application's own templates build (Django, Jinja/Flask, Go, Handlebars senders): the site's
// address from a variable, the path from the framework's router. Such a URL is absolute once rendered; a bare route
// (`{% url 'unsubscribe' %}`, `{{ url_for('unsubscribe') }}`) renders only a path, which an email cannot resolve.

/** Django's `{% url … %}`, Flask's `{{ url_for(…) }}` without `_external=True`: a path like `/newsletter/unsubscribe/…`. */
const ROUTE_ONLY = [/^\{%-?\s*url\s[^%]{0,300}%\}$/, /^\{\{-?\s*url_for\s*\((?![^}]*_external\s*=\s*True)[^}]{0,300}\}\}$/];
/** Flask's `{{ url_for(…, _external=True) }}`: an absolute URL. */
const EXTERNAL_ROUTE = /^\{\{-?\s*url_for\s*\([^}]{0,300}_external\s*=\s*True[^}]{0,300}\}\}$/;
/** A variable for the site's address, then a path, a route or `://`: `{{ site_url }}/unsubscribe`, `{{ base }}{% url … %}`. */
const ORIGIN_THEN_PATH = /^(?:\{\{[^{}\n]{1,200}\}\}|\{%(?!-?\s*url\s)[^%\n]{1,200}%\})(?:\/|:\/\/|\{%-?\s*url\s|\{\{-?\s*url_for\b)/;

/** `path`: renders a path only; `absolute`: the template builds an absolute URL; undefined: not a template-built URL. */
export function templateBuiltUrl(href: string): 'path' | 'absolute' | undefined {
  if (EXTERNAL_ROUTE.test(href)) return 'absolute';
  if (ROUTE_ONLY.some((re) => re.test(href))) return 'path';
  if (ORIGIN_THEN_PATH.test(href)) return 'absolute';
  return undefined;
}

/** For the ReDoS test. */
export const TEMPLATE_URL_PATTERNS: readonly RegExp[] = [...ROUTE_ONLY, EXTERNAL_ROUTE, ORIGIN_THEN_PATH];
