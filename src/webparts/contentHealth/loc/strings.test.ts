import * as path from 'path';
import { describeLocStrings } from '../../../../tests/support/locStrings';

// The report's own keys are declared with the component (mystrings.d.ts extends that interface).
describeLocStrings('Content health', __dirname, [path.join(__dirname, '../../../components/contentHealth/contentHealthStrings.ts')]);
