import { describe, expect, it } from 'vitest';
import { dayOf, type HealthDays } from '../../lib/health/days.ts';
import {
  allowance,
  bridge,
  evaluateHealth,
  imageTool,
  overall,
  RULE_IDS,
  selectors,
  streamFormat,
  transport,
} from '../../lib/health/rules.ts';
import { HEALTH_STRINGS, UI_LOCALES } from '../../lib/i18n/strings.ts';

const NOW = Date.parse('2026-11-30T12:00:00Z');
const TODAY = dayOf(NOW);
const day = (n: number) => dayOf(NOW - n * 86_400_000);

describe('stream format: "turns streamed but none in a stream format we know"', () => {
  it('OK when every streamed turn was in a known format', () => {
    expect(streamFormat({ 'format.known': 12 }).verdict).toBe('ok');
  });
  it('degraded when some turns came in a format we do not know', () => {
    const r = streamFormat({ 'format.known': 10, 'format.unknown': 2 });
    expect(r.verdict).toBe('degraded');
    expect(r.evidence).toMatchObject({ known: 10, unknown: 2 });
  });
  it('broken when turns streamed and none was in a known format', () => {
    expect(streamFormat({ 'format.unknown': 3 }).verdict).toBe('broken');
  });
  it('unknown event names are evidence, not a fault by themselves', () => {
    const r = streamFormat({ 'format.known': 3, 'event.unknown.0a1b2c3d': 4 });
    expect(r.verdict).toBe('ok');
    expect(r.evidence.unknownEvents).toBe(4);
  });
});

describe('transport: "socket frames in an envelope we do not know"', () => {
  it('OK without unknown envelopes', () => {
    expect(transport({ 'turn.socket': 4, 'turn.fetch': 2 }).verdict).toBe('ok');
  });
  it('broken when unknown envelopes came and no turn was read from the socket', () => {
    const r = transport({ 'socket.unknown': 2, 'turn.fetch': 1 });
    expect(r.verdict).toBe('broken');
    expect(r.evidence).toMatchObject({ unknownEnvelopes: 2, socketTurns: 0, fetchTurns: 1 });
  });
  it('degraded when some socket turns were still read (a handed-off turn counts)', () => {
    expect(transport({ 'socket.unknown': 1, 'turn.handoff': 1 }).verdict).toBe('degraded');
  });
});

describe('selectors: "assistant replies matched by none of our selectors"', () => {
  it('OK when no check was made yet, or when replies were found', () => {
    expect(selectors({}).verdict).toBe('ok');
    expect(selectors({ 'check.turns': 5, 'check.assistant': 5 }).verdict).toBe('ok');
    // An occasional turn without a reply (an error) is not a markup change.
    expect(selectors({ 'check.turns': 5, 'check.assistant': 4 }).verdict).toBe('ok');
  });
  it('degraded when most checked turns had no reply we could find', () => {
    expect(selectors({ 'check.turns': 1 }).verdict).toBe('degraded');
    expect(selectors({ 'check.turns': 5, 'check.assistant': 2 }).verdict).toBe('degraded');
  });
  it('broken when five or more turns were checked and none matched', () => {
    const r = selectors({ 'check.turns': 6 });
    expect(r.verdict).toBe('broken');
    expect(r.evidence).toEqual({ checks: 6, matched: 0, missed: 6 });
  });
});

describe('image tool: "image-tool messages were recognised until …, none since"', () => {
  it('OK when none was ever seen (nothing to compare with), or one was seen lately', () => {
    expect(imageTool({ [TODAY]: { 'turn.fetch': 500 } }, TODAY).verdict).toBe('ok');
    expect(imageTool({ [day(2)]: { 'image.message': 1 }, [TODAY]: { 'turn.fetch': 100 } }, TODAY).verdict).toBe('ok');
  });
  it('degraded after 14 quiet days and 50 turns since the last one', () => {
    const days: HealthDays = {
      [day(20)]: { 'image.message': 3, 'image.image': 3 },
      [day(10)]: { 'turn.socket': 30 },
      [TODAY]: { 'turn.fetch': 25 },
    };
    const r = imageTool(days, TODAY);
    expect(r.verdict).toBe('degraded');
    expect(r.since).toBe(day(20));
    expect(r.evidence).toMatchObject({ turnsSince: 55, daysSince: 20, messages: 3, images: 3 });
  });
  it('OK when quiet for long but with few turns since', () => {
    expect(imageTool({ [day(20)]: { 'image.message': 1 }, [TODAY]: { 'turn.fetch': 5 } }, TODAY).verdict).toBe('ok');
  });
});

describe('allowance: "ChatGPT reported no image allowance since …"', () => {
  it('OK while ChatGPT reports blocked_features / limits_progress', () => {
    expect(allowance({ [TODAY]: { 'meta.blocked': 1, 'turn.fetch': 40 } }, TODAY).verdict).toBe('ok');
  });
  it('degraded after 7 days and 20 turns without a report', () => {
    const r = allowance(
      { [day(9)]: { 'meta.progress': 2, 'meta.progress.image_gen': 1 }, [day(3)]: { 'turn.fetch': 21 } },
      TODAY,
    );
    expect(r.verdict).toBe('degraded');
    expect(r.since).toBe(day(9));
    expect(r.evidence).toMatchObject({ reports: 2, imageGen: 1, turnsSince: 21, daysSince: 9 });
    expect(HEALTH_STRINGS.en.rules.allowance.verdict(r)).toBe(
      `ChatGPT reported no image allowance since ${day(9)} (21 turns since).`,
    );
  });
  it('degraded when never reported over 50 turns; OK over fewer', () => {
    expect(allowance({ [TODAY]: { 'turn.fetch': 50 } }, TODAY).verdict).toBe('degraded');
    expect(allowance({ [TODAY]: { 'turn.fetch': 49 } }, TODAY).verdict).toBe('ok');
  });
});

describe('bridge: messages from the page we could not read', () => {
  it('a few rejections are noise; many, and more than the turns, are not', () => {
    expect(bridge({ 'reject.bridge': 9 }).verdict).toBe('ok');
    expect(bridge({ 'reject.bridge': 30, 'turn.fetch': 40 }).verdict).toBe('ok');
    expect(bridge({ 'reject.bridge': 30, 'turn.fetch': 3 }).verdict).toBe('degraded');
  });
});

describe('evaluateHealth', () => {
  it('judges the recent rules on the last 7 days only: an old fault fixed since is not news', () => {
    const days: HealthDays = {
      [day(10)]: { 'format.unknown': 5, 'socket.unknown': 4 },
      [TODAY]: { 'format.known': 3, 'turn.fetch': 3 },
    };
    const results = evaluateHealth(days, NOW);
    expect(results.map((r) => r.id)).toEqual(RULE_IDS);
    expect(overall(results)).toBe('ok');
  });
  it('the worst verdict wins', () => {
    const results = evaluateHealth({ [TODAY]: { 'format.known': 3, 'check.turns': 1, 'socket.unknown': 1 } }, NOW);
    expect(results.find((r) => r.id === 'selectors')?.verdict).toBe('degraded');
    expect(overall(results)).toBe('broken');
  });
  it('every rule and verdict reads in English and Korean', () => {
    const days: HealthDays = {
      [day(20)]: { 'image.message': 1, 'meta.blocked': 1 },
      [TODAY]: { 'turn.fetch': 60, 'format.unknown': 1, 'socket.unknown': 1, 'check.turns': 6, 'reject.bridge': 99 },
    };
    for (const locale of UI_LOCALES) {
      for (const r of evaluateHealth(days, NOW)) {
        const text = HEALTH_STRINGS[locale].rules[r.id].verdict(r);
        expect(text.length).toBeGreaterThan(10);
        expect(text).not.toMatch(/undefined|NaN|\?/);
        for (const k of Object.keys(r.evidence))
          expect(HEALTH_STRINGS[locale].evidence[k], `${locale} ${k}`).toBeTruthy();
      }
    }
  });
});
