'use client';

import { useRef, useState, type FormEvent } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Input } from '@/components/ui/input';
import { Label } from '@/components/ui/label';
import { resizePhoto } from '@/lib/offline/sender';
import { MAX_CAPTION_LENGTH } from '@/lib/validation/rat';
import { useOffline } from './offline-provider';

/**
 * A foster's photo of one of their rats, from the phone's camera: scaled down on the phone,
 * kept in the phone's queue and sent at once, or when the signal returns.
 */
export function FosterPhotoUpload({ ratId, ratName }: { ratId: number; ratName: string }) {
  const offline = useOffline();
  const fileInput = useRef<HTMLInputElement>(null);
  const [caption, setCaption] = useState('');
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [saving, setSaving] = useState(false);

  const add = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const file = fileInput.current?.files?.[0];
    if (!offline || saving) return;
    if (!file) return setMessage({ ok: false, text: 'Take or choose a photo first.' });
    setSaving(true);
    try {
      const photo = await resizePhoto(file);
      await offline.enqueue({ kind: 'photo', label: `Photo of ${ratName}`, payload: { ratId, caption: caption.trim() || undefined }, photo });
      setCaption('');
      if (fileInput.current) fileInput.current.value = '';
      setMessage({ ok: true, text: navigator.onLine ? `Sending the photo of ${ratName}…` : `The photo of ${ratName} is kept on this phone and sent when the signal returns.` });
    } catch {
      setMessage({ ok: false, text: 'That file could not be read as a photo. Try taking it again.' });
    } finally {
      setSaving(false);
    }
  };

  return (
    <form onSubmit={(e) => void add(e)} noValidate className="flex flex-col gap-4" aria-label="Add a photo">
      {message ? <Alert variant={message.ok ? 'success' : 'destructive'}>{message.text}</Alert> : null}
      <div className="flex flex-col gap-1.5">
        <Label htmlFor="foster-photo">Photo</Label>
        <Input
          ref={fileInput}
          id="foster-photo"
          name="photo"
          type="file"
          accept="image/*"
          capture="environment"
          aria-describedby="foster-photo-hint"
          className="h-auto py-1.5 file:mr-3 file:rounded-md file:border-0 file:bg-secondary file:px-3 file:py-1.5 file:text-sm file:font-medium"
        />
        <p id="foster-photo-hint" className="text-xs text-muted-foreground">
          Take one with the camera or choose one. It is made smaller on this phone, and location data is removed.
        </p>
      </div>
      <div className="flex flex-col gap-1.5">
        <Label htmlFor="foster-photo-caption">Caption (optional)</Label>
        <Input id="foster-photo-caption" value={caption} maxLength={MAX_CAPTION_LENGTH} onChange={(e) => setCaption(e.target.value)} autoComplete="off" />
      </div>
      <Button type="submit" size="lg" className="w-full sm:w-auto sm:self-end" disabled={saving || !offline}>
        {saving ? 'Adding…' : 'Add photo'}
      </Button>
    </form>
  );
}
