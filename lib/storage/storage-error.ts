/**
 * Why a write to the extension's database failed: the browser's storage is full (QuotaExceededError, also when
 * Dexie wraps it), or another error, named for the record. The pages say it in the user's language from `quota`
 * and `name` (lib/i18n); the English `message` beside them is for logs and diagnostics.
 */
export interface StorageFailure {
  quota: boolean;
  /** The error's name (`QuotaExceededError`, `AbortError`…), or `error`. */
  name: string;
}

export function storageFailureOf(error: unknown): StorageFailure {
  const name = (error as { name?: string })?.name || 'error';
  const quota =
    name === 'QuotaExceededError' || (error as { inner?: { name?: string } })?.inner?.name === 'QuotaExceededError';
  return { quota, name };
}
