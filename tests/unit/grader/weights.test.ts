import { describe, expect, it } from 'vitest';
import { FEATURE_IDS, PROBLEM_IDS } from '../../../src/lib/grader/features.ts';
import { WEIGHTS } from '../../../src/lib/grader/model.ts';

describe('the fitted weights (src/lib/grader/weights.json, written by npm run fit:grader)', () => {
  it('weigh every feature and nothing else', () => {
    expect(Object.keys(WEIGHTS.weights).sort()).toEqual([...FEATURE_IDS].sort());
  });

  it('let strengths only add and problems only take away, so each weight reads as points', () => {
    for (const id of FEATURE_IDS) {
      const weight = WEIGHTS.weights[id];
      if ((PROBLEM_IDS as readonly string[]).includes(id)) expect(weight, id).toBeLessThanOrEqual(0);
      else expect(weight, id).toBeGreaterThanOrEqual(0);
    }
  });

  it('keep the lazy / needs-work threshold below the needs-work / thoughtful one', () => {
    const [low, high] = WEIGHTS.thresholds;
    expect(low).toBeLessThan(high);
  });
});
