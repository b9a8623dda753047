import { useElementSize, useLocalStorage } from '@mantine/hooks';
import type { TableDef } from '../../../src-shared/domain/forms';
import { GRID_MIN_WIDTH, suitsGrid } from './grid-layout';

export type TableView = 'grid' | 'cards';

/** Width of the navigation and the page's padding beside a form (AppLayout), before it is measured. */
const BESIDE_CONTENT = 232;

/**
 * How a table is shown: a dense table on a wide screen and cards on a narrow one, unless the person
 * chose a view for this table, which is remembered on this computer.
 */
export function useTableView(table: TableDef): {
  ref: (element: HTMLDivElement | null) => void;
  view: TableView;
  /** The table suits both views, so the person may switch. */
  canChoose: boolean;
  choose: (view: TableView) => void;
} {
  const { ref, width } = useElementSize<HTMLDivElement>();
  const [chosen, setChosen] = useLocalStorage<TableView | ''>({
    key: `regiondesk:table-view:${table.key}`,
    defaultValue: '',
    getInitialValueInEffect: false,
  });
  const measured = width > 0 ? width : window.innerWidth - BESIDE_CONTENT;
  const fits = suitsGrid(table);
  const view: TableView = !fits ? 'cards' : chosen || (measured >= GRID_MIN_WIDTH ? 'grid' : 'cards');
  return { ref, view, canChoose: fits, choose: setChosen };
}
