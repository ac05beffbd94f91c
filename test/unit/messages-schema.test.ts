import { describe, expect, it } from 'vitest';
import { parseEnvelope } from '../../lib/messages/schemas.ts';
import { CAPTURE_LIMITS } from '../../lib/domain/shapes.ts';
import { capture } from './helpers/factories.ts';

describe('parseEnvelope', () => {
  it('accepts a well-formed capture', () => {
    expect(parseEnvelope({ type: 'capture', payload: capture() })).toMatchObject({ ok: true });
  });

  it.each([
    ['not an object', 'capture'],
    ['unknown type', { type: 'dropTables', payload: {} }],
    ['missing payload', { type: 'capture' }],
    [
      'oversized evidence',
      { type: 'capture', payload: capture({ evidence: 'x'.repeat(CAPTURE_LIMITS.evidenceChars + 1) }) },
    ],
    ['empty evidence', { type: 'capture', payload: capture({ evidence: '' }) }],
    ['bad site', { type: 'capture', payload: capture({ site: '<script>' }) }],
    ['javascript url', { type: 'capture', payload: capture({ url: 'javascript:alert(1)' }) }],
    [
      'too many headers',
      {
        type: 'capture',
        payload: capture({ headers: Object.fromEntries(Array.from({ length: 41 }, (_, i) => [`h${i}`, 'v'])) }),
      },
    ],
    ['no occurrence key', { type: 'capture', payload: capture({ occurrenceKeys: [] }) }],
    ['status out of range', { type: 'capture', payload: capture({ status: 9000 }) }],
    ['wrong layer', { type: 'capture', payload: { ...capture(), layer: 'magic' } }],
    ['list limit too large', { type: 'listStops', payload: { limit: 100000 } }],
  ])('rejects %s with a readable error', (_, raw) => {
    const r = parseEnvelope(raw);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.length).toBeGreaterThan(5);
  });
});
