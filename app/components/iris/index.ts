export { IrisPanel } from './iris-panel.tsx'
