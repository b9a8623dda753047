import { IconLayoutGrid } from '@tabler/icons-react';
import type { Feature } from '../../app/feature';
import { BoardPage } from './BoardPage';

export { BoardMatrix } from './BoardMatrix';
export { presetRange } from './board-ranges';

export const feature: Feature = {
  name: 'board',
  routes: [{ path: '/board', element: <BoardPage />, mode: 'office' }],
  nav: [{ to: '/board', label: '报表看板', icon: IconLayoutGrid, order: 10, mode: 'office' }],
};
