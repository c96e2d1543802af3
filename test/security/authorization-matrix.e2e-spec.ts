// Issue 9: the authorization matrix (test/security/authorization-matrix.ts) — one test per cell.
// Cells listed in KNOWN_PRODUCT_BUGS run in authorization-matrix.pending-spec.ts instead (not in testMatch).
import { KNOWN_PRODUCT_BUGS, cells } from './authorization-matrix';
import { describeMatrix } from './matrix-runner';

const all = cells();
describeMatrix(
  `authorization matrix (${all.length} cells, ${Object.keys(KNOWN_PRODUCT_BUGS).length} known product bugs run separately)`,
  all.filter((c) => !(c.key in KNOWN_PRODUCT_BUGS)),
  'luyue_test_sec_matrix',
  11,
);
