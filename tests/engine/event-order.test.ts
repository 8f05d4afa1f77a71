import { describe, expect, it } from 'vitest';
import { passage } from '../../lib/compare/passage';
import { checkEventOrder } from '../../lib/compare/check-event-order';

const check = (a: string, b: string) => checkEventOrder(passage(a), passage(b))?.summary ?? null;

/** The harbour trust's refusal bringing about the fine, as the outlet tells it. */
const CAUSE = 'The trust refused to let the navy moor its ships at the old quay, prompting a dispute that resulted in a fine from the port authority.';

describe('event order: the same two events told in opposite order', () => {
  it('reads "A, prompting … B" against "After B, A" and "B, and only afterwards A"', () => {
    expect(check('After the port authority fined the trust, it refused to let the navy moor its ships at the old quay.', CAUSE)).toBe('"After" vs "prompting"');
    expect(check('The port authority fined the trust in March, and only afterwards did it refuse to let the navy moor its ships at the quay.', CAUSE)).toBe('"only afterwards" vs "prompting"');
    expect(check('The port authority fined the trust in March, and only after that did it refuse to let the navy moor its ships at the quay.', CAUSE)).toBe('"only after that" vs "prompting"');
    expect(check('The port authority fined the trust in March, and only then did it refuse to let the navy moor its ships at the quay.', CAUSE)).toBe('"only then" vs "prompting"');
  });

  it('reads "; it subsequently", "in the wake of that" and an opening "Having already…" as ordering the events', () => {
    expect(check('The port authority fined the trust in March; it subsequently refused to let the navy moor its ships at the quay.', CAUSE)).toBe('"subsequently" vs "prompting"');
    expect(check('The port authority fined the trust in March, and in the wake of that it refused to let the navy moor its ships at the quay.', CAUSE)).toBe('"in the wake of that" vs "prompting"');
    expect(check('Having already been fined by the port authority, the trust refused to let the navy moor its ships at the old quay.', CAUSE)).toBe('"already" vs "prompting"');
    // Told in the cause's order, "having already" agrees with it.
    expect(check('Having already refused to let the navy moor its ships at the old quay, the trust was fined by the port authority.', CAUSE)).toBeNull();
  });

  it('reads "once B" and "only when B" as "after B", and "A gives time for B to" as A before B', () => {
    const purpose = 'The proposed closure would give time for the harbour board and the engineers to repair the old sea wall.';
    expect(check('The closure would follow once the harbour board and the engineers have repaired the old sea wall.', purpose)).toBe('"once" vs "give time for"');
    expect(check('A closure would be announced only when the harbour board and the engineers had repaired the old sea wall.', purpose)).toBe('"only when" vs "give time for"');
    // Told in the same order, or "once" meaning "formerly" or "one time", no conflict.
    expect(check('Once the closure is agreed, the harbour board and the engineers would have time to repair the old sea wall.', purpose)).toBeNull();
    expect(check('The harbour board once again asked the engineers to repair the old sea wall after a closure.', purpose)).toBeNull();
  });

  it('reads a short clause on past an aside set off by commas ("only after that fine had it refused, in the spring, to let…")', () => {
    const pointing = 'In the spring the trust refused to let the navy moor its ships, boats and tenders at the old stone quay by the lighthouse, a decision that prompted a fine from the port authority.';
    expect(check('The port authority fined the trust first, and only after that fine had it refused, in the spring, to let the navy moor its ships at the old stone quay.', pointing)).toBe('"only after that" vs "prompted"');
  });

  it('reads the event before a clause that points back ("…, a decision that prompted B")', () => {
    const pointing = 'The trust refused to let the navy moor its ships at the old quay, a decision that prompted a fine from the port authority.';
    expect(check('After the port authority fined the trust, it refused to let the navy moor its ships at the old quay.', pointing)).toBe('"After" vs "prompted"');
  });

  it('reads "A after B" within a sentence against "A before B"', () => {
    expect(check('The trust moored the ferry after the storm warning was lifted by the coastguard.', 'The trust moored the ferry before the storm warning was lifted by the coastguard.')).toBe('"after" vs "before"');
  });

  it('reads verbs of making public and of letting someone know each as one event ("made its findings public" / "releasing the study")', () => {
    const told = 'The lab notified the regional water regulator before releasing its study.';
    expect(check('The lab made its findings public first and only afterwards alerted the regional water regulator.', told)).toBe('"only afterwards" vs "before"');
    expect(check('The lab made its findings public first and only afterwards repainted its own offices.', told)).toBeNull();
  });

  it('reads "B and then A" as B before A, but not the "then" that closes a condition', () => {
    const told = 'The lab notified the regional water regulator before releasing its study.';
    expect(check('The lab released its study and then alerted the regional water regulator to it.', told)).toBe('"and then" vs "before"');
    expect(check('If the lab releases its study, then it alerts the regional water regulator.', told)).toBeNull();
  });

  it('orders nothing with a cause or "afterwards" that ends its sentence, and does not fail on it', () => {
    expect(check('The port authority fined the trust, and only afterwards.', CAUSE)).toBeNull();
    expect(check('It was the storm warning that prompted.', CAUSE)).toBeNull();
    // A short clause after the order word that ends the passage at a comma has no aside to read past.
    expect(check('The port authority fined the trust, and only afterwards it refused,', CAUSE)).toBe('"only afterwards" vs "prompting"');
  });

  it('finds no conflict when both tell the events in the same order, or order other events', () => {
    expect(check('The trust refused to let the navy moor at the old quay, and only afterwards did the port authority fine it.', CAUSE)).toBeNull();
    expect(check('After the storm, the trust repainted the ferry terminal and reopened the cafe.', CAUSE)).toBeNull();
    expect(check('The trust moored the ferry after the storm warning was lifted.', 'The council repainted the terminal before the summer season began.')).toBeNull();
    // Events that share their words read the same order more strongly than the opposite one.
    expect(check('After the ferry terminal flooded, the trust closed the ferry terminal for a week.', 'The trust closed the ferry terminal for a week after the ferry terminal flooded.')).toBeNull();
  });

  it('reads "first" as an order word ("published first, and … informed", "having first released") and a study\'s paper, findings and results as one thing', () => {
    const told = 'The lab notified the regional water regulator before releasing its study.';
    expect(check('The results were published first, and the regional water regulator was informed in the days that followed.', told)).toBe('"first" vs "before"');
    expect(check('The results reached the public first; the regional water regulator was informed afterwards.', told)).toBe('"first" vs "before"');
    expect(check('The lab released the results first and then informed the regional water regulator.', told)).toBe('"first" vs "before"');
    expect(check('The lab has since briefed the regional water regulator, having first released its findings to the public.', told)).toBe('"first" vs "before"');
    expect(check('The regional water regulator was briefed only after the paper was already circulating.', told)).toBe('"only after" vs "before"');
    // "first" that orders nothing: no clause mark after it, no "having" before it.
    expect(check('The lab first notified the regional water regulator and then released its study.', told)).toBeNull();
  });

  it('reads "A first and B afterwards" as A before B, without "then", but not "first and foremost"', () => {
    const told = 'The lab notified the regional water regulator before releasing its study.';
    expect(check('The lab made its results public first and briefed the regional water regulator afterwards.', told)).toBe('"first" vs "before"');
    expect(check('The lab put its findings out first and took them to the regional water regulator.', told)).toBe('"first" vs "before"');
    expect(check('The lab notified the regional water regulator first and released its study a week later.', told)).toBeNull();
    expect(check('The lab is a research body first and foremost, and it briefed the regional water regulator before releasing its study.', told)).toBeNull();
  });
});

describe('event order: an aside on the first event', () => {
  const cause = 'The trust refused to let the navy moor its ships at the old quay, prompting a dispute that resulted in the trust being placed on a port blacklist, set to take effect next spring.';

  it('reads the event before an aside set off by commas ("a blacklist, due to take effect next spring, and only after that…") with the aside', () => {
    expect(check('The trust was placed on a port blacklist, due to take effect next spring, and only after that did it refuse to let the navy moor its ships at the old quay.', cause)).toBe('"only after that" vs "prompting"');
    // Without the aside the clause before "and only after that" is the blacklisting itself, as before.
    expect(check('The trust was placed on a port blacklist for the navy, and only after that did it refuse to let the navy moor its ships at the old quay.', cause)).toBe('"only after that" vs "prompting"');
  });

  it('reads ", then" as an order, past a bracketed aside on the event before it, but not after a condition', () => {
    expect(check('The port authority fined the trust in March (it takes effect in June), then the trust refused to let the navy moor its ships at the quay.', CAUSE)).toBe('"then" vs "prompting"');
    expect(check('If the port authority fined the trust in March, then the trust refused to let the navy moor its ships at the quay.', CAUSE)).toBeNull();
  });
});
