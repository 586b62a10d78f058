import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ModelStore } from '../../src/understanding/classifier/modelStore.js';
import { type ClassifierSettings, TextClassifier } from '../../src/understanding/classifier/textClassifier.js';
import { classifierText, TextFeatures } from '../../src/understanding/classifier/textFeatures.js';

const settings: ClassifierSettings = {
  pipeline: ['words', 'word-bigrams', { 'char-ngrams': { min: 3, max: 4 } }],
  length: 3,
  minCount: 1,
  network: { iterations: 200, learningRate: 0.15 },
};

const examples = [
  ...['ik wil koken', 'kok worden lijkt me wat', 'in een keuken werken', 'ik bak graag taarten', 'chef in een restaurant'].map((text) => ({ text, label: 'food' })),
  ...['ik wil voetballen', 'profvoetballer worden', 'ik train elke dag in de club', 'sporten is mijn ding', 'ik loop de marathon'].map((text) => ({ text, label: 'sport' })),
];

describe('a trained text classifier', () => {
  test('when a message is normalised, then case, accents, emphasis and punctuation go and emoji stay', () => {
    expect(classifierText('Zooooo BLIJ!!! Café 😀')).toBe('zoo blij cafe 😀');
  });

  test('when two messages differ only in length, then their feature vectors are equally long', () => {
    const features = new TextFeatures(['words'], 3);
    const length = (text: string) => Math.sqrt(Object.values(features.of(text)).reduce((sum, v) => sum + v * v, 0));
    expect(length('kort')).toBeCloseTo(3);
    expect(length('een veel langer bericht met heel wat woorden erin')).toBeCloseTo(3);
  });

  test('when the message shape is a component, then a question mark, the first word and the length become features', () => {
    const shape = (text: string) => Object.keys(new TextFeatures(['message-shape'], 3).of(text)).sort();
    expect(shape('Hoe lang duurt dat?')).toEqual(['s:ends-with-?', 's:first:hoe', 's:words:4-8']);
    expect(shape('echt? ja hoor')).toEqual(['s:first:echt', 's:has-?', 's:words:2-3']);
    expect(shape('ok')).toEqual(['s:first:ok', 's:words:1']);
  });

  test('when it is trained, then it tells unseen messages apart, typos included', () => {
    const model = TextClassifier.train(examples, settings);
    expect(model.scores('ik wil kokk worden')['food']).toBeGreaterThan(0.5);
    expect(model.scores('voetbal training')['sport']).toBeGreaterThan(0.5);
  });

  test('when the scores of a message are added up, then they make 1, and an empty message scores 0', () => {
    const model = TextClassifier.train(examples, settings);
    const total = Object.values(model.scores('koken en sporten')).reduce((sum, v) => sum + v, 0);
    expect(total).toBeCloseTo(1);
    expect(Object.values(model.scores(''))).toEqual([0, 0]);
  });

  test('when a model is stored and read back, then it scores exactly as before', () => {
    const model = TextClassifier.train(examples, settings);
    const again = TextClassifier.fromStored(JSON.parse(JSON.stringify(model.toStored())) as ReturnType<TextClassifier['toStored']>);
    expect(again.scores('ik wil bakken')['food']).toBeCloseTo(model.scores('ik wil bakken')['food'] ?? 0, 5);
  });
});

describe('the model store', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'perspectiefbot-models-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  test('when the same lines are asked for twice, then the model is trained once and read back', () => {
    const store = new ModelStore(dir);
    let trained = 0;
    const lines = () => {
      trained += 1;
      return examples;
    };
    store.classifier('hobby', 'v1', lines, settings);
    const [file] = readdirSync(dir);
    const again = store.classifier('hobby', 'v1', lines, settings);
    expect(trained).toBe(1);
    expect(readdirSync(dir)).toEqual([file]);
    expect(again.scores('ik kook graag')['food']).toBeGreaterThan(0.5);
  });

  test('when the training files change, then a new model replaces the old file', () => {
    const store = new ModelStore(dir);
    store.classifier('hobby', 'v1', () => examples, settings);
    const [before] = readdirSync(dir);
    store.classifier('hobby', 'v2', () => [...examples, { text: 'ik zwem graag', label: 'sport' }], settings);
    const after = readdirSync(dir);
    expect(after).toHaveLength(1);
    expect(after[0]).not.toBe(before);
  });
});
