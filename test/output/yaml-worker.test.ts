import { YAML, YAML_MODULE } from '../../lib/manifest/yaml';
import { YamlWorkers } from '../../lib/output/yaml-worker';

const OPTIONS = { keepUndefined: true, lineWidth: 0, version: '1.1', aliasDuplicateObjects: false } as const;

/** Documents that YAML 1.1 writes in several ways: quoted look-alikes of other types, nesting, long text. */
function documents(count: number): unknown[] {
  return Array.from({ length: count }, (_, at) => ({
    apiVersion: 'v1',
    kind: 'ConfigMap',
    metadata: { name: `config-${at}`, labels: { on: 'yes', version: `1.${at}` } },
    data: { when: '2001-12-14', count: String(at), text: `line one\nline two ${'x'.repeat(at)}`, empty: '', unicode: 'é😀' },
    list: [at, at / 3, null, true, { nested: ['a', 'b'] }],
  }));
}

/** A writer that counts the documents this thread writes. */
function countingWorkers(props: { minDocuments: number; yamlModule?: string }) {
  const here: unknown[] = [];
  const workers = new YamlWorkers<unknown>({
    yamlModule: props.yamlModule ?? YAML_MODULE,
    options: OPTIONS,
    stringify: (document) => {
      here.push(document);
      return YAML.stringify(document, OPTIONS);
    },
    minDocuments: props.minDocuments,
  });
  return { workers, here };
}

const expected = (docs: unknown[]) => docs.map((document) => YAML.stringify(document, OPTIONS));

describe('YamlWorkers', () => {
  test('writes the second half of a large batch on a worker thread, with the same texts in the same order', () => {
    // GIVEN
    const docs = documents(41);
    const { workers, here } = countingWorkers({ minDocuments: 10 });

    // WHEN
    const texts = workers.start(docs).texts();

    // THEN
    expect(texts).toEqual(expected(docs));
    expect(here).toEqual(docs.slice(0, 21));
  });

  test('writes a batch smaller than minDocuments on its own thread', () => {
    // GIVEN
    const docs = documents(9);
    const { workers, here } = countingWorkers({ minDocuments: 10 });

    // WHEN
    const texts = workers.start(docs).texts();

    // THEN
    expect(texts).toEqual(expected(docs));
    expect(here).toHaveLength(9);
  });

  test('writes what cannot be copied to another thread on its own', () => {
    // GIVEN a document holding a WeakMap, which YAML writes as {} and no worker can be handed
    const docs: unknown[] = [...documents(20), { kind: 'Odd', spec: { cache: new WeakMap() } }];
    const { workers, here } = countingWorkers({ minDocuments: 10 });

    // WHEN
    const texts = workers.start(docs).texts();

    // THEN
    expect(texts).toEqual(expected(docs));
    expect(here).toHaveLength(21);
  });

  test('takes the half of a worker that failed back to its own thread', () => {
    // GIVEN a worker that cannot load yaml
    const docs = documents(20);
    const { workers, here } = countingWorkers({ minDocuments: 10, yamlModule: '/nowhere/yaml.js' });

    // WHEN
    const texts = workers.start(docs).texts();

    // THEN
    expect(texts).toEqual(expected(docs));
    expect(here).toHaveLength(20);
  });

  test('a cancelled batch leaves the writer free for the next one', () => {
    // GIVEN
    const { workers, here } = countingWorkers({ minDocuments: 10 });
    workers.start(documents(30)).cancel();

    // WHEN
    const texts = workers.start(documents(12)).texts();

    // THEN
    expect(texts).toEqual(expected(documents(12)));
    expect(here).toHaveLength(6);
  });

  test('never starts a worker with minDocuments Infinity', () => {
    // GIVEN
    const docs = documents(30);
    const { workers, here } = countingWorkers({ minDocuments: Number.POSITIVE_INFINITY });

    // WHEN
    const texts = workers.start(docs).texts();

    // THEN
    expect(texts).toEqual(expected(docs));
    expect(here).toHaveLength(30);
  });
});
