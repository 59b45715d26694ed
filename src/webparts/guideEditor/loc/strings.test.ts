import * as path from 'path';
import { describeLocStrings } from '../../../../tests/support/locStrings';

// The editor's own keys are declared with the component, the viewer's with the viewer (mystrings.d.ts extends them).
describeLocStrings('Guide editor', __dirname, [
  path.join(__dirname, '../../../components/guideEditor/guideEditorStrings.ts'),
  path.join(__dirname, '../../../components/guides/guideStrings.ts')
]);
