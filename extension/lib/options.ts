// The options page: profile, locales, severity overrides, thresholds, Send guard and per-site switch,
// stored in storage.sync and validated by the CLI's own config resolver before saving.
import { adapters } from '../adapters/index.ts';
import { presets, rules } from '../../rules/index.ts';
import type { SeverityName } from '../../linter/types.ts';
import { loadSettings, saveSettings, type Settings } from './settings.ts';
import { resolveSettings } from './settings-config.ts';
import { localise } from './popup.ts';
import { ruleName, t } from './i18n.ts';

function fillForm(doc: Document, s: Settings): void {
  const form = doc.getElementById('form') as HTMLFormElement;
  const profile = form.elements.namedItem('profile') as HTMLSelectElement;
  profile.replaceChildren(...Object.keys(presets).map((p) => new Option(p, p, false, p === s.profile)));
  (form.elements.namedItem('locales') as HTMLInputElement).value = s.locales.join(', ');
  (form.elements.namedItem('minFontSize') as HTMLInputElement).value = s.minFontSize?.toString() ?? '';
  (form.elements.namedItem('minContrast') as HTMLInputElement).value = s.minContrast?.toString() ?? '';
  (form.elements.namedItem('guard') as HTMLInputElement).checked = s.guard;

  const severities = doc.getElementById('severities')!;
  severities.querySelectorAll('label').forEach((l) => l.remove());
  for (const rule of rules) {
    const label = doc.createElement('label');
    const select = doc.createElement('select');
    select.name = `severity:${rule.meta.id}`;
    const choices: [string, string][] = [
      ['', t('optDefault')],
      ['off', t('optOff')],
      ['warn', t('optWarn')],
      ['error', t('optError')],
    ];
    select.append(...choices.map(([v, text]) => new Option(text, v, false, (s.severities[rule.meta.id] ?? '') === v)));
    // The rule in words, in the UI's language; its id (what configs and the CLI say) in small print.
    const name = doc.createElement('span');
    name.textContent = ruleName(rule.meta.id);
    const code = doc.createElement('code');
    code.textContent = rule.meta.id;
    label.append(name, ' ', select, ' ', code);
    label.title = rule.meta.description;
    severities.append(label);
  }

  const sites = doc.getElementById('sites')!;
  sites.querySelectorAll('label').forEach((l) => l.remove());
  for (const a of adapters) {
    const label = doc.createElement('label');
    const box = doc.createElement('input');
    box.type = 'checkbox';
    box.name = `site:${a.id}`;
    box.checked = !s.disabledSites.includes(a.id);
    label.append(box, ` ${a.name}`);
    sites.append(label);
  }
}

function readForm(doc: Document): Settings {
  const form = doc.getElementById('form') as HTMLFormElement;
  const value = (name: string) => (form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement | null)?.value ?? '';
  const num = (name: string) => (value(name).trim() === '' ? undefined : Number(value(name)));
  const severities: Record<string, SeverityName> = {};
  for (const rule of rules) {
    const v = value(`severity:${rule.meta.id}`);
    if (v === 'off' || v === 'warn' || v === 'error') severities[rule.meta.id] = v;
  }
  const minFontSize = num('minFontSize');
  const minContrast = num('minContrast');
  return {
    profile: value('profile') || 'recommended',
    locales: value('locales')
      .split(/[\s,]+/)
      .filter(Boolean),
    severities,
    ...(minFontSize !== undefined ? { minFontSize } : {}),
    ...(minContrast !== undefined ? { minContrast } : {}),
    guard: (form.elements.namedItem('guard') as HTMLInputElement).checked,
    disabledSites: adapters.filter((a) => !(form.elements.namedItem(`site:${a.id}`) as HTMLInputElement | null)?.checked).map((a) => a.id),
  };
}

export async function startOptions(doc: Document): Promise<void> {
  localise(doc);
  fillForm(doc, await loadSettings());
  const message = doc.getElementById('message')!;
  doc.getElementById('form')!.addEventListener('submit', async (e) => {
    e.preventDefault();
    try {
      await saveSettings(readForm(doc), resolveSettings);
      message.dataset.kind = 'ok';
      message.textContent = t('optSaved');
    } catch (error) {
      message.dataset.kind = 'error';
      message.textContent = t('optInvalid', error instanceof Error ? error.message : String(error));
    }
  });
}
