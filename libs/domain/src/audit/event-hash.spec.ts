import { type ChainedEventText, canonicalEventText, eventHash } from './event-hash';
import { ChainVerifier, type StoredChainedEvent } from './chain-verifier';
import { fieldChanges } from './field-changes';

const base: ChainedEventText = {
  id: '7',
  obligationId: '0b1c2d3e-0000-4000-8000-000000000001',
  type: 'status_changed',
  fromStatus: 'pending',
  toStatus: 'acknowledged',
  actorId: null,
  note: '签收',
  data: '{"a": 1}',
  createdAt: '2026-12-02T08:01:02.123456Z',
  chainSeq: '2',
  prevHash: 'ab'.repeat(32),
};

describe('canonical event text', () => {
  it('lists every column in a fixed order, NULL as "-" and values with their UTF-8 byte length', () => {
    expect(canonicalEventText(base).split('\n')).toEqual([
      'luyue.obligation_events.v1',
      'id:1:7',
      'obligation_id:36:0b1c2d3e-0000-4000-8000-000000000001',
      'type:14:status_changed',
      'from_status:7:pending',
      'to_status:12:acknowledged',
      'actor_id:-',
      'note:6:签收',
      'data:8:{"a": 1}',
      'created_at:27:2026-12-02T08:01:02.123456Z',
      'chain_seq:1:2',
      `prev_hash:64:${'ab'.repeat(32)}`,
    ]);
  });

  it('is a lower-case hex SHA-256', () => {
    expect(eventHash(base)).toMatch(/^[0-9a-f]{64}$/);
  });

  it('changes with every column, and keeps NULL apart from an empty string', () => {
    const variants: Partial<ChainedEventText>[] = [
      { id: '8' },
      { obligationId: null },
      { type: 'confirmed' },
      { fromStatus: null },
      { toStatus: 'in_progress' },
      { actorId: '0b1c2d3e-0000-4000-8000-000000000002' },
      { note: '' },
      { note: null },
      { data: '{"a": 2}' },
      { createdAt: '2026-12-02T08:01:02.123457Z' },
      { chainSeq: '3' },
      { prevHash: null },
    ];
    const hashes = new Set([eventHash(base), ...variants.map((v) => eventHash({ ...base, ...v }))]);
    expect(hashes.size).toBe(variants.length + 1);
  });

  it('cannot be fooled by moving text between fields', () => {
    const a = eventHash({ ...base, note: 'x\ndata:1:y', data: 'z' });
    const b = eventHash({ ...base, note: 'x', data: 'y\ndata:1:z' });
    expect(a).not.toBe(b);
  });
});

/** A valid chain of `n` events for one obligation. */
function chain(obligationId: string | null, n: number, firstId = 1): StoredChainedEvent[] {
  const rows: StoredChainedEvent[] = [];
  let prev: string | null = null;
  for (let i = 1; i <= n; i++) {
    const row = { ...base, id: String(firstId + i - 1), obligationId, chainSeq: String(i), prevHash: prev };
    const hash = eventHash(row);
    rows.push({ ...row, hash });
    prev = hash;
  }
  return rows;
}

const run = (rows: StoredChainedEvent[], verifier = new ChainVerifier()) => {
  for (const row of rows) {
    const broken = verifier.push(row);
    if (broken) return broken;
  }
  return verifier.finish();
};

describe('chain verifier', () => {
  const a = '0b1c2d3e-0000-4000-8000-00000000000a';
  const b = '0b1c2d3e-0000-4000-8000-00000000000b';

  it('accepts intact chains and reports their heads', () => {
    const v = new ChainVerifier();
    expect(run([...chain(null, 2, 100), ...chain(a, 3), ...chain(b, 1, 10)], v)).toBeNull();
    expect(v.events).toBe(6);
    expect(v.chains).toBe(3);
    expect(v.heads().map((h) => [h.obligationId, h.seq])).toEqual([
      [null, '2'],
      [a, '3'],
      [b, '1'],
    ]);
  });

  it('names an edited event (hash mismatch)', () => {
    const rows = chain(a, 3);
    rows[1] = { ...rows[1], note: 'changed' };
    expect(run(rows)).toMatchObject({ kind: 'hash_mismatch', eventId: '2', obligationId: a });
  });

  it('names the event after one whose hash was recomputed (prev_hash mismatch)', () => {
    const rows = chain(a, 3);
    const edited = { ...rows[1], note: 'changed' };
    rows[1] = { ...edited, hash: eventHash({ ...edited, chainSeq: '2' }) };
    expect(run(rows)).toMatchObject({ kind: 'prev_hash_mismatch', eventId: '3' });
  });

  it('names the event after a deleted one (gap in chain_seq), also at the start of a chain', () => {
    const rows = chain(a, 3);
    expect(run([rows[0], rows[2]])).toMatchObject({ kind: 'seq_gap', eventId: '3', expected: '2', found: '3' });
    expect(run([rows[1], rows[2]])).toMatchObject({ kind: 'seq_gap', eventId: '2', expected: '1' });
  });

  it('reports a row without a hash', () => {
    expect(run([{ ...chain(a, 1)[0], hash: null }])).toMatchObject({ kind: 'unchained', eventId: '1' });
  });

  it('with anchors, catches a cut tail, a chain deleted whole and a chain rewritten consistently', () => {
    const rows = [...chain(a, 3), ...chain(b, 2, 10)];
    const v = new ChainVerifier();
    run(rows, v);
    const anchors = v.heads();
    expect(run(rows, new ChainVerifier(anchors))).toBeNull();
    expect(run([...chain(a, 2), ...chain(b, 2, 10)], new ChainVerifier(anchors))).toMatchObject({ kind: 'truncated', obligationId: a, expected: '3', found: '2' });
    expect(run(chain(a, 3), new ChainVerifier(anchors))).toMatchObject({ kind: 'truncated', obligationId: b });
    const rewritten = chain(a, 3).map((r) => ({ ...r, note: 'rewritten' }));
    let prev: string | null = null;
    for (const r of rewritten) {
      r.prevHash = prev;
      r.hash = eventHash({ ...r, chainSeq: r.chainSeq as string });
      prev = r.hash;
    }
    expect(run([...rewritten, ...chain(b, 2, 10)], new ChainVerifier(anchors))).toMatchObject({ kind: 'anchor_mismatch', eventId: '3' });
  });
});

describe('field changes', () => {
  it('lists only the fields that differ, old → new, arrays by value', () => {
    const before = { title: 'A', priority: 'normal', subjects: ['x'], dueDate: null as string | null };
    expect(fieldChanges(before, { title: 'A', priority: 'high', subjects: ['x'], dueDate: undefined })).toEqual({ priority: { from: 'normal', to: 'high' } });
    expect(fieldChanges(before, { subjects: ['x', 'y'], dueDate: '2026-12-31' })).toEqual({
      subjects: { from: ['x'], to: ['x', 'y'] },
      dueDate: { from: null, to: '2026-12-31' },
    });
    expect(fieldChanges(before, {})).toEqual({});
  });
});
