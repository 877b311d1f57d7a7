// Whether the configured ESP adds List-Unsubscribe and List-Unsubscribe-Post itself (the registry says which).
import { espById, type EspHeaderSupport } from '../esp/registry.ts';

export type { EspHeaderSupport } from '../esp/registry.ts';

/** Support for the configured ESP, when the headers being linted are a template's (a rendered message has no excuse). */
export function espHeaderSupport(esp: string | undefined): EspHeaderSupport | undefined {
  return espById(esp)?.headers;
}
