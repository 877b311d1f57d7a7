// Outlines an element of the draft with a box drawn over the page, outside the draft: the draft's DOM,
// attributes and styles stay exactly as they were.
const OUTLINE_TAG = 'optout-lint-outline';

export interface Outliner {
  show(target: Element, frame?: HTMLIFrameElement): void;
  clear(): void;
}

export function createOutliner(doc: Document, durationMs = 4000): Outliner {
  let box: HTMLElement | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let raf = 0;
  let current: { target: Element; frame: HTMLIFrameElement | undefined } | undefined;

  const place = () => {
    if (!box || !current) return;
    const r = visibleRect(current.target);
    const offset = current.frame?.getBoundingClientRect();
    const left = r.left + (offset?.left ?? 0) + (current.frame?.clientLeft ?? 0);
    const top = r.top + (offset?.top ?? 0) + (current.frame?.clientTop ?? 0);
    Object.assign(box.style, { left: `${left - 3}px`, top: `${top - 3}px`, width: `${r.width + 6}px`, height: `${r.height + 6}px` });
    raf = requestAnimationFrame(place);
  };

  const clear = () => {
    cancelAnimationFrame(raf);
    if (timer) clearTimeout(timer);
    box?.remove();
    box = undefined;
    current = undefined;
  };

  return {
    show(target, frame) {
      clear();
      current = { target, frame };
      box = doc.createElement(OUTLINE_TAG);
      Object.assign(box.style, {
        position: 'fixed',
        zIndex: '2147483646',
        pointerEvents: 'none',
        boxSizing: 'border-box',
        border: '3px solid #cf222e',
        borderRadius: '3px',
        boxShadow: '0 0 0 9999px rgba(0,0,0,.08)',
        display: 'block',
      });
      doc.documentElement.append(box);
      target.scrollIntoView?.({ block: 'center', behavior: 'instant' as ScrollBehavior });
      place();
      timer = setTimeout(clear, durationMs);
    },
    clear,
  };
}

/** The element's box, or its nearest ancestor's when it is hidden (a hidden link has no box of its own). */
function visibleRect(el: Element): DOMRect {
  for (let e: Element | null = el; e; e = e.parentElement) {
    const r = e.getBoundingClientRect();
    if (r.width > 0 || r.height > 0) return r;
  }
  return el.getBoundingClientRect();
}
