/** Jump buttons to the two result sections, so divergences are one click away below a long additions list. */

/** Props of {@link SectionNav}. */
export interface SectionNavProps {
  additions: number;
  divergences: number;
}

/** Scrolls the sidebar to the section with `testId`, moving keyboard focus to its heading. */
function jumpTo(from: HTMLElement, testId: string): void {
  const root = from.closest('.cc-results');
  const section = root?.querySelector<HTMLElement>(`[data-testid="${testId}"]`);
  const heading = section?.querySelector<HTMLElement>('h3');
  if (!section || !heading) return;
  const reduce = typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
  section.scrollIntoView?.({ block: 'start', behavior: reduce ? 'auto' : 'smooth' });
  heading.tabIndex = -1;
  heading.focus({ preventScroll: true });
}

/** A row of two buttons: "N added points" and "N divergences". */
export function SectionNav({ additions, divergences }: SectionNavProps) {
  return (
    <nav class="cc-nav" aria-label="Sections">
      <button
        type="button"
        class="cc-button cc-button-quiet"
        data-testid="cc-nav-additions"
        onClick={(e) => jumpTo(e.currentTarget as HTMLElement, 'cc-additions')}
      >
        {additions} {additions === 1 ? 'point' : 'points'} others add
      </button>
      <button
        type="button"
        class="cc-button cc-button-quiet"
        data-testid="cc-nav-divergences"
        onClick={(e) => jumpTo(e.currentTarget as HTMLElement, 'cc-divergences')}
      >
        {divergences} {divergences === 1 ? 'divergence' : 'divergences'}
      </button>
    </nav>
  );
}
