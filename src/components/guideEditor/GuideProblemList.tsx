import * as React from 'react';
import type { GuideDraft } from '../../core/guideEditor';
import type { GuideProblem } from '../../core/guideEditorValidation';
import { formatText } from '../common/formatText';
import type { IGuideEditorClassNames } from './guideEditorStyles';
import type { IGuideEditorStrings } from './guideEditorStrings';
import { fieldId, problemTarget, problemText } from './guideFormText';

export interface IGuideProblemListProps {
  problems: GuideProblem[];
  draft: GuideDraft;
  base: string;
  strings: IGuideEditorStrings;
  classNames: IGuideEditorClassNames;
}

/** Every problem that stops publishing, each a link to the field it is about. Takes focus when shown (the form asks). */
export const GuideProblemList = React.forwardRef<HTMLDivElement, IGuideProblemListProps>(function GuideProblemList(props, ref): React.ReactElement {
  const { problems, strings, classNames } = props;
  const s = strings.Editor;
  const headingId = fieldId(props.base, 'problems');
  return (
    <div className={classNames.problems} ref={ref} tabIndex={-1} role="alert" aria-labelledby={headingId} data-guide-problems="">
      <h3 id={headingId}>{problems.length === 1 ? s.ProblemsHeadingOne : formatText(s.ProblemsHeading, problems.length)}</h3>
      <ul>
        {problems.map((problem, i) => {
          const target = problemTarget(props.base, props.draft, problem);
          return (
            <li key={i} data-problem={problem.code}>
              <a href={`#${target}`} onClick={e => {
                e.preventDefault();
                const el = document.getElementById(target);
                if (el) el.focus();
              }}>{problemText(strings, problem)}</a>
            </li>
          );
        })}
      </ul>
    </div>
  );
});
