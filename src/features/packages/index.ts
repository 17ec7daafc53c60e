export { PackagesPage } from './PackagesPage';
