import { sseData } from '../../../lib/detect/chatgpt-socket.ts';

/** The SSE `data` of each event of a body. */
export function sseDatas(body: string): string[] {
  return body
    .replace(/\r\n?/g, '\n')
    .split(/\n(?=event:|data:)|\n\n/)
    .map((e) => sseData(e + '\n'))
    .filter((d): d is string => d !== undefined);
}
