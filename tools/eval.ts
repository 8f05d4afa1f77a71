/**
 * `npm run eval`: scores the engine against the hand labels in tests/fixtures/ and prints precision,
 * recall and F1 for alignment, additions and divergences (per seed article and overall), same-article
 * recognition and every planted divergence on the edited copies, as text and embedded in real pages, and
 * generated plants (one swap at a time in a seed copy) with fact-preserving rewordings.
 * The matching rules live in lib/eval/metrics.ts. Flags: --details (list every miss and false hit),
 * --write-derived (rewrite seed-alignment.json and seed-additions.json from seed-points.json).
 * EVAL_PAGES_DIR overrides where the real pages are read from (default ../shared/pages/readability).
 * Exit code is non-zero only when something crashed; missed targets are printed as MISS.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Analysis, Article } from '../lib/types';
import { readSeedDocs } from '../lib/corpus/seeds-fs';
import { compileAsShipped } from '../lib/corpus/compile';
import { loadEngine } from '../lib/engine';
import { detectTopic } from '../lib/detect/topic';
import { articleFromText } from '../lib/extract/text-file';
import { articleFromHtml } from '../lib/extract/node-dom';
import { deriveAlignment, deriveMissing, parseDivergences, passageKey, resolveRef, type AlignmentLabels, type DivergenceLabel, type MissingPoint, type PointsFile } from '../lib/eval/labels';
import { addCounts, findPlanted, prf, scoreAdditions, scoreAlignment, scoreDivergences, zero, type Counts } from '../lib/eval/metrics';
import { embedParagraphs } from '../lib/eval/embed';
import { fmt, pad, prfJson, prfLine, snippet, verdict } from '../lib/eval/format';
import { writeDerived } from '../lib/eval/derived-files';
import { checkEdit, type EditCheck, type EditSpec, type EditsFile, type PageIndex } from '../lib/eval/edits';
import { unlabelled, unseenLabels, unseenSpecs, type UnseenFile } from '../lib/eval/unseen';
import { runRewordings, runSwapSets, type SwapsFile } from '../lib/eval/swaps';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const FIXTURES = join(ROOT, 'tests/fixtures');
const PAGES = process.env.EVAL_PAGES_DIR ?? join(ROOT, '../shared/pages/readability');
const args = new Set(process.argv.slice(2));
const details = args.has('--details');
const readJson = <T>(path: string): T => JSON.parse(readFileSync(join(FIXTURES, path), 'utf8')) as T;


const crashes: string[] = [];
const t0 = performance.now();
const docs = readSeedDocs(join(ROOT, 'seeds'));
const engine = loadEngine(compileAsShipped(docs));
const buildMs = performance.now() - t0;
const textOf = (key: string) => {
  const [id, p] = key.split('#');
  return docs.find((d) => d.id === id)?.paragraphs[Number(p)];
};
const short = (key: string) => key.replace(/^(\d{3})_[0-9a-f]+/, '$1');

const points = readJson<PointsFile>('seed-points.json');
if (args.has('--write-derived')) console.log(`wrote ${writeDerived(points, docs.map((d) => d.id), FIXTURES).join(', ')}`);
const alignment = deriveAlignment(points);
const divLabels = parseDivergences(readJson('seed-divergences.json'));
const editsFile = readJson<EditsFile>('edits.json');

function analyze(article: Article, what: string): Analysis | null {
  try {
    return engine.analyze(article, detectTopic(article));
  } catch (err) {
    crashes.push(`${what}: ${(err as Error).stack ?? err}`);
    console.log(`CRASH ${what}: ${(err as Error).message}`);
    return null;
  }
}

/** Alignment, additions and divergences of one analysis, scored against labels for its page `pageId`. */
function scoreAnalysis(a: Analysis, pageId: string, alignLabels: AlignmentLabels, missing: MissingPoint[], divergenceLabels: DivergenceLabel[]) {
  const predAdd = a.additions.map((x) => ({ shown: passageKey(x.doc, x.paragraph), sources: (x.sources ?? []).map((s) => passageKey(s.doc, s.paragraph)) }));
  return {
    al: scoreAlignment(a.paragraphs.flatMap((p) => p.matches.map((m): [string, string] => [passageKey(pageId, p.index), passageKey(m.doc, m.paragraph)])), pageId, alignLabels),
    ad: scoreAdditions(predAdd, missing),
    adStrict: scoreAdditions(predAdd, missing, true),
    dv: scoreDivergences(a.divergences.map((d) => ({ page: passageKey(pageId, d.page.paragraph), other: passageKey(d.other.doc, d.other.paragraph), kind: d.kind })), pageId, divergenceLabels),
  };
}

/** The three score lines of one page, and with --details every miss and false hit. */
function printScores(a: Analysis, pageId: string, required: number, { al, ad, dv }: ReturnType<typeof scoreAnalysis>): void {
  console.log(`     alignment   ${prfLine(al)}`);
  console.log(`     additions   ${prfLine(ad)}  [${a.additions.length} shown, ${required} required points]`);
  console.log(`     divergences ${prfLine(dv)}  kind ${dv.kindRight}/${dv.tp}  [${a.divergences.length} shown]`);
  if (!details) return;
  // The other side of a pair is always a corpus passage.
  const other = (k: string) => snippet(textOf(k.split('|').find((x) => !x.startsWith(`${pageId}#`))!), 70);
  for (const k of al.missed) console.log(`       align FN ${k.split('|').map(short).join(' ~ ')}  ${other(k)}`);
  for (const k of al.wrong) console.log(`       align FP ${k.split('|').map(short).join(' ~ ')}  ${other(k)}`);
  for (const id of ad.missed) console.log(`       addition FN ${id}`);
  for (const k of ad.wrong) console.log(`       addition FP ${short(k)}  ${snippet(textOf(k), 70)}`);
  for (const d of dv.missed) console.log(`       divergence FN ${d.kind} ${short(d.a)} ~ ${short(d.b)}  ${d.note}`);
  for (const d of dv.wrong) console.log(`       divergence FP ${d.kind} ${short(d.page)} ~ ${short(d.other)}  ${snippet(a.divergences.find((x) => passageKey(x.other.doc, x.other.paragraph) === d.other && passageKey(pageId, x.page.paragraph) === d.page)?.summary, 70)}`);
}

/** One PASS/MISS line for a planted divergence. */
function plantedLine(p: { kind: string; marker: string; found: boolean; kindOk: boolean; originalsHit: number; reportedKinds: string[]; elsewhere: string[] }, where: string, originals: number): string {
  const how = p.found
    ? `vs ${p.originalsHit}/${originals} originals, kind ${p.reportedKinds.join('/')}${p.kindOk ? '' : ' (wrong kind)'}`
    : p.elsewhere.length ? `reported here only vs ${p.elsewhere.map(short).join(', ')}` : 'nothing reported';
  return `    ${verdict(p.found)} ${pad(p.kind, 10)} ${pad(where, 4)} "${p.marker}"  ${how}`;
}

// ---- seed articles analysed as pages ----
console.log(`SEED ARTICLES (corpus of ${docs.length}, built in ${buildMs.toFixed(0)} ms)`);
const total = { align: zero(), add: zero(), addStrict: zero(), div: zero(), kindRight: 0, omissionTp: 0, omissionFn: 0, selfOk: 0 };
const divByKind: Record<string, { tp: number; fn: number }> = {};
const perArticle: Record<string, unknown> = {};
/** Per seed, the (paragraph, other passage) pairs its own analysis called divergent: the baseline for rewording checks. */
const seedDivergent = new Map<string, Set<string>>();
for (const doc of docs) {
  const article = articleFromText(readFileSync(join(ROOT, 'seeds', `${doc.id}.txt`), 'utf8'), `seeds/${doc.id}.txt`);
  const a = analyze(article, doc.id);
  if (!a) continue;
  const missing = deriveMissing(points, doc.id);
  const scores = scoreAnalysis(a, doc.id, alignment, missing, divLabels);
  const { al, ad, adStrict, dv } = scores;
  const selfOk = a.self === doc.id;
  total.align = addCounts(total.align, al);
  total.add = addCounts(total.add, ad);
  total.addStrict = addCounts(total.addStrict, adStrict);
  total.div = addCounts(total.div, dv);
  total.kindRight += dv.kindRight;
  total.omissionTp += dv.omissionTp;
  total.omissionFn += dv.omissionFn;
  for (const [k, v] of Object.entries(dv.byKind)) {
    const t = (divByKind[k] ??= { tp: 0, fn: 0 });
    t.tp += v.tp;
    t.fn += v.fn;
  }
  total.selfOk += Number(selfOk);
  console.log(`${pad(short(doc.id), 4)} ${pad(doc.outlet, 21)} self ${verdict(selfOk)} (${a.self ? short(a.self) : 'none'}) detected ${a.detected} ${fmt(a.topicScore)}`);
  printScores(a, doc.id, missing.filter((m) => m.required).length, scores);
  seedDivergent.set(doc.id, new Set(a.divergences.map((d) => `${d.page.paragraph}|${passageKey(d.other.doc, d.other.paragraph)}`)));
  perArticle[short(doc.id)] = { self: a.self, selfOk, alignment: prfJson(al), additions: prfJson(ad), divergences: { ...prfJson(dv), kindRight: dv.kindRight } };
}

const m = { align: prf(total.align), add: prf(total.add), div: prf(total.div) };
const noOmission: Counts = { ...total.div, tp: total.div.tp - total.omissionTp, fn: total.div.fn - total.omissionFn };
const kindAccuracy = total.div.tp ? total.kindRight / total.div.tp : 1;
console.log(`OVERALL (micro over ${docs.length} articles; ~ = neutral hits on possible/optional labels)`);
console.log(`  alignment   ${prfLine(total.align)}   target F1 >= 0.85: ${verdict(m.align.f1 >= 0.85)}`);
console.log(`  additions   ${prfLine(total.add)}   target P,R >= 0.85: ${verdict(m.add.precision >= 0.85 && m.add.recall >= 0.85)}`);
console.log(`  additions, shown passage only: ${prfLine(total.addStrict)}`);
console.log(`  divergences ${prfLine(total.div)}   target P,R >= 0.8: ${verdict(m.div.precision >= 0.8 && m.div.recall >= 0.8)}`);
console.log(`  divergences without omission labels: ${prfLine(noOmission)}   kind accuracy ${fmt(kindAccuracy)}`);
console.log(`  divergence recall by kind: ${Object.entries(divByKind).map(([k, v]) => `${k} ${v.tp}/${v.tp + v.fn}`).join(', ')}`);
console.log(`  self recognition ${total.selfOk}/${docs.length}: ${verdict(total.selfOk === docs.length)}`);

// ---- articles the corpus does not hold ----
console.log('\nUNSEEN ARTICLES (written after the engine was built, in words of their own; not in the corpus)');
const unseenFile = readJson<UnseenFile>('unseen.json');
const unseenTotal = { all: { align: zero(), add: zero(), div: zero() }, heldOut: { align: zero(), add: zero(), div: zero() } };
const unseenPer: Record<string, unknown> = {};
const unseenPlanted: Array<{ found: boolean; kindOk: boolean }> = [];
for (const spec of unseenSpecs(unseenFile)) {
  const article = articleFromText(readFileSync(join(FIXTURES, spec.file), 'utf8'), spec.file);
  const gaps = unlabelled(spec, article.paragraphs.length);
  if (gaps.length) crashes.push(`${spec.id}: paragraphs ${gaps.join(', ')} carry no label`);
  const a = analyze(article, spec.id);
  if (!a) continue;
  const labels = unseenLabels(points, spec);
  const scores = scoreAnalysis(a, spec.id, labels.alignment, labels.missing, labels.divergences);
  const { al, ad, dv } = scores;
  // A planted copy is its base article again: it counts for its plants, not twice in the totals.
  const totals = spec.planted?.length ? [] : spec.use === 'held-out' ? [unseenTotal.all, unseenTotal.heldOut] : [unseenTotal.all];
  for (const t of totals) {
    t.align = addCounts(t.align, al);
    t.add = addCounts(t.add, ad);
    t.div = addCounts(t.div, dv);
  }
  console.log(`${pad(spec.id, 21)} (${spec.use}${spec.planted?.length ? ', planted copy: not in the totals' : ''}) self ${a.self ? short(a.self) : 'none'} detected ${a.detected}`);
  printScores(a, spec.id, labels.missing.filter((x) => x.required).length, scores);
  const byPara = a.divergences.map((d) => ({ pageParagraph: d.page.paragraph, other: passageKey(d.other.doc, d.other.paragraph), kind: d.kind }));
  for (const p of spec.planted ?? []) {
    const r = findPlanted(byPara, p.pageParagraph, p.original.map((ref) => resolveRef(ref, points.docs)), [p.kind, ...(p.alsoKinds ?? [])]);
    unseenPlanted.push(r);
    console.log(plantedLine({ ...r, kind: p.kind, marker: p.marker }, `p${p.pageParagraph}`, p.original.length));
  }
  unseenPer[spec.id] = { use: spec.use, alignment: prfJson(al), additions: prfJson(ad), divergences: prfJson(dv) };
}
console.log(`PLANTED in an unseen article: ${unseenPlanted.filter((r) => r.found).length}/${unseenPlanted.length} found (${unseenPlanted.filter((r) => r.kindOk).length} with an accepted kind)`);
for (const [name, t] of [['all', unseenTotal.all], ['held-out only', unseenTotal.heldOut]] as const) {
  console.log(`UNSEEN ${name}: alignment ${prfLine(t.align)}`);
  console.log(`${' '.repeat(8 + name.length)}additions ${prfLine(t.add)}`);
  console.log(`${' '.repeat(8 + name.length)}divergences ${prfLine(t.div)}`);
}

// ---- edited copies: text, then embedded in real pages ----
interface EditResult extends EditCheck { id: string }
/** Analyses one edited copy, prints a PASS/MISS line per check, and returns the checks. */
function runEdit(edit: EditSpec, article: Article, label: string, index: PageIndex): EditResult | null {
  const a = analyze(article, label);
  if (!a) return null;
  const c = checkEdit(a, edit, editsFile, points, seedDivergent.get(editsFile.docs[edit.self]!) ?? new Set(), index);
  console.log(`${pad(label, 48)} self ${verdict(c.selfOk)} (${a.self ? short(a.self) : 'none'}, expected ${edit.self}) detected ${a.detected}`);
  for (const p of c.planted) console.log(plantedLine(p, p.at < 0 ? 'paragraph not extracted' : `p${p.at}`, p.originals));
  for (const r of c.rewordings) {
    const why = r.at < 0 ? 'paragraph not extracted' : r.fresh.length ? `new divergence ${r.fresh.map(short).join(', ')}` : 'no new divergence';
    console.log(`    ${verdict(r.clean)} rewording  p${r.at}  ${why}`);
  }
  for (const x of c.additions) console.log(`    ${verdict(x.found)} addition of removed point "${x.point}" (bonus check)`);
  return { id: label, ...c };
}

console.log('\nEDITED COPIES (text)');
const textResults: EditResult[] = [];
for (const edit of editsFile.edits) {
  const article = articleFromText(readFileSync(join(FIXTURES, edit.file), 'utf8'), edit.file);
  for (const p of edit.planted) {
    if (!article.paragraphs[p.pageParagraph]?.includes(p.marker)) throw new Error(`label error: "${p.marker}" is not in ${edit.file} paragraph ${p.pageParagraph}`);
  }
  const r = runEdit(edit, article, edit.id, { planted: (p) => p.pageParagraph, reworded: (i) => i });
  if (r) textResults.push(r);
}

console.log('\nEDITED COPIES EMBEDDED IN REAL PAGES');
const pageResults: EditResult[] = [];
let embeddedSkipped: string | null = null;
if (!existsSync(PAGES)) {
  embeddedSkipped = `skipped: ${PAGES} is absent (the real pages live outside the repo in ../shared)`;
  console.log(`  ${embeddedSkipped}`);
} else {
  for (const spec of editsFile.embeddings) {
    const edit = editsFile.edits.find((e) => e.id === spec.edit)!;
    const paragraphs = articleFromText(readFileSync(join(FIXTURES, edit.file), 'utf8'), edit.file).paragraphs;
    const headline = docs.find((d) => d.id === editsFile.docs[edit.self])?.headline ?? paragraphs[0]!;
    const html = embedParagraphs(readFileSync(join(PAGES, spec.page, 'source.html'), 'utf8'), headline, paragraphs);
    const label = `${edit.id} in ${spec.page}`;
    let article: Article | null = null;
    try {
      article = articleFromHtml(html, `https://example.test/${spec.page}`);
    } catch (err) {
      crashes.push(`${label}: ${(err as Error).stack ?? err}`);
    }
    if (!article) {
      console.log(`${pad(label, 48)} extraction returned nothing: every check MISS`);
      const lost = { at: -1, found: false, kindOk: false, originalsHit: 0, originals: 0, reportedKinds: [], elsewhere: [] };
      pageResults.push({ id: label, selfOk: false, planted: edit.planted.map((p) => ({ ...lost, kind: p.kind, marker: p.marker })), rewordings: [], additions: [] });
      continue;
    }
    const ps = article.paragraphs;
    const r = runEdit(edit, article, label, { planted: (p) => ps.findIndex((t) => t.includes(p.marker)), reworded: (i) => ps.indexOf(paragraphs[i]!) });
    if (r) pageResults.push(r);
  }
}

const allPlanted = [...textResults, ...pageResults].flatMap((r) => r.planted);
const found = allPlanted.filter((p) => p.found).length;
const kindOk = allPlanted.filter((p) => p.kindOk).length;
const editsSelf = textResults.filter((r) => r.selfOk).length;
const pagesSelf = pageResults.filter((r) => r.selfOk).length;
console.log(`\nPLANTED: ${found}/${allPlanted.length} found (${kindOk} with an accepted kind)   target all found: ${verdict(found === allPlanted.length)}`);
const allRuns = [...textResults, ...pageResults];
const rewordClean = allRuns.reduce((n, r) => n + r.rewordings.filter((x) => x.clean).length, 0);
const rewordTotal = allRuns.reduce((n, r) => n + r.rewordings.length, 0);
console.log(`RECOGNITION: edits ${editsSelf}/${textResults.length}, embedded ${pagesSelf}/${pageResults.length}`);
console.log(`REWORDINGS without a new divergence: ${rewordClean}/${rewordTotal}`);

// ---- generated plants: one swap at a time in a copy of a seed ----
console.log('\nGENERATED PLANTS (tests/fixtures/swaps.json: one swap at a time in a seed copy, found with an accepted kind against an aligned passage stating the original)');
const swapsFile = readJson<SwapsFile>('swaps.json');
const asPage = (paragraphs: string[], label: string) => analyze({ title: '', byline: null, siteName: null, url: null, paragraphs }, label);
const swapSets = runSwapSets(docs, swapsFile, alignment, asPage);
for (const r of swapSets) {
  console.log(`  ${pad(r.name, 28)} ${r.found}/${r.total} found   (${r.unaligned} divergences shown against passages not aligned with the plant's)`);
  if (details) for (const x of r.missed) console.log(`       swap FN ${x}`);
}
const swapRewordings = runRewordings(docs, swapsFile, asPage);
console.log(`  ${pad('rewordings', 28)} ${swapRewordings.total - swapRewordings.withNew.length}/${swapRewordings.total} without a new divergence`);
if (details) for (const x of swapRewordings.withNew) console.log(`       rewording FP ${x}`);

if (crashes.length) console.log(`CRASHES:\n${crashes.join('\n')}`);

const summary = {
  seeds: {
    overall: { alignment: prfJson(total.align), additions: prfJson(total.add), additionsShownOnly: prfJson(total.addStrict), divergences: prfJson(total.div), divergencesWithoutOmission: prfJson(noOmission), divergenceKindAccuracy: Math.round(kindAccuracy * 1000) / 1000, divergenceRecallByKind: divByKind, selfRecognised: total.selfOk, articles: docs.length },
    perArticle,
  },
  edits: { recognised: editsSelf, total: textResults.length, results: textResults },
  embedded: embeddedSkipped ? { skipped: embeddedSkipped } : { recognised: pagesSelf, total: pageResults.length, results: pageResults },
  unseenPlanted: { found: unseenPlanted.filter((r) => r.found).length, kindOk: unseenPlanted.filter((r) => r.kindOk).length, total: unseenPlanted.length },
  unseen: { all: { alignment: prfJson(unseenTotal.all.align), additions: prfJson(unseenTotal.all.add), divergences: prfJson(unseenTotal.all.div) }, heldOut: { alignment: prfJson(unseenTotal.heldOut.align), additions: prfJson(unseenTotal.heldOut.add), divergences: prfJson(unseenTotal.heldOut.div) }, perArticle: unseenPer },
  planted: { found, kindOk, total: allPlanted.length },
  rewordings: { clean: rewordClean, total: rewordTotal },
  generatedPlants: { sets: swapSets.map(({ name, found: f, total: n, unaligned }) => ({ name, found: f, total: n, unaligned })), rewordings: { clean: swapRewordings.total - swapRewordings.withNew.length, total: swapRewordings.total } },
  targets: {
    alignmentF1: m.align.f1 >= 0.85,
    additionsPR: m.add.precision >= 0.85 && m.add.recall >= 0.85,
    divergencesPR: m.div.precision >= 0.8 && m.div.recall >= 0.8,
    allPlantedFound: found === allPlanted.length,
  },
  crashes: crashes.length,
  ms: Math.round(performance.now() - t0),
};
console.log(JSON.stringify(summary));
process.exitCode = crashes.length ? 1 : 0;
