/**
 * Structure first: parse what can be parsed (a JSON body, a ChatGPT stream event, raw SSE lines, a JSON body
 * embedded in a log line) and pull out the signals that do not depend on wording. Everything bounded: the caller
 * caps the text; here the number of lines, JSON nodes and collected characters are capped too.
 */
import { IMAGE_FEATURE, IMAGE_TOOL, TOOL_RATE_LIMIT_EXCEPTION } from './patterns.ts';

const MAX_LINES = 4000;
const MAX_NODES = 20000;
const MAX_DEPTH = 40;
const MAX_WORD_CHARS = 64 * 1024;
const MAX_TOOL_TEXT = 8192;

export interface ToolMessage {
  tool: string;
  image: boolean;
  text: string;
  /** content_type system_error with a …RateLimitException name. */
  rateLimitException: boolean;
  exceptionName?: string;
  /** metadata.is_error, or a system_error that is not a rate-limit exception. */
  isError: boolean;
}

export interface BlockedFeature {
  name: string;
  resetsAfter?: string;
  resetsAfterText?: string;
}

/** ChatGPT's `limits_progress` entry (lib/domain/chatgpt.ts) as the classifier reads it: validated, renamed. */
export interface ParsedLimitProgress {
  feature: string;
  remaining?: number;
  resetAfter?: string;
}

export interface Structure {
  /** At least one JSON value was parsed. */
  parsed: boolean;
  /** The shapes are ChatGPT's own stream/conversation shapes. */
  chatgpt: boolean;
  /** Text for word rules: everything except what the assistant or the user wrote. */
  wordText: string;
  moderationBlocked: boolean;
  tools: ToolMessage[];
  blockedFeatures: BlockedFeature[];
  limitsProgress: ParsedLimitProgress[];
  /** code / type / status / reason string values, in the order found. */
  codes: string[];
  /** HTTP-like numbers found in the body (error.code 402, status 400). */
  statusCodes: number[];
  clearsIn?: { seconds: number; stated: string };
  /** Body retry delays such as Google's RetryInfo.retryDelay "28s". */
  retryDelays: { seconds: number; stated: string }[];
  quotaIds: string[];
  quotaZero: boolean;
  /** Response headers relayed inside the body (OpenRouter error.metadata.headers). */
  innerHeaders?: Record<string, string>;
  /** An image task queued under high demand (ui_card with image_gen_task_id): informational. */
  imageQueued: boolean;
}

const CHATGPT_EVENT_TYPES = new Set([
  'conversation_detail_metadata',
  'server_ste_metadata',
  'message_stream_complete',
  'resume_conversation_token',
  'message_marker',
  'title_generation',
  'conversation_async_status',
  'stream_handoff',
  'moderation',
  'input_message',
]);

/** Keys whose string values are machine codes. */
const CODE_KEYS = new Set(['code', 'type', 'status', 'reason', 'error_code', 'errorCode']);
/** Keys whose values are ids, tokens or other noise for word rules. */
const SKIP_KEYS = new Set([
  'id',
  'conversation_id',
  'message_id',
  'parent_id',
  'request_id',
  'token',
  'asset_pointer',
  'image_gen_task_id',
]);

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const isObject = (v: unknown): v is { [key: string]: Json } => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

function tryJson(s: string): Json | undefined {
  const t = s.trim();
  if (!t) return undefined;
  const c = t[0];
  if (c !== '{' && c !== '[' && c !== '"') return undefined;
  try {
    return JSON.parse(t) as Json;
  } catch {
    return undefined;
  }
}

/** Splits input into parsed JSON values and leftover prose (the parts that were not JSON). */
export function parseValues(text: string): { values: Json[]; prose: string[] } {
  const whole = tryJson(text);
  if (whole !== undefined && typeof whole !== 'string') return { values: [whole], prose: [] };

  const lines = text.split(/\r?\n/, MAX_LINES);
  const isSse = lines.some((l) => /^(?:data|event):/.test(l));
  if (isSse) {
    const values: Json[] = [];
    const prose: string[] = [];
    for (const line of lines) {
      const m = /^data:\s?(.*)$/.exec(line);
      if (m) {
        const payload = (m[1] ?? '').trim();
        if (payload === '[DONE]' || payload === '') continue;
        const v = tryJson(payload);
        if (v === undefined) prose.push(payload);
        else if (typeof v !== 'string') values.push(v);
        continue;
      }
      if (/^(?:event|id|retry):|^:/.test(line) || !line.trim()) continue;
      prose.push(line);
    }
    return { values, prose };
  }

  // A JSON body inside a log line: `Error: HTTP 404: {…}`, `… failed with status 402 Payment Required: {…}`.
  const first = text.indexOf('{');
  const last = text.lastIndexOf('}');
  if (first >= 0 && last > first) {
    const v = tryJson(text.slice(first, last + 1));
    if (v !== undefined && typeof v !== 'string') {
      return { values: [v], prose: [text.slice(0, first), text.slice(last + 1)].filter((p) => p.trim()) };
    }
  }
  return { values: [], prose: [text] };
}

const isBlockedFeature = (item: Json): item is { [key: string]: Json } & { name: string } =>
  isObject(item) && typeof item.name === 'string' && ('resets_after' in item || 'resets_after_text' in item);

const DELTA_KEYS = new Set(['p', 'o', 'v', 'c']);
/** A delta-encoding frame that continues the current message rather than adding one. */
function isDeltaFrame(value: Json): value is { [key: string]: Json } {
  if (!isObject(value) || !('v' in value) || !Object.keys(value).every((k) => DELTA_KEYS.has(k))) return false;
  return !(isObject(value.v) && isObject(value.v.message));
}

/** Reads a Go-style or Google duration string ("28s", "28.021237377s", "1.5m") as seconds. */
function durationSeconds(v: string): number | undefined {
  const m = /^\s*(\d{1,9}(?:\.\d{1,12})?)\s*(ms|s|m|h)?\s*$/i.exec(v);
  if (!m) return undefined;
  const n = Number(m[1]);
  const unit = (m[2] ?? 's').toLowerCase();
  return unit === 'ms' ? n / 1000 : unit === 'm' ? n * 60 : unit === 'h' ? n * 3600 : n;
}

export function extractStructure(text: string): Structure {
  const { values, prose } = parseValues(text);
  const out: Structure = {
    parsed: values.length > 0,
    chatgpt: false,
    wordText: '',
    moderationBlocked: false,
    tools: [],
    blockedFeatures: [],
    limitsProgress: [],
    codes: [],
    statusCodes: [],
    retryDelays: [],
    quotaIds: [],
    quotaZero: false,
    imageQueued: false,
  };
  const words: string[] = [...prose];
  let wordChars = prose.reduce((n, p) => n + p.length, 0);
  const addWords = (s: string) => {
    if (wordChars >= MAX_WORD_CHARS || !s.trim()) return;
    words.push(s);
    wordChars += s.length;
  };
  let nodes = 0;
  /** Tool messages by message id: legacy streams resend the whole message on every frame. */
  const toolsById = new Map<string, ToolMessage>();
  /** The tool message the stream is appending to (delta encoding); undefined while it is anyone else's. */
  let current: ToolMessage | undefined;

  const visitMessage = (message: { [key: string]: Json }) => {
    const author = isObject(message.author) ? message.author : {};
    current = undefined;
    out.chatgpt = true;
    if (author.role !== 'tool') return; // what the assistant or user wrote never names a limit by itself
    const name = str(author.name) ?? '';
    const content = isObject(message.content) ? message.content : {};
    const metadata = isObject(message.metadata) ? message.metadata : {};
    const parts = Array.isArray(content.parts) ? content.parts.filter((p): p is string => typeof p === 'string') : [];
    const toolText = [str(content.text) ?? '', ...parts].join('\n').slice(0, MAX_TOOL_TEXT);
    const systemError = content.content_type === 'system_error';
    const exceptionName = str(content.name);
    const rateLimitException = systemError && !!exceptionName && TOOL_RATE_LIMIT_EXCEPTION.test(exceptionName);
    const image =
      IMAGE_TOOL.test(name) ||
      metadata.async_task_type === 'image_gen' ||
      'image_gen_async' in metadata ||
      'image_gen_task_id' in metadata ||
      (rateLimitException && /image_gen|text2im/.test(toolText));
    const tool: ToolMessage = {
      tool: name || 'tool',
      image,
      text: toolText,
      rateLimitException,
      ...(exceptionName ? { exceptionName } : {}),
      isError: !rateLimitException && (metadata.is_error === true || systemError),
    };
    const id = str(message.id);
    const earlier = id ? toolsById.get(id) : undefined;
    if (earlier) Object.assign(earlier, tool);
    else {
      out.tools.push(tool);
      if (id) toolsById.set(id, tool);
    }
    current = earlier ?? tool;
    if (image && metadata.ui_card === true && typeof metadata.image_gen_task_id === 'string') out.imageQueued = true;
  };

  /** A delta frame continuing the current tool message: appended text, and is_error patched in afterwards. */
  const continueTool = (frame: { [key: string]: Json }) => {
    const tool = current;
    if (!tool) return;
    const ops = frame.o === 'patch' && Array.isArray(frame.v) ? frame.v : [frame];
    for (const op of ops) {
      if (!isObject(op)) continue;
      const path = str(op.p) ?? '';
      const appendsText = typeof op.v === 'string' && (op.o ?? 'append') === 'append';
      if (appendsText && (path === '' || path.startsWith('/message/content/parts'))) {
        tool.text = (tool.text + String(op.v)).slice(0, MAX_TOOL_TEXT);
      }
      const setsError =
        (path === '/message/metadata' && isObject(op.v) && op.v.is_error === true) ||
        (path === '/message/metadata/is_error' && op.v === true);
      if (setsError && !tool.rateLimitException) tool.isError = true;
    }
  };

  const visit = (v: Json, key: string, depth: number) => {
    if (++nodes > MAX_NODES || depth > MAX_DEPTH) return;
    if (typeof v === 'string') {
      if (CODE_KEYS.has(key)) {
        out.codes.push(v.slice(0, 80));
        if (key === 'reason') addWords(v);
      } else if (!SKIP_KEYS.has(key)) addWords(v);
      if (key === 'retryDelay') {
        const s = durationSeconds(v);
        if (s !== undefined) out.retryDelays.push({ seconds: s, stated: v });
      }
      if (key === 'quotaId') out.quotaIds.push(v);
      if (key === 'quotaValue' && /^0+$/.test(v.trim())) out.quotaZero = true;
      return;
    }
    if (typeof v === 'number') {
      if ((key === 'code' || key === 'status') && Number.isInteger(v) && v >= 100 && v <= 599) out.statusCodes.push(v);
      if (key === 'quotaValue' && v === 0) out.quotaZero = true;
      return;
    }
    if (Array.isArray(v)) {
      for (const item of v) {
        // blocked_features wrapped in conversation_detail_metadata, or the bare array conversation/init returns.
        const featureList = key === 'blocked_features' || (key === '' && depth === 0);
        if (featureList && isBlockedFeature(item)) {
          out.chatgpt = true;
          out.blockedFeatures.push({
            name: item.name,
            ...(str(item.resets_after) ? { resetsAfter: str(item.resets_after) } : {}),
            ...(str(item.resets_after_text) ? { resetsAfterText: str(item.resets_after_text) } : {}),
          });
          continue;
        }
        if (isObject(item) && key === 'limits_progress' && typeof item.feature_name === 'string') {
          out.limitsProgress.push({
            feature: item.feature_name,
            ...(typeof item.remaining === 'number' ? { remaining: item.remaining } : {}),
            ...(str(item.reset_after) ? { resetAfter: str(item.reset_after) } : {}),
          });
          continue;
        }
        if (key === 'model_limits') continue;
        visit(item, key, depth + 1);
      }
      return;
    }
    if (!isObject(v)) return;

    const type = str(v.type);
    if (type && CHATGPT_EVENT_TYPES.has(type)) out.chatgpt = true;
    if (type === 'moderation' && isObject(v.moderation_response) && v.moderation_response.blocked === true) {
      out.moderationBlocked = true;
    }
    if (isObject(v.message) && isObject(v.message.author)) visitMessage(v.message);
    else if (isObject(v.author) && 'content' in v) visitMessage(v);

    // Older ChatGPT model cap: {"detail":{"code":"model_cap_exceeded","clears_in":N,"message":…}}.
    if (typeof v.clears_in === 'number' && Number.isFinite(v.clears_in) && v.clears_in >= 0) {
      out.clearsIn = { seconds: v.clears_in, stated: `clears_in: ${v.clears_in}` };
    }
    // OpenRouter relays the upstream/limit headers inside error.metadata.headers.
    if (key === 'metadata' && isObject(v.headers)) {
      const h: Record<string, string> = {};
      let n = 0;
      for (const [name, value] of Object.entries(v.headers)) {
        if (n++ >= 32) break;
        if (typeof value === 'string' || typeof value === 'number') h[name.slice(0, 64)] = String(value).slice(0, 256);
      }
      out.innerHeaders = h;
    }

    for (const [k, child] of Object.entries(v)) {
      if (k === 'message' && isObject(child) && isObject(child.author)) continue; // handled by visitMessage
      if ((k === 'author' || k === 'content' || k === 'metadata') && isObject(v.author) && 'content' in v) continue;
      if (k === 'headers' && key === 'metadata') continue;
      if (k === 'moderation_response') continue;
      visit(child, k, depth + 1);
    }
  };

  for (const value of values) {
    // Delta-encoding continuations ({"v":"text"}, {"o":"patch","v":[…]}) belong to the current message: read
    // only when that message is a tool's, never what the assistant streams.
    if (isDeltaFrame(value)) continueTool(value);
    else visit(value, '', 0);
  }
  // The image tool's texts and failing tools' texts are evidence; ordinary tool output (browsing, python) is not.
  for (const tool of out.tools) if (tool.image || tool.isError || tool.rateLimitException) addWords(tool.text);
  out.wordText = words.join('\n');
  return out;
}

export const isImageFeature = (name: string) => IMAGE_FEATURE.test(name);

/** Machine codes written as text: `'code': 'x'`, `"type":"x"`, `[code] => x`, `code: x` (Python repr, print_r). */
export function codesFromText(text: string): string[] {
  const out: string[] = [];
  const re = /(?:^|[^\w])['"[]?(?:code|type|status)['"\]]?\s*(?:=>|:|=)\s*['"]?([A-Za-z][\w.]{1,63})/gi;
  let m: RegExpExecArray | null;
  let n = 0;
  while ((m = re.exec(text)) && n++ < 200) {
    const c = m[1];
    if (c && !/^(?:null|none|nil|undefined|true|false)$/i.test(c)) out.push(c);
  }
  return out;
}

const STATUS_NAMED = /\b(?:HTTP(?:\/\d(?:\.\d)?)?|status(?: code)?|error code)\s*:?\s*([45]\d\d)\b/i;
const STATUS_LEADING =
  /^\s*(?:[\w.]{1,40}:\s*)?([45]\d\d)\s*(?:[-:]|\b(?:Too Many|Payment|Forbidden|Not Found|Bad Request))/i;

/** An HTTP status stated in a pasted line: "HTTP 404", "Error code: 429", "status 402", "402: …", "429 - …". */
export function statusFromText(text: string): number | undefined {
  const m = STATUS_NAMED.exec(text) ?? STATUS_LEADING.exec(text);
  return m?.[1] ? Number(m[1]) : undefined;
}
