import { describe, expect, it } from 'vitest';
import { passage } from '../../lib/compare/passage';
import { checkReported } from '../../lib/compare/check-reported';

const check = (a: string, b: string) => checkReported(passage(a), passage(b));

describe('hearsay against fact: a claim passed on on one side, stated plainly on the other', () => {
  it('reads "reportedly" against the same claim stated as fact as a change of certainty', () => {
    const f = check('The storm reportedly flooded the harbour warehouses on Sunday night.', 'On Sunday night the storm flooded every harbour warehouse along the quay.');
    expect(f?.kind).toBe('certainty');
    expect(f?.summary).toBe('"reportedly flooded the harbour warehouses" vs "flooded every harbour warehouse"');
    // Either side may pass it on.
    expect(check('On Sunday night the storm flooded every harbour warehouse along the quay.', 'The storm allegedly flooded the harbour warehouses.')?.kind).toBe('certainty');
  });

  it('does not set it against a claim the other side also credits, hedges, quotes or denies', () => {
    const hearsay = 'The storm reportedly flooded the harbour warehouses on Sunday night.';
    expect(check(hearsay, 'Port officials said the storm flooded the harbour warehouses.')).toBeNull();
    expect(check(hearsay, 'According to the port, the storm flooded the harbour warehouses.')).toBeNull();
    expect(check(hearsay, 'The storm may have flooded the harbour warehouses.')).toBeNull();
    expect(check(hearsay, 'The storm did not flood the harbour warehouses.')).toBeNull();
    expect(check(hearsay, '"The storm flooded the harbour warehouses," the mayor wrote.')).toBeNull();
  });

  it('needs the words of the claim together on the other side', () => {
    expect(check('The storm reportedly flooded the harbour warehouses.', 'The harbour reopened on Monday after the storm, and the warehouses were repainted.')).toBeNull();
  });
});

describe('hearsay against fact: a frame that passes the claim on ("is thought to have built", "claimed to have shown")', () => {
  const check = (a: string, b: string) => checkReported(passage(a), passage(b), 2);

  it('reports the claim passed on by a frame against the same verb stated plainly, whatever else that sentence hedges', () => {
    const fact = 'The trust demonstrated how the harbour pumps could fail during winter storms, the report said.';
    expect(check('The trust claimed to have demonstrated how the harbour pumps fail during winter storms.', fact)?.kind).toBe('certainty');
    expect(check('The trust is thought to have demonstrated how the harbour pumps fail during winter storms.', fact)?.summary).toBe(
      '"thought to have demonstrated how the harbour pumps fail" vs "demonstrated how the harbour pumps could fail"',
    );
  });

  it('reports nothing when the other side passes the verb on too, or when no copula makes a frame of the participle', () => {
    expect(check('The trust claimed to have demonstrated how the harbour pumps fail during winter storms.', 'The trust reportedly demonstrated how the harbour pumps fail during winter storms.')).toBeNull();
    expect(check('Officials who thought to have demonstrated how the harbour pumps fail met on Monday.', 'The trust demonstrated how the harbour pumps fail during winter storms.')).toBeNull();
  });
});

describe('hearsay: a claim passed on as "unconfirmed reports that …" or "rumours that …"', () => {
  const fact = "Earlier this year, the port's own crane control system stopped the harbour's night shift by locking every gantry.";

  it('reads the claim after an unconfirmed report\'s "that", past a time between, as hearsay against the plain fact', () => {
    const f = checkReported(passage("There were unconfirmed reports earlier this year that the port's own crane control system stopped the harbour's night shift."), passage(fact));
    expect(f?.kind).toBe('certainty');
    expect(checkReported(passage("Rumours that the port's own crane control system stopped the harbour's night shift spread quickly."), passage(fact))?.kind).toBe('certainty');
  });

  it('reads a confirmed report as no hearsay', () => {
    expect(checkReported(passage("There were confirmed reports earlier this year that the port's own crane control system stopped the harbour's night shift."), passage(fact))).toBeNull();
  });
});
