// saraban as a library: the pipeline's stages and the Thai text layer.
export * from './pipeline.js';
export * from './model/document.js';
export * as thai from './thai/index.js';
export { parseMarkup } from './markup/parse.js';
export { writers, FORMATS, type Format } from './writers/index.js';
export { SarabanError } from './errors.js';
export type {
  SarabanData, Person, Minutes, Memo, MemoRecipient, Meeting, News,
  SarabanInput, MeetingInput, MinutesInput, NewsInput, MemoInput, PersonInput,
} from './data/schema.js';
export { validate, render, type Problem, type ValidateResult, type RenderResult, type RenderedDocument, type RenderInMemoryOptions } from './api.js';
