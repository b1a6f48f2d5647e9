import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const SCRIPT = path.resolve(__dirname, '..', 'scripts', 'run-app.js');

/** An app folder and its own bundle cache. */
interface AppFolder {
  readonly dir: string;
  readonly cache: string;
}

function appFolder(files: Record<string, string>): AppFolder {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'run-app-'));
  const dir = path.join(work, 'app');
  for (const [file, text] of Object.entries(files)) write(dir, file, text);
  return { dir, cache: path.join(work, 'cache') };
}

function write(dir: string, file: string, text: string): void {
  fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
  fs.writeFileSync(path.join(dir, file), text);
}

function runApp(app: AppFolder, args: string[] = ['main.ts']): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [SCRIPT, ...args], {
    cwd: app.dir,
    encoding: 'utf8',
    env: { ...process.env, ISTIO_TRAFFIC_APP_CACHE: app.cache },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Inode and modification time of each file of the cache: they change when a bundle is built anew. */
function cacheStamps(app: AppFolder): string[] {
  return fs.readdirSync(app.cache).sort().map((file) => {
    const stat = fs.statSync(path.join(app.cache, file));
    return `${file}:${stat.ino}:${stat.mtimeMs}`;
  });
}

const MAIN = `import { greeting } from './greeting';
import { shout } from './util';
console.log(JSON.stringify({ text: shout(greeting), main: require.main === module, dir: __dirname, argv: process.argv.slice(1) }));
`;

describe('scripts/run-app.js', () => {
  let app: AppFolder;
  beforeEach(() => {
    app = appFolder({
      'main.ts': MAIN,
      'greeting.ts': "export const greeting: string = 'hello';\n",
      'util/index.ts': 'export function shout(text: string): string { return `${text}!`; }\n',
    });
  });
  afterEach(() => {
    fs.rmSync(path.dirname(app.dir), { recursive: true, force: true });
  });

  test('runs the app as the main module, with its own folder and path', () => {
    // WHEN
    const result = runApp(app);

    // THEN
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({ text: 'hello!', main: true, dir: app.dir, argv: [path.join(app.dir, 'main.ts')] });
  });

  test('uses the cached bundle while nothing changed, and builds it anew after an edit', () => {
    // GIVEN
    runApp(app);
    const built = cacheStamps(app);

    // WHEN
    const again = runApp(app);

    // THEN
    expect(JSON.parse(again.stdout).text).toBe('hello!');
    expect(cacheStamps(app)).toEqual(built);

    // WHEN
    write(app.dir, 'greeting.ts', "export const greeting: string = 'howdy';\n");
    const edited = runApp(app);

    // THEN
    expect(JSON.parse(edited.stdout).text).toBe('howdy!');
    expect(cacheStamps(app)).not.toEqual(built);
  });

  test('builds the bundle anew when the cache holds a stamp it cannot read', () => {
    // GIVEN
    runApp(app);
    const stampFile = fs.readdirSync(app.cache).find((file) => file.endsWith('.stamp.json'))!;
    fs.writeFileSync(path.join(app.cache, stampFile), '{"files": ');

    // WHEN
    const result = runApp(app);

    // THEN
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout).text).toBe('hello!');
    expect(JSON.parse(fs.readFileSync(path.join(app.cache, stampFile), 'utf8')).files.length).toBeGreaterThan(0);
  });

  test('a new file that the app resolves to instead builds the bundle anew', () => {
    // GIVEN
    runApp(app);

    // WHEN: './util' now resolves to util.ts, beside the folder it resolved to.
    write(app.dir, 'util.ts', 'export function shout(text: string): string { return text.toUpperCase(); }\n');
    const result = runApp(app);

    // THEN
    expect(JSON.parse(result.stdout).text).toBe('HELLO');
  });

  test('runs the app, with a warning, where the cache cannot be written', () => {
    // GIVEN a cache folder that cannot be made: a file stands where its parent would be
    fs.writeFileSync(path.join(path.dirname(app.dir), 'not-a-folder'), '');
    const uncached = { dir: app.dir, cache: path.join(path.dirname(app.dir), 'not-a-folder', 'cache') };

    // WHEN
    const result = runApp(uncached);

    // THEN
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout).text).toBe('hello!');
    expect(result.stderr).toMatch(/^warning: the bundle of .*main\.ts is not cached: ENOTDIR/);
  });

  test('a syntax error is reported by file and line, without a stack trace', () => {
    // GIVEN
    write(app.dir, 'greeting.ts', 'export const greeting: string = ;\n');

    // WHEN
    const result = runApp(app);

    // THEN
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('greeting.ts:1:');
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(result.stdout).toBe('');
  });

  test('a module other than the entry that uses __dirname is refused, naming it', () => {
    // GIVEN
    write(app.dir, 'greeting.ts', 'export const greeting: string = __dirname;\n');

    // WHEN
    const result = runApp(app);

    // THEN
    expect(result.status).toBe(1);
    expect(result.stderr).toBe(`error: ${path.join(app.dir, 'greeting.ts')}: uses __dirname or __filename, which a bundle gives the entry's value. ` +
      `Fix: take the path from the entry, ${path.join(app.dir, 'main.ts')}\n`);
  });

  test('passes the arguments after the app to it', () => {
    // WHEN
    const result = runApp(app, ['main.ts', '--size', '3']);

    // THEN
    expect(JSON.parse(result.stdout).argv).toEqual([path.join(app.dir, 'main.ts'), '--size', '3']);
  });

  test.each([[[]], [['main.js']], [['--size', 'main.ts']]])('bad usage %j exits 2 with the usage on stderr', (args) => {
    // WHEN
    const result = runApp(app, args);

    // THEN
    expect(result.status).toBe(2);
    expect(result.stderr).toBe('Usage: node scripts/run-app.js <app>.ts [argument...]\n');
  });
});
