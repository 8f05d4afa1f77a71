import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HAVE_REAL_PAGES, NO_REAL_PAGES, REAL_PAGES_DIR, REPO_ROOT, readRealPage } from '../extract/real-pages';
import { editedCopy, embedInPage } from '../extract/embed';

if (!HAVE_REAL_PAGES) console.warn(NO_REAL_PAGES);
const SEED_ID = '002_5914b76d8027bf93';
const SEED_FILE = `seeds/${SEED_ID}.txt`;
const seedLines = readFileSync(join(REPO_ROOT, SEED_FILE), 'utf8').split('\n').map((l) => l.trim()).filter(Boolean);
const seedIds = ['000_31938a3fa0ac2b8a', '001_52de1565edf6a1cb', '002_5914b76d8027bf93', '003_fd44271081f84fdb', '004_e37f3927a0aafb37'];
const LINE_KEYS = ['file', 'detected', 'topicScore', 'self', 'paragraphs', 'additions', 'divergences'];

/** Runs the command exactly as documented and splits stdout into lines. */
function analyze(...files: string[]) {
  const run = spawnSync('npm', ['run', '--silent', 'analyze', '--', ...files], { cwd: REPO_ROOT, encoding: 'utf8', timeout: 90_000 });
  const lines = run.stdout.split('\n').filter((l) => l !== '');
  return { status: run.status, stdout: run.stdout, lines, objects: lines.map((l) => JSON.parse(l) as Record<string, any>) };
}

let dir = '';
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'crosscheck-cli-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('npm run analyze', () => {
  it('prints one JSON object per file, in argument order, and nothing else on stdout', () => {
    const missing = join(dir, 'does-not-exist.txt');
    const page = join(dir, 'plain.html');
    writeFileSync(page, `<!doctype html><html><head><title>Local news</title></head><body><article>${
      '<p>The town council met on Monday to discuss the new library, the bus timetable and the state of the park benches.</p>'.repeat(4)
    }</article></body></html>`);
    const out = analyze(SEED_FILE, missing, page);
    expect(out.status).toBe(0);
    expect(out.stdout.endsWith('\n')).toBe(true);
    expect(out.lines).toHaveLength(3);
    expect(out.objects.map((o) => o.file)).toEqual([SEED_FILE, missing, page]);

    const [seed, gone, html] = out.objects as [Record<string, any>, Record<string, any>, Record<string, any>];
    expect(Object.keys(seed)).toEqual(LINE_KEYS);
    expect(Object.keys(gone)).toEqual(['file', 'error']);
    expect(gone.error).toMatch(/no such file/);
    expect(Object.keys(html)).toEqual(LINE_KEYS);
    expect(html.detected).toBe(false);
    expect(html.paragraphs.length).toBeGreaterThan(0);
  }, 90_000);

  it('reads a .txt seed as its non-empty lines and recognises it as itself', () => {
    const [line] = analyze(SEED_FILE).objects as [Record<string, any>];
    expect(line.detected).toBe(true);
    expect(line.topicScore).toBeGreaterThan(0.5);
    expect(line.topicScore).toBeLessThanOrEqual(1);
    expect(line.self).toBe(SEED_ID);
    expect(line.paragraphs.map((p: any) => p.text)).toEqual(seedLines);
    expect(line.paragraphs.map((p: any) => p.index)).toEqual(seedLines.map((_, i) => i));
    for (const p of line.paragraphs) {
      for (const m of p.matches) {
        expect(Object.keys(m)).toEqual(['doc', 'paragraph', 'score']);
        expect(seedIds).toContain(m.doc);
        expect(m.doc).not.toBe(SEED_ID);
        expect(m.score).toBeGreaterThan(0);
        expect(m.score).toBeLessThanOrEqual(1);
      }
    }
    for (const a of line.additions) expect(Object.keys(a)).toEqual(['doc', 'paragraph', 'text', 'outlets']);
    for (const d of line.divergences) {
      expect(Object.keys(d)).toEqual(['kind', 'page', 'other']);
      expect(Object.keys(d.other)).toEqual(['doc', 'paragraph', 'text']);
    }
  }, 90_000);

  it('decodes an .html page in the charset it declares', () => {
    const page = join(dir, 'legacy.html');
    const para = Buffer.from('<p>Le caf\u00e9 du quartier ferme tr\u00e8s tard, et la soir\u00e9e continue longtemps apr\u00e8s minuit.</p>', 'latin1');
    writeFileSync(page, Buffer.concat([Buffer.from('<html><head><meta charset="windows-1252"><title>x</title></head><body><article>'), para, para, para, para, Buffer.from('</article></body></html>')]));
    const [line] = analyze(page).objects as [Record<string, any>];
    expect(line.paragraphs[0].text).toBe('Le café du quartier ferme très tard, et la soirée continue longtemps après minuit.');
  }, 90_000);

  it('tells a file it cannot read from a directory', () => {
    const [line] = analyze(join(REPO_ROOT, 'seeds')).objects as [Record<string, any>];
    expect(line).toEqual({ file: join(REPO_ROOT, 'seeds'), error: expect.stringMatching(/directory/) });
  }, 90_000);

  it('prints a usage line on stderr and nothing on stdout when given no file', () => {
    const out = analyze();
    expect(out.status).toBe(2);
    expect(out.stdout).toBe('');
  }, 90_000);
});

describe.skipIf(!HAVE_REAL_PAGES)('npm run analyze on real web pages', () => {
  it('extracts an edited seed from a real news page, detects it and recognises which article it is', () => {
    const body = editedCopy(seedLines);
    const page = join(dir, 'seed-in-bbc.html');
    writeFileSync(page, embedInPage(readRealPage('bbc-1').html, seedLines[0]!, body));
    const unrelated = join(REAL_PAGES_DIR, 'guardian-1', 'source.html');
    const [seed, other] = analyze(page, unrelated).objects as [Record<string, any>, Record<string, any>];
    expect(seed.detected).toBe(true);
    expect(seed.self).toBe(SEED_ID);
    const texts = seed.paragraphs.map((p: any) => p.text);
    expect(texts).toEqual(expect.arrayContaining(body.slice(1).map((p) => p.replace(/^- /, ''))));
    expect(other.detected).toBe(false);
    expect(other.self).toBeNull();
  }, 90_000);
});
