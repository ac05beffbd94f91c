/**
 * A value the page handed us (parsed JSON of its traffic, a fetch argument, a socket frame): its shape is not
 * ours to trust, so code reads it field by field with typeof checks and never assumes one. Typed `any` once,
 * here, so that reading stays terse in the hot paths; every reader guards what it reads.
 */
// biome-ignore lint/suspicious/noExplicitAny: the one untyped alias of the page world (see above).
export type J = any;
