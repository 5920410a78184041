'use client';

import { useId } from 'react';
import { NativeSelect } from '@/components/ui/input';
import { Label } from '@/components/ui/label';
import { IMPORT_FIELD_LABELS, IMPORT_FIELDS, type ColumnMapping, type ImportField } from '@/lib/domain/rat-import';

const FIELD_HINTS: Partial<Record<ImportField, string>> = {
  name: 'Required',
  code: 'Kept when it is an unused code like R-2026-0042 (numbers 0001–9999, a year up to this one). A kept code never moves the year’s counter: new intakes fill the numbers below it and step over it. Anything that is not a code gets a new one',
  sex: 'f, female, doe · m, male, buck · blank for unknown',
  birthDate: '2026-03-14 or 14/03/2026',
  home: 'The foster home’s name, as in Ratwise',
  status: 'Blank means In care',
};

const NOT_IN_FILE = '';

/** One select per rat field, listing the file's columns; a sample value shows what was picked. */
export function ColumnMapper({
  headers,
  sample,
  mapping,
  onChange,
}: {
  headers: string[];
  sample: Record<string, string> | undefined;
  mapping: ColumnMapping;
  onChange: (mapping: ColumnMapping) => void;
}) {
  const id = useId();
  return (
    <div className="grid gap-x-6 gap-y-4 sm:grid-cols-2 lg:grid-cols-3">
      {IMPORT_FIELDS.map((field) => {
        const controlId = `${id}-${field}`;
        const header = mapping[field];
        const example = header !== undefined ? sample?.[header]?.trim() : undefined;
        return (
          <div key={field} className="flex min-w-0 flex-col gap-1.5">
            <Label htmlFor={controlId}>
              {IMPORT_FIELD_LABELS[field]}
              {field === 'name' ? <span className="text-destructive"> *</span> : null}
            </Label>
            <NativeSelect
              id={controlId}
              aria-describedby={`${controlId}-hint`}
              aria-required={field === 'name' ? true : undefined}
              value={header ?? NOT_IN_FILE}
              onChange={(e) => {
                const next = { ...mapping };
                if (e.target.value === NOT_IN_FILE) delete next[field];
                else next[field] = e.target.value;
                onChange(next);
              }}
            >
              <option value={NOT_IN_FILE}>Not in the file</option>
              {headers.map((h) => (
                <option key={h} value={h}>
                  {h}
                </option>
              ))}
            </NativeSelect>
            <p id={`${controlId}-hint`} className="line-clamp-2 text-xs break-words text-muted-foreground">
              {example ? `First row: “${example}”` : (FIELD_HINTS[field] ?? 'Optional')}
            </p>
          </div>
        );
      })}
    </div>
  );
}
