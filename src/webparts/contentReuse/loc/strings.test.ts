import * as path from 'path';
import { describeLocStrings } from '../../../../tests/support/locStrings';

// The view's own keys are declared with the component (mystrings.d.ts extends that interface).
describeLocStrings('Content reuse', __dirname, [path.join(__dirname, '../../../components/reuse/reuseStrings.ts')]);
