import { describe, expect, it } from 'vitest';
import { passage } from '../../lib/compare/passage';
import { checkHedgedClaim } from '../../lib/compare/check-hedged-claim';

const check = (a: string, b: string) => checkHedgedClaim(passage(a), passage(b));

describe('hedged claim: a point put in doubt on one side and stated on the other', () => {
  const plain = 'The harbour engineers found that the new sensors detect flooding faster than the old gauges.';

  it('reads "may" or "might" on a claim the other side states plainly as a change of certainty, either way round', () => {
    expect(check('The harbour engineers said the new sensors may detect flooding faster than the old gauges.', plain)?.summary).toBe('"may detect flooding" vs "detect flooding faster"');
    expect(check(plain, 'The new sensors might detect flooding faster than the old gauges, the engineers said.')?.kind).toBe('certainty');
  });

  it('leaves a claim hedged or denied on the other side too, a month in capitals, "may not" and "may, if they choose,"', () => {
    expect(check('The new sensors may detect flooding faster than the old gauges.', 'The new sensors could detect flooding faster than the old gauges.')).toBeNull();
    expect(check('The new sensors may detect flooding faster than the old gauges.', 'The new sensors do not detect flooding faster than the old gauges.')).toBeNull();
    expect(check('MAY 14: the new sensors detect flooding faster than the old gauges.', plain)).toBeNull();
    expect(check('Ports may not detect flooding faster than the old gauges allow.', plain)).toBeNull();
    expect(check('Ports may, if they choose, detect flooding faster than the old gauges with the new sensors.', plain)).toBeNull();
  });

  it('needs the claim\'s words beside the plain side\'s verb, not the verb alone', () => {
    expect(check('The new sensors may detect flooding faster than the old gauges.', 'The engineers detect problems in budgets every year.')).toBeNull();
  });
});
