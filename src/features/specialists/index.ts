export { SpecialistsPage } from './SpecialistsPage';
