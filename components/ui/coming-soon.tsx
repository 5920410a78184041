import { EmptyState, PageHeader } from './page-header';

/** An area whose screens are not built yet: says plainly what it will hold. */
export function AreaPlaceholder({ title, description, children }: { title: string; description: string; children: string }) {
  return (
    <>
      <PageHeader title={title} description={description} />
      <EmptyState title="Nothing here yet">{children}</EmptyState>
    </>
  );
}
