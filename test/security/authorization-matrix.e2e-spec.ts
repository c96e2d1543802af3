// Issue 9: the authorization matrix (test/security/authorization-matrix.ts) — one test per cell.
import { cells } from './authorization-matrix';
import { describeMatrix } from './matrix-runner';

const all = cells();
describeMatrix(`authorization matrix (${all.length} cells)`, all, 'luyue_test_sec_matrix', 11);
