/** Crosscheck's Preact views and their prop types: props in, events out, nothing runs at import. */
export { Sidebar, type SidebarProps, type SidebarState } from './sidebar/Sidebar';
export {
  additionKey,
  divergenceKey,
  matchKey,
  additionItem,
  divergenceItem,
  matchItem,
  pageParagraphOf,
  docOf,
  type SidebarItem,
  type SidebarSelection,
} from './sidebar/items';
export { KIND_LABELS, KIND_HINTS, kindLabel } from './sidebar/kinds';
export { segmentText, type TextSegment } from './sidebar/segments';
export { ReportForm, type ReportFormProps } from './report/ReportForm';
export {
  buildReportDraft,
  REPORT_REASONS,
  type DraftContext,
  type ReportContent,
  type ReportDraft,
  type ReportPassage,
  type ReportReason,
} from './report/draft';
export { PopupView, type PopupViewProps, type PopupTabStatus } from './popup/PopupView';
export { ReportsList, newestFirst, type ReportsListProps } from './reports/ReportsList';
export type { ReportView, ReportState } from './reports/types';
export { SIDEBAR_CSS } from './styles/sidebar';
export { POPUP_CSS } from './styles/popup';
