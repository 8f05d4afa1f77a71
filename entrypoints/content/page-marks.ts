/**
 * What Crosscheck adds to the page itself: a small marker beside each matched paragraph, and a brief
 * highlight when the reader jumps to a passage. Styles are set through the CSSOM (allowed under a strict
 * page CSP, unlike style attributes or <style> elements), and every change is undone by `clear()`.
 */

const MARKER_ATTR = 'data-crosscheck-marker';
const HIGHLIGHT_ATTR = 'data-crosscheck-highlight';
const HIGHLIGHT_MS = 2500;

/** Markers and highlights on the page; `clear()` removes every trace. */
export interface PageMarks {
  showMarkers(targets: Map<number, HTMLElement>, label: (index: number) => string): void;
  highlight(el: HTMLElement): void;
  clear(): void;
}

/** Creates the page marks; `onMarker` opens the sidebar at a paragraph's items. */
export function createPageMarks(onMarker: (index: number) => void): PageMarks {
  const markers: HTMLElement[] = [];
  let lit: { el: HTMLElement; outline: string; background: string; timer: number } | null = null;

  const unlight = () => {
    if (!lit) return;
    window.clearTimeout(lit.timer);
    lit.el.style.outline = lit.outline;
    lit.el.style.backgroundColor = lit.background;
    lit.el.removeAttribute(HIGHLIGHT_ATTR);
    lit = null;
  };

  return {
    showMarkers(targets, label) {
      for (const [index, el] of targets) {
        const host = document.createElement('span');
        host.setAttribute(MARKER_ATTR, String(index));
        const shadow = host.attachShadow({ mode: 'closed' });
        const button = document.createElement('button');
        button.type = 'button';
        button.textContent = '◆';
        button.title = label(index);
        button.setAttribute('aria-label', label(index));
        Object.assign(button.style, {
          all: 'initial', cursor: 'pointer', font: '12px/1 system-ui, sans-serif', color: '#b45309',
          marginLeft: '6px', padding: '2px 4px', borderRadius: '4px', verticalAlign: 'super',
        });
        button.addEventListener('click', (e) => {
          e.preventDefault();
          e.stopPropagation();
          onMarker(index);
        });
        shadow.append(button);
        el.append(host);
        markers.push(host);
      }
    },
    highlight(el) {
      unlight();
      const reduce = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
      el.scrollIntoView({ block: 'center', behavior: reduce ? 'auto' : 'smooth' });
      lit = {
        el, outline: el.style.outline, background: el.style.backgroundColor,
        timer: window.setTimeout(unlight, HIGHLIGHT_MS),
      };
      el.style.outline = '3px solid #f59e0b';
      el.style.backgroundColor = 'rgba(245, 158, 11, 0.18)';
      el.setAttribute(HIGHLIGHT_ATTR, 'true');
    },
    clear() {
      unlight();
      for (const m of markers.splice(0)) m.remove();
    },
  };
}
