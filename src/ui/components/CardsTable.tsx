/**
 * A small counts table that shows each row as a card on a phone (styles.css, "cards-on-phone").
 *
 * Each column is defined once: its header and every body cell's `data-label` (the card's label
 * for that value) come from the same `label`, so they cannot drift apart. Explicit ARIA table
 * roles keep it a table for screen readers where `display: block` drops table semantics (WebKit).
 */
import { For, type JSX } from 'solid-js';

export interface CardsTableColumn<Row> {
  /** The column header, also the cell's label on a phone. */
  label: () => string;
  cell: (row: Row) => JSX.Element;
  /** The row's name (a row header) rather than one of its values. */
  rowHeader?: boolean;
}

export function CardsTable<Row>(props: {
  rows: readonly Row[];
  columns: readonly CardsTableColumn<Row>[];
  /** Extra classes beside `cards-on-phone`. */
  class?: string;
  testId?: string;
}) {
  return (
    <table
      class={props.class === undefined ? 'cards-on-phone' : `${props.class} cards-on-phone`}
      role="table"
      data-testid={props.testId}
    >
      <thead role="rowgroup">
        <tr role="row">
          <For each={props.columns}>
            {(column) => (
              <th scope="col" role="columnheader">
                {column.label()}
              </th>
            )}
          </For>
        </tr>
      </thead>
      <tbody role="rowgroup">
        <For each={props.rows}>
          {(row) => (
            <tr role="row">
              <For each={props.columns}>
                {(column) =>
                  column.rowHeader === true ? (
                    <th scope="row" role="rowheader" data-label={column.label()}>
                      {column.cell(row)}
                    </th>
                  ) : (
                    <td role="cell" data-label={column.label()}>
                      {column.cell(row)}
                    </td>
                  )
                }
              </For>
            </tr>
          )}
        </For>
      </tbody>
    </table>
  );
}

/** A `YYYY-MM-DD` day that never breaks at its hyphens (styles.css). */
export function DayCell(props: { day: string }) {
  return <time datetime={props.day}>{props.day}</time>;
}
