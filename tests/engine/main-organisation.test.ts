import { describe, expect, it } from 'vitest';
import { mainOrganisation } from '../../lib/compare/main-organisation';
import { articleNameUses } from '../../lib/compare/name-uses';

const main = (paragraphs: string[]) => mainOrganisation(paragraphs, articleNameUses(paragraphs));

describe('the organisation an article is about', () => {
  it('is the one-word proper name it writes most, well ahead of the next', () => {
    const article = [
      'The ferry operator Brightwell said on Monday that the harbour needs new flood walls.',
      "Brightwell's chief engineer, Dana Whitfield, said the walls would take two years. Rival firm HarborNet disagreed.",
      'The company, Brightwell, has asked the city for money; Brightwell expects an answer soon.',
    ];
    expect(main(article)).toBe('Brightwell');
  });

  it('is none when no name leads clearly, or when the most written name is a person or a day', () => {
    expect(main(['Rival firm Brightwell and the operator HarborNet met on Monday.', 'Later, Brightwell and HarborNet agreed.', 'Both Brightwell and HarborNet signed.'])).toBeUndefined();
    expect(main(['Engineer Dana Whitfield spoke.', 'Whitfield said the walls would hold.', 'Whitfield added that Whitfield would stay.'])).toBeUndefined();
    expect(main(['The council met on Monday.', 'On Monday, the vote was held.', 'The walls, voted on Monday, will rise.'])).toBeUndefined();
  });
});
