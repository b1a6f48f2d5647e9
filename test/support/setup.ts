/**
 * Runs before every test file (jest `setupFilesAfterEnv`) and holds every test to two rules:
 *
 * - it makes at least one assertion, so that a test whose loop or branch is never entered fails instead of passing;
 * - it prints nothing through `console.log`, `console.warn` or `console.error` and writes nothing to `process.stderr`,
 *   unless it expects to: a test that expects output spies on the method itself (`jest.spyOn(console, 'warn')`) and
 *   asserts on the calls. Output that reaches a spy the test installed is the test's business and passes.
 *
 * `QUIET_TESTS=0 npx jest` switches the output rule off, e.g. to read what a test prints while debugging it.
 */
import { format } from 'node:util';

const CONSOLE_METHODS = ['log', 'warn', 'error'] as const;
type ConsoleMethod = (typeof CONSOLE_METHODS)[number];

/** At most this much of the output goes into the failure message. */
const MAX_REPORTED = 4000;

const guardOn = process.env.QUIET_TESTS !== '0';

const originalConsole = Object.fromEntries(CONSOLE_METHODS.map((method) => [method, console[method]])) as Record<ConsoleMethod, (...args: unknown[]) => void>;
const originalStderrWrite = process.stderr.write;

/** What the current test printed without expecting it, one entry per call. */
let printed: string[] = [];
/** Set while a console method runs, so that its own write to stderr does not count twice. */
let inConsole = false;

function where(): string {
  const frames = (new Error().stack ?? '').split('\n').slice(3)
    .filter((frame) => !frame.includes('/node_modules/') && !frame.includes(__filename) && !frame.includes('node:'));
  return frames.length > 0 ? `\n    ${frames.slice(0, 3).map((frame) => frame.trim()).join('\n    ')}` : '';
}

const consoleGuards = Object.fromEntries(CONSOLE_METHODS.map((method) => {
  const guard = (...args: unknown[]): void => {
    // A spy the test put in front of the guard and let call through: the test expects this output.
    if (console[method] === guard) {
      printed.push(`console.${method}: ${format(...args)}${where()}`);
    }
    inConsole = true;
    try {
      originalConsole[method].apply(console, args);
    } finally {
      inConsole = false;
    }
  };
  return [method, guard];
})) as Record<ConsoleMethod, (...args: unknown[]) => void>;

const stderrGuard = function write(this: NodeJS.WriteStream, ...args: Parameters<NodeJS.WriteStream['write']>): boolean {
  if (!inConsole && process.stderr.write === stderrGuard) {
    const [chunk] = args;
    printed.push(`process.stderr: ${typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8')}${where()}`);
  }
  return (originalStderrWrite as (...writeArgs: unknown[]) => boolean).apply(this, args);
} as NodeJS.WriteStream['write'];

beforeEach(() => {
  expect.hasAssertions();

  printed = [];
  if (!guardOn) return;
  for (const method of CONSOLE_METHODS) console[method] = consoleGuards[method];
  process.stderr.write = stderrGuard;
});

afterEach(() => {
  // Leave a spy the test did not restore in place; put back only what this file installed.
  for (const method of CONSOLE_METHODS) {
    if (console[method] === consoleGuards[method]) console[method] = originalConsole[method];
  }
  if (process.stderr.write === stderrGuard) process.stderr.write = originalStderrWrite;

  const output = printed;
  printed = [];
  if (output.length > 0) {
    const text = output.join('\n');
    throw new Error(
      `The test printed ${output.length} time(s) without expecting it. Make the test quiet, or spy on the output `
      + `(jest.spyOn(console, 'warn') or jest.spyOn(process.stderr, 'write'), with .mockImplementation()) and assert on the calls:\n`
      + `${text.length > MAX_REPORTED ? `${text.slice(0, MAX_REPORTED)}\n… (${text.length - MAX_REPORTED} more characters)` : text}`,
    );
  }
});
