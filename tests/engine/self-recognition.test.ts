import { describe, expect, it } from 'vitest';
import { analyze, edit, FOOTER, MENU, seed, seedEngine } from './helpers';

describe('same-article recognition', () => {
  it.each(['000', '001', '002', '003', '004'])('recognises seed %s as itself and compares it with the other four', (prefix) => {
    const d = seed(prefix);
    const a = analyze(d.paragraphs, d.headline);
    expect(a.self).toBe(d.id);
    expect(a.selfOutlet).toBe(d.outlet);
    expect(a.outletsCompared).toBe(4);
    for (const p of a.paragraphs) for (const m of p.matches) expect(m.doc).not.toBe(d.id);
    for (const x of a.additions) expect(x.sources.every((s) => s.doc !== d.id)).toBe(true);
    for (const v of a.divergences) expect(v.other.doc).not.toBe(d.id);
  });

  it('recognises an edited copy inside a real page: sentences changed, a paragraph removed, menus and related links around it', () => {
    let paras = [...seed('003').paragraphs];
    paras = edit(paras, 'in a blog post on Thursday', 'in a blog post on Tuesday');
    paras = edit(paras, 'That effort had little practical impact.', 'The letter was widely discussed but changed little.');
    paras = edit(paras, 'Regulation has moved slowly', 'Rules have been slow to arrive');
    paras.splice(7, 1);
    const a = analyze([...MENU, ...paras, ...FOOTER]);
    expect(a.self).toBe(seed('003').id);
    expect(a.selfOutlet).toBe('Antigua News Room');
  });

  it('does not take a different article on the same story for the corpus one', () => {
    const story = [
      'Anthropic wants rival AI developers to agree on a way to slow down if their systems become too capable, the company said this week.',
      'The proposal would let labs check that competitors really paused, a safeguard against anyone racing ahead in secret.',
      'OpenAI said elected governments, not companies, should set the pace of AI development.',
    ];
    const a = analyze(story);
    expect(a.self).toBeNull();
    expect(a.outletsCompared).toBe(5);
  });

  it('does not take an article that retells the story in half of one outlet\'s sentences for that outlet\'s article', () => {
    // A newsletter built on a wire story: the wire's first half word for word, then advice of its own.
    const wire = seed('003').paragraphs;
    const total = wire.join(' ').length;
    const half: string[] = [];
    for (const p of wire) if (half.join(' ').length < 0.58 * total) half.push(p);
    const own = [
      'What this means for your business: check which old computers, printers and routers are still plugged in.',
      'Our support desk can audit your network for forgotten devices this month at no charge.',
    ];
    const a = analyze(['Client advisory: the AI pause debate and your network', ...half, ...own]);
    expect(a.self).toBeNull();
    expect(a.outletsCompared).toBe(5);
  });

  it('does not recognise an unrelated text', () => {
    const a = analyze(['The city council approved a new budget for road repairs on Tuesday.', 'Residents can comment on the plan until the end of the month.']);
    expect(a.self).toBeNull();
    expect(a.outletsCompared).toBe(seedEngine().docs.length);
  });
});
