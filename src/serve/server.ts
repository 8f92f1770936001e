// `saraban serve`: the local web editor's server (node:http, no framework). It is guarded as a
// local app must be: it listens on 127.0.0.1 only; it answers only requests whose Host header is
// its own address (a DNS-rebinding page has another host name); the per-run token reaches only
// the person who started it — in the address printed in their terminal (or opened by --open);
// opening that address once sets an HttpOnly, SameSite=Strict cookie, and every route that shows or
// changes data needs the cookie (or the token in a header), so another account of the same
// computer, which can reach the port but not the terminal, gets nothing; every state-changing
// request (POST) must also carry the token the editor's page holds, which no other origin can read
// (no CORS headers, ever); it serves its own assets and the data files of the folder it was
// started in and nothing else — every read passes src/io/input.ts's gate confined to that folder,
// every write is atomic and keeps the file's mode and owner (src/io/output.ts).
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { existsSync, readdirSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { validate, type Problem } from '../api.js';
import { buildDocument, prepareTemplate, type PreparedTemplate } from '../pipeline/documents.js';
import { parseData } from '../data/load.js';
import { SarabanError } from '../messages/errors.js';
import type { Lang } from '../messages/i18n.js';
import { confine, decodeText, readInput } from '../io/input.js';
import { LIMITS } from '../io/limits.js';
import { WEB_BUILT_DIR, WEB_DIR } from '../io/paths.js';
import { writeFileAtomic } from '../io/output.js';
import { MONTHS } from '../thai/dates.js';
import { fontsourceDir } from '../writers/fontsource.js';
import { verifyImages } from '../writers/images.js';
import { FORMATS, isFormat, type Format } from '../writers/formats.js';
import { STANDARD_AGENDA_TITLES, type SarabanData } from '../data/schema.js';
import { TEMPLATE_SECTIONS } from '../template/sections.js';
import { clerkProblems } from './clerk-words.js';
import { draftPreview } from './draft-preview.js';
import { formSpec } from './form.js';
import { editorLang } from './lang.js';
import { isStart, nextMeetingFile, starterText, STARTS } from './new-meeting.js';
import type { DataAnswer, EditorProblem, ErrorAnswer, FieldSpec, FormAnswer, NewAnswer, PreviewAnswer, SaveAnswer, TableAnswer } from './protocol.js';
import { readings } from './readings.js';
import { specRefs } from './spec-path.js';
import { SERVE_TEXTS, serveText } from './texts.js';
import { asWrittenData, editableDocument, editedText } from './yaml-edit.js';

export interface ServeOptions {
  /** The folder whose data files may be read and written. */
  dir: string;
  /** The data file to open first (a name in `dir`). */
  file?: string;
  /** 0: any free port. */
  port?: number;
  /** The editor's language when `--lang` was given; else each browser's (Accept-Language, Thai first). */
  lang?: Lang;
}

export interface RunningServer {
  /** The server's address, which lets no one in by itself. */
  url: string;
  /** The address that lets its holder in: url with ?k=<token>. Shown only to whoever started it. */
  link: string;
  port: number;
  /** The per-run token state-changing requests must carry (X-Saraban-Token). */
  token: string;
  close(): Promise<void>;
}

/** The documents the preview can show: the built-in templates only (a data file's .hbs path is
 *  not the editor's to follow), the meeting's papers with them. */
export const PREVIEW_TEMPLATES = ['minutes', 'invitation', 'agenda', 'signin', 'news', 'memo'] as const;
export const TOKEN_HEADER = 'x-saraban-token';
/** On a download made while problems remain: it is the draft, and how many problems are left. */
export const DRAFT_HEADER = 'x-saraban-draft';
/** The query parameter of the address printed at start: the token, exchanged for a cookie. */
export const TOKEN_PARAM = 'k';
/** The cookie that holds the token in the browser of whoever opened the printed address; named by
 *  port, since a cookie is not confined to one (two editors on two ports keep their own). */
export const tokenCookie = (port: number) => `saraban-${port}`;

/** The editor's own scripts (compiled from web/*.ts by the build) and style sheet, and the fonts it
 *  shows Thai in. */
const SCRIPTS: Record<string, string> = Object.fromEntries(['app.js', 'form.js', 'agenda.js', 'chair.js', 'new-meeting.js'].map((f) => [f, 'text/javascript']));
const STYLES: Record<string, string> = { 'style.css': 'text/css' };
const FONTS = ['sarabun-thai-400-normal.woff2', 'sarabun-thai-700-normal.woff2', 'sarabun-latin-400-normal.woff2', 'sarabun-latin-700-normal.woff2'];

const DATA_FILE = /\.(ya?ml|json|pdf)$/i;
/** A saraban PDF/A opens as the data inside it (archive/source.ts), and is saved as YAML beside it. */
const PDF_FILE = /\.pdf$/i;
const yamlBeside = (name: string) => name.replace(PDF_FILE, '.yaml');
const TABLE_FILE = /\.(csv|tsv|xlsx)$/i;

/** What the editor opened, to tell whether another program changed the file since. */
const versionOf = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 16);

class HttpError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

export async function startServer(options: ServeOptions): Promise<RunningServer> {
  const dir = confine(options.dir, { kind: 'data' });
  const langOf = (req: IncomingMessage) => editorLang(req.headers['accept-language'], options.lang);
  const token = randomBytes(24).toString('base64url');
  const templates = new Map<string, Promise<PreparedTemplate>>();
  const template = (name: string) => {
    if (!templates.has(name)) templates.set(name, prepareTemplate(name));
    return templates.get(name)!;
  };
  /** The form in each language, with its references, made once. */
  const forms = new Map<Lang, { spec: FieldSpec; refs: Map<number, FieldSpec>; json: string }>();
  const formOf = (lang: Lang) => {
    if (!forms.has(lang)) {
      const spec = formSpec(lang);
      forms.set(lang, { spec, refs: specRefs(spec), json: JSON.stringify(spec) });
    }
    return forms.get(lang)!;
  };
  /** The document as `saraban render` builds it from the saved file (images checked whole too). */
  const build = async (data: SarabanData, name: string) => {
    const prepared = await template(name);
    const doc = buildDocument(data, prepared, dir);
    await verifyImages(doc, prepared.ref.file);
    return doc;
  };
  let port = 0;

  const hostAllowed = (host: string | undefined) => host === `127.0.0.1:${port}` || host === `localhost:${port}`;
  const originAllowed = (origin: string | undefined) => origin === undefined || origin === `http://127.0.0.1:${port}` || origin === `http://localhost:${port}`;
  const tokenValid = (given: string | string[] | null | undefined) => {
    if (typeof given !== 'string') return false;
    const a = Buffer.from(given);
    const b = Buffer.from(token);
    return a.length === b.length && timingSafeEqual(a, b);
  };
  /** Whether the request comes from whoever holds the token: the cookie the printed address set,
   *  or the token itself in the header (the page's own requests, a script of the same person). */
  const admitted = (req: IncomingMessage) => tokenValid(req.headers[TOKEN_HEADER]) || tokenValid(cookie(req, tokenCookie(port)));

  /** A data file of the folder, by the name the editor gives: its real path, confined to the folder. */
  const dataPath = (name: unknown, mayBeNew: boolean, lang: Lang): string => {
    if (typeof name !== 'string' || !DATA_FILE.test(name)) throw new HttpError(400, serveText('badName', lang));
    const full = path.resolve(dir, name);
    try {
      return confine(full, { kind: 'data', within: [dir], shown: name });
    } catch (e) {
      // A file not made yet may be created, when it is named plainly in the folder itself.
      const missing = e instanceof SarabanError && e.key === 'file-unreadable';
      if (mayBeNew && missing && path.dirname(full) === dir && !name.includes('/') && !name.includes('\\')) return full;
      throw e;
    }
  };

  const readData = (name: unknown, lang: Lang): { file: string; text: string } => {
    const file = dataPath(name, true, lang);
    let text = '';
    try {
      text = decodeText(readInput(file, { kind: 'data', within: [dir], shown: String(name) }).bytes, file);
    } catch (e) {
      // A new file: empty until saved.
      if (!(e instanceof SarabanError && e.key === 'file-unreadable' && path.dirname(file) === dir)) throw e;
    }
    return { file, text };
  };

  /** Problems in the editor's words (clerk-words.ts). */
  const inWords = (problems: readonly Problem[], lang: Lang): EditorProblem[] => {
    const { spec, refs } = formOf(lang);
    return clerkProblems(problems, spec, refs, lang);
  };
  /** The draft of what is there (draft-preview.ts), built as `saraban render` would build it. */
  const draftBuild = async (data: unknown, name: string, lang: Lang) => {
    const { spec, refs } = formOf(lang);
    const shown = draftPreview(data, name, lang, spec, refs);
    if (!shown.data) return { ...shown, doc: undefined };
    try {
      return { ...shown, doc: await build(shown.data, name) };
    } catch (e) {
      return { ...shown, problems: [...shown.problems, ...problemsOf(e, lang)], doc: undefined };
    }
  };

  const handlers: Record<string, (req: IncomingMessage, url: URL, body: unknown, lang: Lang) => Promise<Reply>> = {
    'GET /': async (_req, _url, _body, lang) => ({ type: 'text/html; charset=utf-8', body: page(token, lang, options.file ?? '') }),
    'GET /api/form': async (_req, _url, _body, lang) => ({
      json: {
        spec: formOf(lang).spec, texts: SERVE_TEXTS_FOR(lang), months: MONTHS, lang, formats: FORMATS, templates: PREVIEW_TEMPLATES,
        files: dataFiles(dir), tables: folderFiles(dir, TABLE_FILE), file: options.file ?? '',
        starts: STARTS, agendaTitles: STANDARD_AGENDA_TITLES, sections: TEMPLATE_SECTIONS,
      } satisfies FormAnswer,
    }),
    'GET /api/files': async () => ({ json: dataFiles(dir) }),
    'GET /api/data': async (_req, url, _body, lang) => {
      const name = url.searchParams.get('file');
      if (typeof name === 'string' && PDF_FILE.test(name)) {
        // The data inside a signed PDF: edited and saved as the YAML file beside it, never into the PDF.
        const pdf = dataPath(name, false, lang);
        const { embeddedData } = await import('../archive/source.js');
        const text = embeddedData(readInput(pdf, { kind: 'data', within: [dir], shown: name }).bytes, pdf);
        parseData(text, pdf);
        const target = yamlBeside(name);
        return { json: { file: target, data: asWrittenData(editableDocument(text)), version: versionOf(readData(target, lang).text) } };
      }
      const { text, file } = readData(name, lang);
      parseData(text, file); // a YAML problem is reported, located, before any editing
      return { json: { file: name, data: asWrittenData(editableDocument(text)), version: versionOf(text) } satisfies DataAnswer };
    },
    'GET /api/table': async (_req, url, _body, lang) => {
      // A CSV or XLSX attendance sheet of the folder, to load into a table of the form.
      const name = url.searchParams.get('file') ?? '';
      if (!TABLE_FILE.test(name)) throw new HttpError(400, serveText('badTable', lang));
      const real = confine(path.resolve(dir, name), { kind: 'table', within: [dir], shown: name });
      const { readTable } = await import('../batch/tables.js');
      return { json: { rows: (await readTable(real)).map((r) => r.cells) } satisfies TableAnswer };
    },
    'POST /api/preview': async (_req, _url, body, lang) => {
      const { data, name } = previewRequest(body, lang);
      const started = performance.now();
      // While the clerk is still filling in, the preview is the draft of what is there.
      const shown = await draftBuild(data, name, lang);
      const { spec, refs } = formOf(lang);
      const said = readings(data, spec, refs, lang);
      if (!shown.doc) return { json: { problems: inWords(shown.problems, lang), html: null, readings: said } satisfies PreviewAnswer };
      const { writers } = await import('../writers/index.js');
      const html = Buffer.from(await writers.html(shown.doc)).toString('utf8');
      return { json: { problems: inWords(shown.problems, lang), html, draft: shown.draft, ms: Math.round(performance.now() - started), readings: said } satisfies PreviewAnswer };
    },
    'POST /api/download': async (_req, _url, body, lang) => {
      const { data, name } = previewRequest(body, lang);
      const format = (body as { format?: unknown }).format;
      if (typeof format !== 'string' || !isFormat(format)) throw new HttpError(400, serveText('badFormat', lang));
      // With problems, the draft of what is there (its file name says so); without a draft, why not.
      const shown = await draftBuild(data, name, lang);
      if (!shown.doc) return { status: 422, json: { error: serveText('noDownload', lang), problems: inWords(shown.problems, lang) } satisfies ErrorAnswer };
      const { writers } = await import('../writers/index.js');
      const bytes = await writers[format as Format](shown.doc);
      const stem = String((body as { file?: unknown }).file ?? 'document').replace(DATA_FILE, '').replace(/[^\p{L}\p{M}\p{N}._-]+/gu, '-') || 'document';
      const headers = shown.draft ? { [DRAFT_HEADER]: String(shown.problems.length) } : undefined;
      return { type: MIME[format as Format], body: Buffer.from(bytes), filename: `${stem}.${name}${shown.draft ? '.draft' : ''}.${format}`, headers };
    },
    // The news release drafted from the form's data (issue 30), for the draft button.
    'POST /api/news-draft': async (_req, _url, body, lang) => {
      const reply = await (await import('./news-draft-route.js')).newsDraftReply(body, lang);
      // Problems beside their fields, in the form's words, as the preview's are.
      const problems = 'problems' in reply.json ? reply.json.problems : undefined;
      return problems ? { ...reply, json: { ...reply.json, problems: inWords(problems, lang) } } : reply;
    },
    'POST /api/save': async (_req, _url, body, lang) => {
      const { file: name, data, version, force } = (body ?? {}) as { file?: unknown; data?: unknown; version?: unknown; force?: unknown };
      if (data === null || typeof data !== 'object' || Array.isArray(data)) throw new HttpError(400, serveText('badData', lang));
      if (typeof name === 'string' && PDF_FILE.test(name)) throw new HttpError(400, serveText('badName', lang));
      const { file, text } = readData(name, lang);
      // Changed by another program since the page opened it: not overwritten unless the clerk says so.
      if (force !== true && typeof version === 'string' && version !== versionOf(text)) return { status: 409, json: { error: serveText('changedOnDisk', lang), conflict: true } };
      parseData(text, file); // the file as it is now must read (a located YAML problem, aliases bounded)
      const written = editedText(text, data);
      writeFileAtomic(file, written);
      const checked = validate(data, { lang });
      return { json: { saved: name as string, problems: inWords(checked.problems, lang), version: versionOf(written) } satisfies SaveAnswer };
    },
    'POST /api/new': async (_req, _url, body, lang) => {
      // A new data file of the folder, from a starting point; never over a file that exists.
      const { start, file: wanted, from } = (body ?? {}) as { start?: unknown; file?: unknown; from?: unknown };
      if (!isStart(start)) throw new HttpError(400, serveText('badStart', lang));
      let made: { name: unknown; text: string };
      if (start === 'next') {
        const last = readData(from, lang);
        const next = nextMeetingFile(String(from), last.text, last.file);
        made = { name: typeof wanted === 'string' && wanted ? wanted : next.name, text: next.text };
      } else made = { name: wanted, text: starterText(start) };
      const target = dataPath(made.name, true, lang);
      if (existsSync(target)) return { status: 409, json: { error: serveText('fileExists', lang).replace('{file}', String(made.name)) } satisfies ErrorAnswer };
      writeFileAtomic(target, made.text);
      return { json: { file: String(made.name) } satisfies NewAnswer };
    },
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((e: unknown) => fail(res, e, langOf(req)));
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const lang = langOf(req);
    // DNS rebinding: a foreign page reaching this port under its own name is turned away here.
    if (!hostAllowed(req.headers.host)) throw new HttpError(421, serveText('badHost', lang));
    const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);
    const method = req.method === 'HEAD' ? 'GET' : req.method ?? 'GET';
    if (method !== 'GET' && method !== 'POST') throw new HttpError(405, serveText('badMethod', lang));
    // The editor's own scripts, styles and fonts hold no data: they are served to anyone.
    if (method === 'GET' && url.pathname.startsWith('/app/')) {
      const name = url.pathname.slice(5);
      return send(res, Object.hasOwn(SCRIPTS, name) ? asset(WEB_BUILT_DIR, name, SCRIPTS) : asset(WEB_DIR, name, STYLES));
    }
    if (method === 'GET' && url.pathname.startsWith('/fonts/')) return send(res, asset(path.join(fontsourceDir(), 'files'), url.pathname.slice(7), Object.fromEntries(FONTS.map((f) => [f, 'font/woff2']))));
    if (method === 'GET' && url.pathname === '/' && url.searchParams.has(TOKEN_PARAM)) {
      // The printed address: its token becomes a cookie, and the address bar loses it.
      if (!tokenValid(url.searchParams.get(TOKEN_PARAM))) return send(res, closedPage(lang));
      res.writeHead(303, { ...SECURITY_HEADERS, Location: '/', 'Set-Cookie': `${tokenCookie(port)}=${token}; HttpOnly; SameSite=Strict; Path=/` });
      return void res.end();
    }
    if (!admitted(req)) {
      if (method === 'GET' && url.pathname === '/') return send(res, closedPage(lang));
      throw new HttpError(403, serveText('badToken', lang));
    }
    let body: unknown;
    if (method === 'POST') {
      if (!originAllowed(req.headers.origin) || !tokenValid(req.headers[TOKEN_HEADER])) throw new HttpError(403, serveText('badToken', lang));
      body = await readJson(req, lang);
    }
    const handler = handlers[`${method} ${url.pathname}`];
    if (handler) return send(res, await handler(req, url, body, lang));
    throw new HttpError(404, serveText('notFound', lang));
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/`,
    link: `http://127.0.0.1:${port}/?${TOKEN_PARAM}=${token}`,
    port,
    token,
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };

  function previewRequest(body: unknown, lang: Lang): { data: unknown; name: string } {
    const { data, template: name } = (body ?? {}) as { data?: unknown; template?: unknown };
    if (typeof name !== 'string' || !(PREVIEW_TEMPLATES as readonly string[]).includes(name)) throw new HttpError(400, serveText('badTemplate', lang));
    return { data: data ?? {}, name };
  }
}

const MIME: Record<Format, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
  html: 'text/html; charset=utf-8',
  txt: 'text/plain; charset=utf-8',
};

const SERVE_TEXTS_FOR = (lang: Lang) => Object.fromEntries(Object.entries(SERVE_TEXTS).map(([k, v]) => [k, v[lang]])) as FormAnswer['texts'];

interface Reply {
  status?: number;
  json?: unknown;
  type?: string;
  body?: string | Buffer;
  filename?: string;
  headers?: Record<string, string>;
}

/** One of the editor's own files, read through the gate: a known name inside its folder. */
function asset(folder: string, name: string, known: Record<string, string>): Reply {
  const type = Object.hasOwn(known, name) ? known[name] : undefined;
  if (!type) throw new HttpError(404, 'not found');
  const { bytes } = readInput(path.join(folder, name), { kind: 'template', within: [folder] });
  return { type: type.startsWith('text/') ? `${type}; charset=utf-8` : type, body: bytes };
}

/** The data files offered in the page: YAML and JSON (a PDF is opened by name). */
const dataFiles = (dir: string): string[] => folderFiles(dir, /\.(ya?ml|json)$/i);

function folderFiles(dir: string, pattern: RegExp): string[] {
  return readdirSync(dir, { withFileTypes: true }).filter((e) => e.isFile() && pattern.test(e.name) && !e.name.startsWith('.')).map((e) => e.name).sort();
}

/** Headers every answer carries: nothing cached, nothing sniffed, never framed by another page,
 *  no referrer; and no Access-Control-* header, so no other origin may read an answer. */
const SECURITY_HEADERS = {
  'Cache-Control': 'no-store',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Resource-Policy': 'same-origin',
  // The preview (an iframe's srcdoc) inherits this: its inline style and inlined fonts and photos.
  'Content-Security-Policy': "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; font-src 'self' data:; img-src 'self' data: blob:; frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
};

function send(res: ServerResponse, reply: Reply): void {
  const body = reply.json !== undefined ? JSON.stringify(reply.json) : reply.body ?? '';
  const headers: Record<string, string> = { ...SECURITY_HEADERS, 'Content-Type': reply.json !== undefined ? 'application/json; charset=utf-8' : reply.type ?? 'text/plain; charset=utf-8' };
  Object.assign(headers, reply.headers);
  if (reply.filename) headers['Content-Disposition'] = `attachment; filename="document"; filename*=UTF-8''${encodeURIComponent(reply.filename)}`;
  res.writeHead(reply.status ?? 200, headers);
  res.end(body);
}

function fail(res: ServerResponse, e: unknown, lang: Lang): void {
  if (res.headersSent) {
    res.destroy();
    return;
  }
  if (e instanceof HttpError) return send(res, { status: e.status, json: { error: e.message } });
  if (e instanceof SarabanError) {
    const status = e.key === 'input-outside' ? 403 : e.key === 'file-unreadable' ? 404 : 400;
    return send(res, { status, json: { error: e.format(lang), problems: problemsOf(e, lang) } });
  }
  process.stderr.write(`saraban serve: ${e instanceof Error ? e.stack : String(e)}\n`);
  send(res, { status: 500, json: { error: serveText('internal', lang) } });
}

function problemsOf(e: unknown, lang: Lang): Problem[] {
  if (!(e instanceof SarabanError)) throw e;
  return (e.problems.length ? e.problems : [e]).map((p) => ({ message: p.format(lang), ...(p.fieldPath ? { path: p.fieldPath } : {}) }));
}

async function readJson(req: IncomingMessage, lang: Lang): Promise<unknown> {
  const cap = LIMITS.data.value * 1_000_000;
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of req) {
    total += (chunk as Buffer).length;
    if (total > cap) throw new HttpError(413, serveText('tooBig', lang));
    chunks.push(chunk as Buffer);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    throw new HttpError(400, serveText('badJson', lang));
  }
}

/** The value of a cookie of the request, or undefined. */
function cookie(req: IncomingMessage, name: string): string | undefined {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const at = part.indexOf('=');
    if (at > 0 && part.slice(0, at).trim() === name) return part.slice(at + 1).trim();
  }
  return undefined;
}

/** What a browser without the cookie is shown instead of the editor: where to find the address
 *  that lets in. No data, no token. */
function closedPage(lang: Lang): Reply {
  const text = serveText('openPrinted', lang);
  const body = `<!doctype html>
<html lang="${lang}">
<head><meta charset="utf-8"><title>saraban</title></head>
<body><p>${text}</p></body>
</html>
`;
  return { status: 403, type: 'text/html; charset=utf-8', body };
}

/** The editor's page, sent only to whoever holds the token: the token is written into it, for the
 *  page's POSTs, readable only by a page of this origin. */
function page(token: string, lang: Lang, file: string): string {
  const esc = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="saraban-token" content="${esc(token)}">
<meta name="saraban-file" content="${esc(file)}">
<title>saraban — ${esc(serveText('title', lang))}</title>
<link rel="stylesheet" href="/app/style.css">
<script type="module" src="/app/app.js"></script>
</head>
<body>
<noscript>${esc(serveText('noscript', lang))}</noscript>
</body>
</html>
`;
}
