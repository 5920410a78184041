import { Button } from '@/components/ui/button';
import { Input } from '@/components/ui/input';
import { Label } from '@/components/ui/label';

/** The reports' date range as a GET form: the months live in the URL, so a view can be shared. */
export function ReportRangeForm({ from, to }: { from: string; to: string }) {
  return (
    <form method="get" className="flex flex-wrap items-end gap-3 rounded-lg border bg-card p-3" aria-label="Report range">
      <div className="flex min-w-0 max-w-full flex-col gap-1.5">
        <Label htmlFor="report-from">From month</Label>
        <Input id="report-from" type="month" name="from" defaultValue={from} />
      </div>
      <div className="flex min-w-0 max-w-full flex-col gap-1.5">
        <Label htmlFor="report-to">To month</Label>
        <Input id="report-to" type="month" name="to" defaultValue={to} />
      </div>
      <Button type="submit" variant="outline">
        Show
      </Button>
    </form>
  );
}
