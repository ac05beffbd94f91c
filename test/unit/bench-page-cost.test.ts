import { describe, expect, it } from 'vitest';
import { addTimes, turnRepeats, type TurnSample } from '../bench/page-cost.ts';

const sample = (t: number, tokens = 20_001): TurnSample =>
  ({ wall: t, wallFrame: t, task: t, script: t, layout: t, taskCpu: t, tokens }) as TurnSample;

describe('the page-cost sample of repeated turns', () => {
  it('is the mean of their times, so conditions with different repeats compare', () => {
    const turns = [sample(100), sample(200), sample(600, 7)];
    let acc = turns[0]!;
    for (let i = 1; i < turns.length; i++) acc = addTimes(acc, turns[i]!, i + 1);
    expect(acc.task).toBeCloseTo(300);
    expect(acc.wall).toBeCloseTo(300);
    expect(acc.taskCpu).toBeCloseTo(300);
    expect(acc.tokens).toBe(7); // counts are the last turn's own
  });

  it('runs the burst fetch twice as often, the paced turn and the naive control once', () => {
    expect(turnRepeats('paced', 'ext', 3)).toBe(1);
    expect(turnRepeats('burst', 'none', 3)).toBe(6);
    expect(turnRepeats('socket', 'none-aa', 3)).toBe(3);
    expect(turnRepeats('nosignal', 'ext', 3)).toBe(3);
    expect(turnRepeats('burst', 'naive', 3)).toBe(1);
  });
});
