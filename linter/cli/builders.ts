// The input builders of the Node hosts (CLI, API, workers): MJML compiled with mjml, and .eml.
import { mjmlBuilder, type CompiledMjml, type MjmlCompiler } from '../builders/mjml.ts';
import { stylesheetBuilder } from '../builders/stylesheet.ts';
import type { InputBuilder } from '../builders/index.ts';
import { nodeTemplateHost, templateBuilders } from './templates.ts';
import { reactEmailBuilder } from './react-email.ts';

/** Compiles in this thread; mjml (~400 ms to import) is loaded at the first .mjml file, never for HTML-only runs. */
export async function compileMjmlInThread(text: string): Promise<CompiledMjml> {
  const { compileMjmlParts } = await import('./mjml-compile.ts');
  return compileMjmlParts(text);
}

/** .eml, its MIME reader (postal-mime) loaded at the first .eml file: start-up of HTML-only runs. */
const emlOnFirstUse: InputBuilder = {
  name: 'eml',
  extensions: ['.eml'],
  async build(input) {
    const { emlBuilder } = await import('../builders/eml.ts');
    return emlBuilder.build(input);
  },
};

/** Every builder the Node hosts know; `compileMjml` replaces the in-thread compiler (the CLI's worker). */
export function nodeBuilders(options: { compileMjml?: MjmlCompiler } = {}): InputBuilder[] {
  return [
    mjmlBuilder(options.compileMjml ?? compileMjmlInThread, nodeTemplateHost),
    emlOnFirstUse,
    stylesheetBuilder,
    ...templateBuilders(),
    reactEmailBuilder,
  ];
}

/** Whether a file name is compiled by the MJML builder (the CLI schedules those files apart). */
export function isMjmlFile(filename: string): boolean {
  return filename.toLowerCase().endsWith('.mjml');
}
