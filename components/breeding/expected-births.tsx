import Link from 'next/link';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { birthWindowInWords, expectedBirthWindow } from '@/lib/domain/pairings';

type Birth = { pairingId: number; togetherOn: string | null; doeId: number; doeName: string; buckName: string };

/** Pairs put together whose doe is on pregnancy watch, each with the 21 to 23 day birth window. Nothing when there are none. */
export function ExpectedBirths({ births }: { births: Birth[] }) {
  if (births.length === 0) return null;
  return (
    <Card className="mt-6">
      <CardHeader>
        <CardTitle>Litters expected</CardTitle>
        <CardDescription>Kittens are born 21 to 23 days after a pairing.</CardDescription>
      </CardHeader>
      <CardContent>
        <ul className="grid gap-2 text-sm" aria-label="Litters expected">
          {births.map((b) => (
            <li key={b.pairingId}>
              <Link href={`/breeding/pairings/${b.pairingId}`} className="font-medium text-primary hover:underline">
                {b.doeName} × {b.buckName}
              </Link>
              : kittens expected {b.togetherOn ? birthWindowInWords(expectedBirthWindow(b.togetherOn)) : 'soon'}
            </li>
          ))}
        </ul>
      </CardContent>
    </Card>
  );
}
