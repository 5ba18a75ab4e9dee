/** The measure's checks (lint): each issue names where it is; activating it goes there. */
import type { ReactElement } from 'react';
import type { MeasureIssue } from '../model/measure-preview';
import { goToIssue } from '../actions/issue-navigation';

const SEVERITY_LABEL: Record<MeasureIssue['severity'], string> = { error: 'Error', warning: 'Warning', info: 'Note' };

interface Props {
  readonly issues: readonly MeasureIssue[];
  readonly pending: boolean;
  readonly checkedAgainstBase: boolean;
}

export function LintPanel({ issues, pending, checkedAgainstBase }: Props): ReactElement {
  return (
    <section className="lint-panel" aria-labelledby="lint-title">
      <header className="panel-header">
        <h2 className="panel-title" id="lint-title">
          Checks
        </h2>
        <span className="muted small" role="status" aria-live="polite">
          {pending ? 'Checking…' : issues.length === 0 ? 'No problems found' : countsLabel(issues)}
        </span>
      </header>
      {issues.length === 0 ? (
        <p className="empty-hint muted">
          {checkedAgainstBase
            ? 'The measure passed every check, including its quoted official text against the base edition.'
            : 'The measure passed the checks that need no edition. Import its base edition to verify the quoted official text too.'}
        </p>
      ) : (
        <ul className="issue-list">
          {issues.map((issue, index) => (
            <li key={`${issue.ruleId}:${index}`} className={`issue severity-${issue.severity}`}>
              <button type="button" className="issue-button" onClick={() => goToIssue(issue)}>
                <span className={`severity-badge severity-${issue.severity}`}>{SEVERITY_LABEL[issue.severity]}</span>
                <span className="issue-where small muted">{issue.where}</span>
                <span className="issue-message">{issue.message}</span>
                {issue.hint !== undefined && <span className="issue-hint small muted">{issue.hint}</span>}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** `2 errors, 1 warning, 1 note`, leaving out the kinds that are absent. */
function countsLabel(issues: readonly MeasureIssue[]): string {
  const words = { error: ['error', 'errors'], warning: ['warning', 'warnings'], info: ['note', 'notes'] } as const;
  return (['error', 'warning', 'info'] as const)
    .map((severity) => [severity, issues.filter((issue) => issue.severity === severity).length] as const)
    .filter(([, count]) => count > 0)
    .map(([severity, count]) => `${count} ${words[severity][count === 1 ? 0 : 1]}`)
    .join(', ');
}
