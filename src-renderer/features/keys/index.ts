export { OfficeKeyCard } from './OfficeKeyCard';
