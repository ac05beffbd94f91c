/** Polls until `pred` holds (up to ~500 short waits), for observers that finish their work asynchronously. */
export async function until(pred: () => boolean, what = 'condition'): Promise<void> {
  for (let i = 0; i < 500; i++) {
    if (pred()) return;
    await new Promise((r) => setTimeout(r, 1));
  }
  throw new Error(`timed out waiting for ${what}`);
}

/** Lets `n` macrotask turns pass, so promise chains started by a fetch settle. */
export async function ticks(n = 30): Promise<void> {
  for (let i = 0; i < n; i++) await new Promise((r) => setTimeout(r, 0));
}
