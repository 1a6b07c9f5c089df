import { useId } from 'react';

/** A labelled one-line field for a kubectl command: no autocorrect, Enter submits. */
export function CommandField({
  label,
  value,
  onChange,
  onSubmit,
}: {
  label: string;
  value: string;
  onChange(value: string): void;
  onSubmit(): void;
}) {
  const id = useId();
  return (
    <div className="command-field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        className="command-input"
        value={value}
        onChange={(event) => onChange(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault();
            onSubmit();
          }
        }}
        autoComplete="off"
        autoCapitalize="off"
        autoCorrect="off"
        spellCheck={false}
        enterKeyHint="done"
      />
    </div>
  );
}
