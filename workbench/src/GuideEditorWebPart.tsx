import * as React from 'react';
import * as strings from 'GuideEditorWebPartStrings';
import type { HostTheme } from '../../src/components/common/hostTheme';
import { GuideEditor } from '../../src/components/guideEditor/GuideEditor';
import * as guideEditor from '../../src/wiring/guideEditor';
import { workbenchConnection } from './workbenchServices';

export interface IGuideEditorWebPartProps {
  persona: string;
  /** Set in a Teams tab. */
  hostTheme?: HostTheme;
}

/** The guide editor web part as the SPFx class renders it: its view with its loc strings, services and the browser's storage. */
export function GuideEditorWebPart(props: IGuideEditorWebPartProps): React.ReactElement {
  const wiring = React.useMemo(() => guideEditor.wire(workbenchConnection(props.persona)), [props.persona]);
  return <GuideEditor service={wiring.service} getConfig={wiring.getConfig} getUser={wiring.getUser} storage={window.localStorage}
    strings={strings} hostTheme={props.hostTheme} />;
}

/** The workbench page that shows it: `?page=guider`. */
export const GUIDE_EDITOR_PAGE = 'guider';
