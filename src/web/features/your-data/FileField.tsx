/** A labelled file input that reads the chosen file as text. */
import { useId, type ChangeEvent } from 'react';
import { FieldNotes, describedBy } from '../../components/TextField.js';

interface FileFieldProps {
  label: string;
  hint?: string;
  error?: string | null;
  accept: string;
  onText: (text: string, fileName: string) => void;
}

/** The input; `onText` gets the file's text once read. */
export function FileField({ label, hint, error, accept, onText }: FileFieldProps) {
  const id = useId();
  const onChange = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (file) void file.text().then((text) => onText(text, file.name));
  };
  return (
    <div className="field">
      <label htmlFor={id} className="field__label">{label}</label>
      <FieldNotes id={id} hint={hint} error={error} />
      <input
        id={id}
        type="file"
        className="field__file"
        accept={accept}
        aria-describedby={describedBy(id, hint, error)}
        aria-invalid={error ? true : undefined}
        onChange={onChange}
      />
    </div>
  );
}
