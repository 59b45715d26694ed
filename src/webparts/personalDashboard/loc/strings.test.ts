import { describeLocStrings } from '../../../../tests/support/locStrings';

describeLocStrings('Min sida', __dirname, []);
