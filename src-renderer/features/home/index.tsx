import { IconHome } from '@tabler/icons-react';
import type { Feature } from '../../app/feature';
import { HomePage } from './HomePage';

export const feature: Feature = {
  name: 'home',
  routes: [{ path: '/', element: <HomePage />, mode: 'office' }],
  nav: [{ to: '/', label: '首页', icon: IconHome, order: 0, mode: 'office' }],
};
