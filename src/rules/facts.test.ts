/** compactFacts: what a log entry stores of the ticked facts. */
import { describe, expect, it } from 'vitest';
import { TICKABLE_FACTS, compactFacts } from './facts';

describe('compactFacts', () => {
  it('keeps only ticked facts and a call that did not connect', () => {
    expect(compactFacts({ threatened: true, insulted: false, connected: false, agreedTime: undefined })).toEqual({
      threatened: true,
      connected: false,
    });
  });

  it('stores nothing when nothing is ticked (connected: true is the default)', () => {
    expect(compactFacts({})).toBeUndefined();
    expect(compactFacts({ connected: true, insulted: false })).toBeUndefined();
  });

  it('keeps every tickable fact', () => {
    const all = Object.fromEntries(TICKABLE_FACTS.map((name) => [name, true]));
    expect(compactFacts(all)).toEqual(all);
    expect(TICKABLE_FACTS).toHaveLength(8);
  });
});
