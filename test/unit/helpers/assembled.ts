/**
 * The bridge as the isolated script reads it: MAIN-world messages go through the turn assembler, so tests of the
 * observers see turn-start, finding or progress, and turn-end, as the coordinator does.
 */
import type { BridgeMessage } from '../../../lib/detect/bridge.ts';
import { createTurnAssembler } from '../../../lib/detect/turn-assembler.ts';

export function assembled(
  into: BridgeMessage[],
  now: () => number = Date.now,
  recentMs?: number,
): (msg: BridgeMessage) => void {
  const assembler = createTurnAssembler({ now, ...(recentMs !== undefined ? { recentMs } : {}) });
  return (msg) => {
    // Through JSON, as the bridge carries it: nothing may depend on object identity across worlds.
    for (const m of assembler.accept(JSON.parse(JSON.stringify(msg)) as BridgeMessage)) into.push(m);
  };
}
