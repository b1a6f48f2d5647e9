import * as os from 'node:os';
import { MessageChannel, Worker, receiveMessageOnPort } from 'node:worker_threads';

/** The options `yaml`'s `stringify` takes, passed to the worker as they are. */
export type YamlOptions = Readonly<Record<string, unknown>>;

/**
 * The fewest documents for which a second thread pays. Two threads writing YAML slow each other down (each took
 * about 1.3 to 1.8 times as long per document as one alone, on a 2-core VM), and the worker takes some 50 ms to start
 * and load `yaml`: a synth of 1250 objects took a tenth longer with it, one of 2500 as long, one of 3750 a twelfth
 * less and one of 20000 a third less.
 */
export const YAML_WORKER_MIN_DOCUMENTS = 3000;
/** Set to 1 to write every document on the synth's own thread. */
export const YAML_THREADS_VARIABLE = 'ISTIO_TRAFFIC_YAML_THREADS';

/**
 * The worker: it stringifies the documents it was started with, sends the texts back on its port and wakes the
 * writer, which waits for it without an event loop. It always wakes the writer, with an error when it failed.
 */
const WORKER_SOURCE = `
const { workerData } = require('node:worker_threads');
const { yaml, options, documents, port, done } = workerData;
let reply;
try {
  const YAML = require(yaml);
  reply = { texts: documents.map((document) => YAML.stringify(document, options)) };
} catch (error) {
  reply = { error: String(error && error.message || error) };
}
port.postMessage(reply);
port.close();
Atomics.store(done, 0, 1);
Atomics.notify(done, 0);
`;

/** Props for `YamlWorkers`. */
export interface YamlWorkersProps<T> {
  /** The path of the `yaml` module to write with, the one `stringify` calls. */
  readonly yamlModule: string;
  /** The options `stringify` writes with. */
  readonly options: YamlOptions;
  /** Writes one document on this thread, as the worker does. */
  readonly stringify: (document: T) => string;
  /**
   * The fewest documents for which a worker thread writes half of them; `Infinity` for never.
   * @default 3000 on a machine with more than one core, unless ISTIO_TRAFFIC_YAML_THREADS is 1; else never
   */
  readonly minDocuments?: number;
}

/** Documents being written: their texts, once this thread has written its share, or nothing, when they are not needed. */
export interface YamlBatch {
  /** The text of each document, in order; waits for the worker's share. */
  texts(): string[];
  /** Stops the worker: the texts will not be needed. */
  cancel(): void;
}

/**
 * Writes many documents on two threads: the second half of a batch on a worker thread, which starts on them at once,
 * while this one writes the first half when the texts are asked for, synchronously, as a synth is. The texts are
 * those `stringify` gives, in order; a worker that cannot be started, fails or takes far longer than this thread
 * leaves its half to this thread. Only plain data can be handed over: JSON values, with no object held twice.
 */
export class YamlWorkers<T> {
  private readonly minDocuments: number;

  constructor(private readonly props: YamlWorkersProps<T>) {
    this.minDocuments = props.minDocuments ?? defaultMinDocuments();
  }

  /** Starts writing `documents`: a worker takes its share now. */
  public start(documents: readonly T[]): YamlBatch {
    const { stringify } = this.props;
    const here = (some: readonly T[]) => some.map((document) => stringify(document));
    if (documents.length < this.minDocuments) return { texts: () => here(documents), cancel: () => undefined };
    const half = Math.ceil(documents.length / 2);
    const theirs = documents.slice(half);
    const worker = this.startWorker(theirs);
    return {
      texts: () => {
        const started = performance.now();
        const mine = here(documents.slice(0, half));
        const written = worker?.wait(Math.max(MIN_WAIT_MS, WAIT_FACTOR * (performance.now() - started)));
        return [...mine, ...(written ?? here(theirs))];
      },
      cancel: () => worker?.stop(),
    };
  }

  /** A worker writing `documents`, or undefined when it cannot be started. */
  private startWorker(documents: readonly T[]): { wait(timeoutMs: number): string[] | undefined; stop(): void } | undefined {
    const { port1, port2 } = new MessageChannel();
    const done = new Int32Array(new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT));
    let worker: Worker;
    try {
      worker = new Worker(WORKER_SOURCE, {
        eval: true,
        workerData: { yaml: this.props.yamlModule, options: this.props.options, documents, port: port2, done },
        transferList: [port2],
      });
    } catch {
      // A document that cannot be copied to another thread: this one writes it.
      port1.close();
      return undefined;
    }
    // The synth never waits for the worker to exit, and its failure is this thread's work, not an error.
    worker.unref();
    worker.on('error', () => undefined);
    const stop = () => {
      port1.close();
      void worker.terminate();
    };
    return {
      wait: (timeoutMs) => {
        const woke = Atomics.wait(done, 0, 0, timeoutMs);
        const reply = woke === 'timed-out' ? undefined : receiveMessageOnPort(port1)?.message as { texts?: string[] } | undefined;
        stop();
        return reply?.texts?.length === documents.length ? reply.texts : undefined;
      },
      stop,
    };
  }
}

/** How long the writer waits for a worker at least, and how many times its own half's time. */
const MIN_WAIT_MS = 30_000;
const WAIT_FACTOR = 20;

function defaultMinDocuments(): number {
  return process.env[YAML_THREADS_VARIABLE] === '1' || os.availableParallelism() < 2 ? Infinity : YAML_WORKER_MIN_DOCUMENTS;
}
