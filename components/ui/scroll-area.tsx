'use client';

import { useEffect, useRef, useState, type ComponentProps } from 'react';

/**
 * A box that scrolls (a wide table on a phone, a long report table). While its content
 * overflows it is a named, focusable region, so a keyboard user can Tab to it and scroll it with
 * the arrow keys; when everything fits it is a plain box and adds no Tab stop.
 */
export function ScrollArea({ label, children, ...props }: ComponentProps<'div'> & { label: string }) {
  const ref = useRef<HTMLDivElement>(null);
  const [overflows, setOverflows] = useState(false);
  useEffect(() => {
    const box = ref.current;
    if (!box) return;
    const measure = () => setOverflows(box.scrollWidth > box.clientWidth + 1 || box.scrollHeight > box.clientHeight + 1);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(box);
    for (const child of box.children) observer.observe(child);
    return () => observer.disconnect();
  }, []);
  return (
    <div ref={ref} {...props} {...(overflows ? { tabIndex: 0, role: 'region', 'aria-label': label } : {})}>
      {children}
    </div>
  );
}
