import type { ComponentProps } from 'react';
import { cn } from '@/lib/utils';
import { ScrollArea } from './scroll-area';

/** `label` names the table's scroll box for keyboard users when it is wider than the screen. */
export function Table({ className, label = 'Table', ...props }: ComponentProps<'table'> & { label?: string }) {
  return (
    <ScrollArea label={`${label} (scrolls)`} className="relative w-full overflow-x-auto rounded-lg border bg-card">
      <table className={cn('w-full caption-bottom text-sm', className)} {...props} />
    </ScrollArea>
  );
}
export function TableHeader(props: ComponentProps<'thead'>) {
  return <thead className="border-b bg-muted/50" {...props} />;
}
export function TableBody(props: ComponentProps<'tbody'>) {
  return <tbody className="[&_tr:last-child]:border-0" {...props} />;
}
export function TableRow({ className, ...props }: ComponentProps<'tr'>) {
  return <tr className={cn('border-b transition-colors hover:bg-muted/40', className)} {...props} />;
}
export function TableHead({ className, ...props }: ComponentProps<'th'>) {
  return <th className={cn('h-10 px-3 text-left align-middle font-medium text-muted-foreground', className)} {...props} />;
}
export function TableCell({ className, ...props }: ComponentProps<'td'>) {
  return <td className={cn('px-3 py-2.5 align-middle', className)} {...props} />;
}
