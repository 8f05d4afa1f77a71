import { describe, expect, it } from 'vitest';
import { passage } from '../../lib/compare/passage';
import { checkDegree } from '../../lib/compare/check-degree';

const check = (a: string, b: string) => checkDegree(passage(a), passage(b));

describe('degree: how much a thing changed, large on one side and small on the other', () => {
  const sharply = 'The new locks cut the cost of repairing the harbour gates sharply, the engineers said.';

  it('reports "only slightly" against "sharply" around the same words, marking both', () => {
    const f = check('The new locks cut the cost of repairing the harbour gates only slightly.', sharply);
    expect(f?.kind).toBe('number');
    expect(f?.summary).toBe('"slightly" vs "sharply"');
    // Turned round, the sides swap.
    expect(check(sharply, 'The new locks cut the cost of repairing the harbour gates only slightly.')?.summary).toBe('"sharply" vs "slightly"');
  });

  it('reads no degree that is denied, and no two degrees of different things', () => {
    expect(check('The new locks cut the cost of repairing the harbour gates, though not dramatically.', 'The new locks cut the cost of repairing the harbour gates slightly.')).toBeNull();
    expect(check('Ferry fares rose slightly in the spring.', sharply)).toBeNull();
    expect(check('The new locks cut the cost of repairing the harbour gates, the engineers said.', sharply)).toBeNull();
  });
});
