/**
 * The person's text inside the app's own (issue 13): `<bdi>` keeps a name such as `abc\u202Efdp.exe`
 * or one in Arabic script from reordering the sentence around it. The pure rules (which controls
 * are removed, where isolates go) are in src/domain/text.ts; these only render them.
 *
 * - `UserText`: one piece of the person's text, alone: `<bdi>` around it, controls removed.
 * - `Isolated`: a sentence that holds the person's text between FSI…PDI (a translated string
 *   whose values went through `user`, or a letter from src/scripts): each isolate becomes `<bdi>`.
 * - `user`: the value to put into a translated sentence that `Isolated` shows.
 * - `userLabel`: the value to put into an attribute (aria-label, alt), where no `<bdi>` can go:
 *   controls removed, isolated only when it holds a right-to-left letter.
 */
import { For } from 'solid-js';
import { isolate, isolateInPlainText, splitIsolates, withoutDirectionControls } from '../../domain/text';

export function UserText(props: { text: string }) {
  return <bdi>{withoutDirectionControls(props.text)}</bdi>;
}

export function Isolated(props: { text: string }) {
  return <For each={splitIsolates(props.text)}>{(piece) => (piece.user ? <bdi>{piece.text}</bdi> : piece.text)}</For>;
}

export const user = isolate;
export const userLabel = isolateInPlainText;
