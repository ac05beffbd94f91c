/**
 * Finds where JSON text first goes wrong, as a line and a column, with a plain reason. Engines word JSON.parse
 * errors differently ("at position 12", "line 1 column 13", or no position at all), so when JSON.parse fails the
 * importer scans the text itself. Iterative (an explicit stack), so a deeply nested file cannot overflow.
 */

export interface JsonSyntaxError {
  /** Offset in the text (UTF-16 code units). */
  offset: number;
  /** 1-based. */
  line: number;
  /** 1-based, in characters from the start of the line. */
  column: number;
  reason: string;
}

const WS = new Set([' ', '\t', '\n', '\r']);

/** The first syntax error in `text`, or undefined when it is valid JSON (RFC 8259). */
export function findJsonSyntaxError(text: string): JsonSyntaxError | undefined {
  const r = scan(text);
  return r === undefined ? undefined : { ...lineColumn(text, r.offset), offset: r.offset, reason: r.reason };
}

/** 1-based line and column of an offset; CRLF, CR and LF each end a line. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(offset, text.length);
  for (let i = 0; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: end - lineStart + 1 };
}

type State = 'value' | 'value-or-end' | 'key' | 'key-or-end' | 'colon' | 'after';

function scan(text: string): { offset: number; reason: string } | undefined {
  const n = text.length;
  const stack: ('{' | '[')[] = [];
  let state: State = 'value';
  let i = 0;
  const fail = (offset: number, reason: string) => ({ offset, reason });
  const describe = (at: number): string => {
    if (at >= n) return 'the end of the file';
    const ch = String.fromCodePoint(text.codePointAt(at)!);
    if (ch === '\n' || ch === '\r') return 'a line break';
    return ch.charCodeAt(0) < 0x20
      ? `control character U+${ch.charCodeAt(0).toString(16).padStart(4, '0')}`
      : `'${ch}'`;
  };

  for (;;) {
    while (i < n && WS.has(text[i]!)) i++;
    if (i >= n) {
      if (state === 'after' && stack.length === 0) return undefined;
      if (stack.length === 0 && state === 'value') return fail(i, 'the file holds no JSON value');
      return fail(i, `unexpected end of the file: ${stack.length} bracket${stack.length === 1 ? '' : 's'} not closed`);
    }
    const c = text[i]!;
    // An empty array or object may close right away.
    if ((state === 'value-or-end' && c === ']') || (state === 'key-or-end' && c === '}')) {
      stack.pop();
      i++;
      state = 'after';
      continue;
    }
    switch (state) {
      case 'value-or-end':
      case 'value': {
        if (c === '{') {
          stack.push('{');
          i++;
          state = 'key-or-end';
          continue;
        }
        if (c === '[') {
          stack.push('[');
          i++;
          state = 'value-or-end';
          continue;
        }
        if (c === '"') {
          const r = string(text, i);
          if (typeof r !== 'number') return r;
          i = r;
          state = 'after';
          continue;
        }
        if (c === '-' || (c >= '0' && c <= '9')) {
          const r = number(text, i);
          if (typeof r !== 'number') return r;
          i = r;
          state = 'after';
          continue;
        }
        const word = ['true', 'false', 'null'].find((w) => text.startsWith(w, i));
        if (word) {
          i += word.length;
          state = 'after';
          continue;
        }
        if ((c === ']' || c === '}') && state === 'value' && stack.length > 0) {
          return fail(i, `expected a value after the comma, found ${describe(i)} (a trailing comma is not allowed)`);
        }
        if (c === "'") return fail(i, 'strings must use double quotes, not single quotes');
        return fail(
          i,
          `expected a value (an object, array, string, number, true, false or null), found ${describe(i)}`,
        );
      }
      case 'key-or-end':
      case 'key': {
        if (c !== '"') {
          if (c === '}' && state === 'key')
            return fail(i, 'expected a property name after the comma (a trailing comma is not allowed)');
          return fail(i, `expected a property name in double quotes, found ${describe(i)}`);
        }
        const r = string(text, i);
        if (typeof r !== 'number') return r;
        i = r;
        state = 'colon';
        continue;
      }
      case 'colon':
        if (c !== ':') return fail(i, `expected ':' after the property name, found ${describe(i)}`);
        i++;
        state = 'value';
        continue;
      case 'after': {
        const top = stack[stack.length - 1];
        if (top === undefined) return fail(i, `unexpected ${describe(i)} after the end of the JSON value`);
        if (c === ',') {
          i++;
          state = top === '{' ? 'key' : 'value';
          continue;
        }
        if ((top === '{' && c === '}') || (top === '[' && c === ']')) {
          stack.pop();
          i++;
          continue;
        }
        let prev = i - 1;
        while (prev > 0 && WS.has(text[prev]!)) prev--;
        const prevLine = lineColumn(text, prev).line;
        const hint = prevLine < lineColumn(text, i).line ? ` (is a comma missing at the end of line ${prevLine}?)` : '';
        return fail(
          i,
          (top === '{'
            ? `expected ',' or '}' after a property value, found ${describe(i)}`
            : `expected ',' or ']' after an array element, found ${describe(i)}`) + hint,
        );
      }
    }
  }
}

/** Offset just past the closing quote, or the error. */
function string(text: string, start: number): number | { offset: number; reason: string } {
  let i = start + 1;
  const n = text.length;
  while (i < n) {
    const code = text.charCodeAt(i);
    if (code === 0x22) return i + 1;
    if (code === 0x5c) {
      const e = text[i + 1];
      if (e !== undefined && '"\\/bfnrt'.includes(e)) {
        i += 2;
        continue;
      }
      if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) {
        i += 6;
        continue;
      }
      return { offset: i, reason: 'invalid escape sequence in a string' };
    }
    if (code < 0x20) {
      return {
        offset: i,
        reason:
          code === 10 || code === 13
            ? 'line break inside a string (unterminated string?)'
            : 'control character inside a string',
      };
    }
    i++;
  }
  return { offset: start, reason: 'unterminated string' };
}

function number(text: string, start: number): number | { offset: number; reason: string } {
  const m = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
  m.lastIndex = start;
  const hit = m.exec(text);
  if (!hit || hit[0] === '-') return { offset: start, reason: 'invalid number' };
  const end = start + hit[0].length;
  const next = text[end];
  if (next !== undefined && /[0-9.eE+\-a-zA-Z]/.test(next)) return { offset: end, reason: 'invalid number' };
  return end;
}
