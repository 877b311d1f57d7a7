// `npm run accuracy`: each rule's agreement with the hand labels of ../shared/corpus (see test/support/accuracy.ts).
import { corpusAgreement, corpusPresent, formatAgreement } from '../test/support/accuracy.ts';

if (!corpusPresent()) {
  console.error('accuracy: ../shared/corpus/MANIFEST.tsv not found');
  process.exit(2);
}
console.log(formatAgreement(await corpusAgreement()));
