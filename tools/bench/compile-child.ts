/**
 * Runs compileCorpus in its own process for the benchmark, so a compile that outgrows the time
 * budget can be stopped from outside. Reads docs JSON from argv[2], writes the compiled corpus as the
 * shipped corpus file to argv[3], and prints {"compileMs": n} on stdout.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { compileCorpus } from '../../lib/corpus/compile';
import { encodeCorpusFile } from '../../lib/corpus/corpus-file';
import type { CorpusDoc } from '../../lib/types';

const [docsFile, outFile] = process.argv.slice(2);
if (!docsFile || !outFile) throw new Error('usage: compile-child DOCS.json OUT.bin');
const docs = JSON.parse(readFileSync(docsFile, 'utf8')) as CorpusDoc[];
const t0 = performance.now();
const compiled = compileCorpus(docs);
const compileMs = performance.now() - t0;
writeFileSync(outFile, encodeCorpusFile(compiled));
process.stdout.write(`${JSON.stringify({ compileMs })}\n`);
