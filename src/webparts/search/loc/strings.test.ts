import * as path from 'path';
import { describeLocStrings } from '../../../../tests/support/locStrings';

// Web part groups are declared in mystrings.d.ts, the view's groups in the components' string types.
describeLocStrings('Search', __dirname, [
  path.join(__dirname, '../../../components/search/searchStrings.ts'),
  path.join(__dirname, '../../../components/guides/guideStrings.ts')
]);
