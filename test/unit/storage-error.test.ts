import { describe, expect, it } from 'vitest';
import { storageFailureOf } from '../../lib/storage/storage-error.ts';

describe('storageFailureOf', () => {
  it('tells a full disk from other write errors, also when Dexie wraps it', () => {
    expect(storageFailureOf(Object.assign(new Error('x'), { name: 'QuotaExceededError' }))).toEqual({
      quota: true,
      name: 'QuotaExceededError',
    });
    expect(storageFailureOf({ name: 'AbortError', inner: { name: 'QuotaExceededError' } })).toEqual({
      quota: true,
      name: 'AbortError',
    });
    expect(storageFailureOf(Object.assign(new Error('x'), { name: 'AbortError' }))).toEqual({
      quota: false,
      name: 'AbortError',
    });
    expect(storageFailureOf(undefined)).toEqual({ quota: false, name: 'error' });
    expect(storageFailureOf({ name: '' })).toEqual({ quota: false, name: 'error' });
  });
});
