/** The sidebar's non-result states: comparing, not an article on the topic, and failure. */
import type { Analysis } from '../../lib/types';

/** Props of {@link LoadingState}. */
export interface LoadingStateProps {
  /** Progress text from the host, e.g. "Reading the article…". */
  progress?: string | null;
}

/** Shown while the page is extracted and compared. */
export function LoadingState({ progress }: LoadingStateProps) {
  return (
    <div class="cc-state cc-loading" data-testid="cc-loading" role="status" aria-live="polite" aria-busy="true">
      <span class="cc-spinner" aria-hidden="true" />
      <span>{progress || 'Comparing this article with other outlets…'}</span>
    </div>
  );
}

/** Props of {@link NotArticleState}. */
export interface NotArticleStateProps {
  /** The detection, when there is one, to say why the page was passed over. */
  analysis: Analysis | null;
}

/** Shown when the page is not an article about the AI pause debate. */
export function NotArticleState({ analysis }: NotArticleStateProps) {
  return (
    <div class="cc-state" data-testid="cc-not-article" role="status">
      <p>This page doesn’t look like an article about the AI pause debate, so Crosscheck has nothing to compare.</p>
      {analysis && (
        <p class="cc-meta">
          Topic score {analysis.topicScore.toFixed(2)}
          {analysis.reasons.length > 0 && `: ${analysis.reasons.join('; ')}`}
        </p>
      )}
    </div>
  );
}

/** Props of {@link ErrorState}. */
export interface ErrorStateProps {
  error?: string | null;
}

/** Shown when extraction or comparison failed. */
export function ErrorState({ error }: ErrorStateProps) {
  return (
    <div class="cc-state cc-error" data-testid="cc-error" role="alert">
      <p>Crosscheck could not compare this page.</p>
      {error && <p class="cc-meta">{error}</p>}
    </div>
  );
}
