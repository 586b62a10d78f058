/**
 * The safety check: does a message show acute risk (suicidal thoughts or plans, self-harm, abuse
 * or neglect at home, violence now, sexual violence or exploitation, nowhere to sleep tonight)?
 * Idioms ("ik verveel me kapot") are masked first; then the first rule of the lexicon whose concept
 * groups all occur near each other, and that no exception or canceller rules out, gives the kind.
 */
import { type CrisisKind, type CrisisLexicon, loadCrisisLexicon } from './crisisLexicon.js';
import { type Pattern, PatternCompiler, type TermSet, TokenView } from './crisisPatterns.js';

export { crisisKinds, crisisLexiconSchema, type CrisisKind } from './crisisLexicon.js';

export interface CrisisSignal {
  kind: CrisisKind;
}

interface CompiledRule {
  kind: CrisisKind;
  pattern: Pattern;
  unless: readonly Pattern[];
  refine: readonly { kind: CrisisKind; when: TermSet }[];
}

interface Canceller {
  kinds: readonly CrisisKind[];
  pattern: Pattern;
}

export class CrisisDetector {
  private readonly idioms: readonly Pattern[];
  private readonly cancellers: readonly Canceller[];
  private readonly rules: readonly CompiledRule[];

  constructor(lexicon: CrisisLexicon) {
    const compiler = new PatternCompiler(lexicon.concepts);
    this.idioms = lexicon.idioms.map((idiom) => compiler.pattern(idiom));
    this.cancellers = lexicon.cancel.map((c) => ({ kinds: c.kinds, pattern: compiler.pattern(c) }));
    this.rules = lexicon.rules.map((rule) => ({
      kind: rule.kind,
      pattern: compiler.pattern(rule),
      unless: (rule.unless ?? []).map((u) =>
        typeof u === 'string' || Array.isArray(u) ? compiler.pattern({ all: [u], window: Number.MAX_SAFE_INTEGER }) : compiler.pattern(u),
      ),
      refine: (rule.refine ?? []).map((r) => ({ kind: r.kind, when: compiler.group(r.when) })),
    }));
  }

  static load(contentDir: string): CrisisDetector {
    return new CrisisDetector(loadCrisisLexicon(contentDir));
  }

  detect(text: string): CrisisSignal | null {
    const view = this.withoutIdioms(TokenView.of(text));
    const cancelled = new Set(this.cancellers.filter((c) => c.pattern.matches(view)).flatMap((c) => c.kinds));
    for (const rule of this.rules) {
      if (cancelled.has(rule.kind) || !rule.pattern.matches(view)) continue;
      if (rule.unless.some((exception) => exception.matches(view))) continue;
      const refined = rule.refine.find((r) => view.spans(r.when).length > 0);
      return { kind: refined?.kind ?? rule.kind };
    }
    return null;
  }

  private withoutIdioms(view: TokenView): TokenView {
    let masked = view;
    for (const idiom of this.idioms) {
      for (let span = idiom.find(masked); span; span = idiom.find(masked)) masked = masked.mask(span);
    }
    return masked;
  }
}
