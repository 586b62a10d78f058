/**
 * Trained models kept on disk beside the build (dist/models), named by a hash of everything that
 * shapes them: training lines, settings and the format. A model whose content changed is trained
 * again on first use (seconds); `npm run build` trains them all ahead, so start-up only loads.
 * Where the folder cannot be written, the model stays in memory.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type ClassifierSettings, type LabelledText, type StoredModel, storedModelSchema, TextClassifier } from './textClassifier.js';

const FORMAT = 2;

export class ModelStore {
  constructor(private readonly folder: string) {}

  /**
   * The model for these training lines and settings: read from disk when there, trained (and kept)
   * when not. `source` fingerprints the training files as they are on disk, so a start-up whose
   * model is there reads no training line; `examples` reads them only when training is needed.
   */
  classifier(name: string, source: string, examples: () => readonly LabelledText[], settings: ClassifierSettings): TextClassifier {
    return this.lazyClassifier(name, source, examples, settings)();
  }

  /**
   * The same, read from disk only when first asked for (start-up does not wait for it); a model that
   * is not on disk yet is trained at once, so no message ever waits for training.
   */
  lazyClassifier(name: string, source: string, examples: () => readonly LabelledText[], settings: ClassifierSettings): () => TextClassifier {
    const key = createHash('sha256').update(JSON.stringify({ FORMAT, settings, source })).digest('hex').slice(0, 16);
    const file = join(this.folder, `${name}-${key}.json`);
    if (!existsSync(file)) {
      const trained = TextClassifier.train(examples(), settings);
      this.keep(name, file, trained.toStored());
      return () => trained;
    }
    let loaded: TextClassifier | undefined;
    return () => {
      if (loaded) return loaded;
      const stored = this.read(file);
      loaded = stored ? TextClassifier.fromStored(stored) : TextClassifier.train(examples(), settings);
      if (!stored) this.keep(name, file, loaded.toStored());
      return loaded;
    };
  }

  private read(file: string): StoredModel | undefined {
    try {
      const parsed = storedModelSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
      return parsed.success && parsed.data.weights.length === parsed.data.labels.length ? parsed.data : undefined;
    } catch {
      return undefined;
    }
  }

  /** Writes the model by rename (no half-written file is ever read) and removes older versions. */
  private keep(name: string, file: string, model: StoredModel): void {
    try {
      mkdirSync(this.folder, { recursive: true });
      const temp = `${file}.${process.pid}.tmp`;
      writeFileSync(temp, JSON.stringify(model));
      renameSync(temp, file);
      for (const old of readdirSync(this.folder)) {
        if (old.startsWith(`${name}-`) && join(this.folder, old) !== file && !old.endsWith('.tmp')) {
          rmSync(join(this.folder, old), { force: true });
        }
      }
    } catch {
      // A read-only install keeps the model in memory; it is trained again at the next start.
    }
  }
}
