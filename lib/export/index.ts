/**
 * Export, import and redaction of saved stops (docs/export-format.md). Pure: no browser APIs, no storage.
 * This barrel pulls in zod (json.ts): a content script that only needs redaction imports './redact.ts' directly.
 */
export * from './redact.ts';
export * from './json.ts';
export * from './csv.ts';
export * from './markdown.ts';
export { findJsonSyntaxError, lineColumn, type JsonSyntaxError } from './json-syntax.ts';
