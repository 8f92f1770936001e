// saraban as a library: the pipeline's stages and the Thai text layer.
export * from './pipeline/render.js';
export * from './model/document.js';
export * as thai from './thai/index.js';
export { parseMarkup } from './markup/parse.js';
export { writers, FORMATS, type Format } from './writers/index.js';
export { SarabanError } from './messages/errors.js';
export type {
  SarabanData, Person, Minutes, Memo, MemoRecipient, Meeting, News,
  SarabanInput, MeetingInput, MinutesInput, NewsInput, MemoInput, PersonInput,
} from './data/schema.js';
export { validate, render, type Problem, type ValidateResult, type RenderResult, type RenderedDocument, type RenderInMemoryOptions } from './api.js';
export { findSource as pdfData, type EmbeddedSource } from './archive/source.js';
export { PdfFile } from './archive/pdf-file.js';
export { openP12, type SigningIdentity } from './archive/cms.js';
export { signPdf, type SignOptions } from './archive/sign.js';
export { verifySignatures, type SignatureReport } from './archive/verify.js';
export { checkEmbeddedData, type DataCheck } from './archive/data-check.js';
