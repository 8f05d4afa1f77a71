import { describe, expect, it } from 'vitest';
import { checkQuotes } from '../../lib/compare/check-quotes';
import { passage } from '../../lib/compare/passage';

const check = (a: string, b: string) => checkQuotes(passage(a), passage(b));
const full = '"I think it\'s fair to say that it\'s not only the big ports that face the flooding risk," the engineer said.';

describe('quote wording', () => {
  it('reads a quotation cut to start at a repeated word as an excerpt, not as words removed', () => {
    expect(check('"It\'s not only the big ports that face the flooding risk," said the engineer.', full)).toBeNull();
  });

  it('still reports a word changed inside such an excerpt', () => {
    const f = check('"It\'s not only the large ports that face the flooding risk," said the engineer.', full);
    expect(f?.kind).toBe('quote');
    expect(f!.summary).toMatch(/large.*vs.*big/);
  });
});
