import Handlebars from 'handlebars';
import { DOCUMENT_HEAD_PARTIAL, ND30_CLOSING_PARTIAL, ND30_HEADER_PARTIAL, SIGNATURE_ROW_PARTIAL, VERIFICATION_PARTIAL } from './nd30.partials';

/**
 * strict: a field missing from the view throws instead of printing nothing (views set absent
 * values to null explicitly). knownHelpersOnly: templates use the built-in helpers only.
 * HTML escaping stays on (noEscape false): every `{{value}}` is escaped.
 */
const COMPILE_OPTIONS: CompileOptions = { strict: true, knownHelpersOnly: true, noEscape: false, preventIndent: true };

/** A private environment, so nothing registered elsewhere in the process changes our output. */
const env = Handlebars.create();
env.registerPartial('documentHead', env.compile(DOCUMENT_HEAD_PARTIAL, COMPILE_OPTIONS));
env.registerPartial('nd30Header', env.compile(ND30_HEADER_PARTIAL, COMPILE_OPTIONS));
env.registerPartial('nd30Closing', env.compile(ND30_CLOSING_PARTIAL, COMPILE_OPTIONS));
env.registerPartial('signatureRow', env.compile(SIGNATURE_ROW_PARTIAL, COMPILE_OPTIONS));
env.registerPartial('verification', env.compile(VERIFICATION_PARTIAL, COMPILE_OPTIONS));

/** Compiles on first use and keeps the compiled function. */
export function defineTemplate<View extends object>(source: string): (view: View) => string {
  let compiled: HandlebarsTemplateDelegate<View> | undefined;
  return (view) => {
    compiled ??= env.compile<View>(source, COMPILE_OPTIONS);
    return compiled(view);
  };
}
