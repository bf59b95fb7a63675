/**
 * Labelled form controls with hint and error text wired through aria-describedby, so every
 * control has a visible label and screen readers hear the error with the field.
 */
import { For, Show, createUniqueId, type JSX } from 'solid-js';

interface TextFieldProps {
  label: string;
  value: string;
  onInput: (value: string) => void;
  hint?: string;
  error?: string;
  type?: 'text' | 'date' | 'month' | 'time';
  inputMode?: 'decimal' | 'text';
  name?: string;
  required?: boolean;
  autocomplete?: string;
  /** id of a <datalist> with suggestions. */
  list?: string;
}

/** A text input with its label, optional hint and error. */
export function TextField(props: TextFieldProps) {
  const id = createUniqueId();
  const describedBy = (): string | undefined =>
    [props.hint ? `${id}-hint` : '', props.error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div class="field" classList={{ 'field--error': Boolean(props.error) }}>
      <label for={id}>{props.label}</label>
      <Show when={props.hint}>
        <p id={`${id}-hint`} class="hint">
          {props.hint}
        </p>
      </Show>
      <input
        id={id}
        name={props.name}
        type={props.type ?? 'text'}
        inputmode={props.inputMode}
        autocomplete={props.autocomplete ?? 'off'}
        list={props.list}
        value={props.value}
        required={props.required}
        aria-invalid={props.error ? 'true' : undefined}
        aria-describedby={describedBy()}
        onInput={(event) => props.onInput(event.currentTarget.value)}
      />
      <Show when={props.error}>
        <p id={`${id}-error`} class="error" role="alert">
          {props.error}
        </p>
      </Show>
    </div>
  );
}

interface SelectFieldProps<T extends string> {
  label: string;
  value: T;
  options: readonly { value: T; label: string }[];
  onChange: (value: T) => void;
  name?: string;
}

/** A select with its label. */
export function SelectField<T extends string>(props: SelectFieldProps<T>) {
  const id = createUniqueId();
  return (
    <div class="field">
      <label for={id}>{props.label}</label>
      <select id={id} name={props.name} onChange={(event) => props.onChange(event.currentTarget.value as T)}>
        <For each={props.options}>
          {(option) => (
            <option value={option.value} selected={option.value === props.value}>
              {option.label}
            </option>
          )}
        </For>
      </select>
    </div>
  );
}

interface CheckboxFieldProps {
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  name?: string;
}

/** A checkbox inside its label (a large touch target). */
export function CheckboxField(props: CheckboxFieldProps) {
  return (
    <label class="checkbox">
      <input
        type="checkbox"
        name={props.name}
        checked={props.checked}
        onChange={(event) => props.onChange(event.currentTarget.checked)}
      />
      <span>{props.label}</span>
    </label>
  );
}

/** A section with a heading whose id labels it. */
export function Section(props: { title: string; children: JSX.Element; class?: string; headingLevel?: 2 | 3 }) {
  const id = createUniqueId();
  return (
    <section class={`card ${props.class ?? ''}`} aria-labelledby={id}>
      <Show when={(props.headingLevel ?? 3) === 2} fallback={<h3 id={id}>{props.title}</h3>}>
        <h2 id={id}>{props.title}</h2>
      </Show>
      {props.children}
    </section>
  );
}
