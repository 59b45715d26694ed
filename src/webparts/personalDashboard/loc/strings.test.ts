import * as path from 'path';
import { describeLocStrings } from '../../../../tests/support/locStrings';

describeLocStrings('Min sida', __dirname, [path.join(__dirname, '../../../components/news/newsStrings.ts')]);
