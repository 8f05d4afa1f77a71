/**
 * The compiled corpus as one file of bytes, the form the extension ships and the background loads.
 * A small JSON header (ASCII only) comes first, then a newline, then the large sections and the article
 * texts as raw bytes. Opening the file parses only the header: a section is decoded the first time the
 * engine reads it, an article's text the first time its paragraphs are read. At 10,000 articles this keeps
 * ~95 MB (60 MB of it article text) out of the load path; most texts are never decoded at all.
 */

import { decInts, encInts } from './codec';
import { CORPUS_VERSION, type CompiledCorpus, type PackedDoc } from './format';

/** The sections stored as bytes after the header, decoded on first read. */
const LAZY_FIELDS = ['sents', 'sentTerms', 'flags', 'substance', 'dated', 'links', 'mates', 'postings'] as const;
type LazyField = (typeof LAZY_FIELDS)[number];

/** What the header holds: everything but the lazy sections and the texts, plus where those lie in the body. */
interface Header extends Omit<CompiledCorpus, LazyField | 'docs'> {
  docs: Array<Omit<PackedDoc, 'text'>>;
  /** Byte offset in the body where each lazy section ends (they start where the previous one ends). */
  sectionEnds: Record<LazyField, number>;
  /** Byte offset in the body where each doc's text ends (encInts); texts follow the sections. */
  textEnds: string;
}

const NEWLINE = 10;

/** JSON with every non-ASCII character escaped, so the header is one-byte text that parses fast. */
function asciiJson(value: unknown): string {
  return JSON.stringify(value).replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Serialises a compiled corpus into the shipped file. */
export function encodeCorpusFile(c: CompiledCorpus): Uint8Array {
  const enc = new TextEncoder();
  const parts: Uint8Array[] = [];
  let offset = 0;
  const push = (s: string): number => {
    const bytes = enc.encode(s);
    parts.push(bytes);
    return (offset += bytes.length);
  };
  const sectionEnds = {} as Record<LazyField, number>;
  for (const f of LAZY_FIELDS) sectionEnds[f] = push(c[f]);
  const textEnds = c.docs.map((d) => push(d.text));
  const rest: Record<string, unknown> = { ...c };
  for (const f of LAZY_FIELDS) delete rest[f];
  const header = { ...rest, docs: c.docs.map(({ id, outlet, headline }) => ({ id, outlet, headline })), sectionEnds, textEnds: encInts(textEnds) };
  const head = enc.encode(asciiJson(header) + '\n');
  const out = new Uint8Array(head.length + offset);
  out.set(head, 0);
  let at = head.length;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** A doc whose text stays bytes until first read (a class: a 10,000-doc corpus builds one per doc at load). */
class FileDoc implements PackedDoc {
  readonly id: string;
  readonly outlet: string;
  readonly headline: string;
  private decoded: string | null = null;

  constructor(
    meta: Omit<PackedDoc, 'text'>,
    private readonly slice: (start: number, end: number) => string,
    private readonly start: number,
    private readonly end: number,
  ) {
    this.id = meta.id;
    this.outlet = meta.outlet;
    this.headline = meta.headline;
  }

  get text(): string {
    return (this.decoded ??= this.slice(this.start, this.end));
  }

  /** Serialises as the plain PackedDoc it stands for. */
  toJSON(): PackedDoc {
    return { id: this.id, outlet: this.outlet, headline: this.headline, text: this.text };
  }
}

/** Reads the header's version without trusting the rest (an older file may have another layout). */
function versionOf(header: unknown): number | null {
  const v = (header as { version?: unknown } | null)?.version;
  return typeof v === 'number' ? v : null;
}

/** Opens a shipped corpus file: parses the header now, decodes sections and texts when first read. */
export function openCorpusFile(bytes: Uint8Array): CompiledCorpus {
  const nl = bytes.indexOf(NEWLINE);
  if (nl < 0) throw new Error('not a Crosscheck corpus file: no header line');
  const decoder = new TextDecoder();
  const header = JSON.parse(decoder.decode(bytes.subarray(0, nl))) as Header;
  const version = versionOf(header);
  if (version !== CORPUS_VERSION) throw new Error(`compiled corpus version ${version}, engine expects ${CORPUS_VERSION}: rebuild it`);
  const body = bytes.subarray(nl + 1);
  const slice = (start: number, end: number) => decoder.decode(body.subarray(start, end));

  const { sectionEnds, textEnds: ends, docs: metas, ...rest } = header;
  const textEnds = decInts(ends);
  const textsFrom = sectionEnds[LAZY_FIELDS[LAZY_FIELDS.length - 1]!];
  const docs: PackedDoc[] = metas.map((m, i) => new FileDoc(m, slice, i === 0 ? textsFrom : textEnds[i - 1]!, textEnds[i]!));
  const corpus = { ...rest, docs } as CompiledCorpus;
  let start = 0;
  for (const f of LAZY_FIELDS) {
    const [from, to] = [start, sectionEnds[f]];
    let value: string | null = null;
    Object.defineProperty(corpus, f, { enumerable: true, get: () => (value ??= slice(from, to)) });
    start = to;
  }
  return corpus;
}
