/** What a 分工表 column holds, read from its header words (not its position). */
export type ColumnRole = 'number' | 'task' | 'lead' | 'co' | 'responsible' | 'due' | 'other';

export function columnRole(header: string): ColumnRole {
  const words = header.replace(/\s+/g, '');
  if (/^(?:序号|编号|序|No\.?)$/i.test(words)) return 'number';
  if (/牵头/.test(words)) return 'lead';
  if (/配合|协同|协助|参与|协办/.test(words)) return 'co';
  if (/(?:责任|主责|负责|实施|承办)(?:单位|部门|主体|处室)|^责任(?:人|方)?$/.test(words)) return 'responsible';
  if (/时限|时间|期限|节点|进度安排|完成时间/.test(words)) return 'due';
  if (/目标|指标|成效|备注|说明|依据/.test(words)) return 'other';
  if (/任务|内容|措施|事项|举措|工作|项目|要求/.test(words)) return 'task';
  return 'other';
}

/** A header row of a task-division table: a task column and a column naming who is responsible. */
export function isDivisionHeader(cells: string[]): boolean {
  const roles = cells.map(columnRole);
  return roles.includes('task') && roles.some((role) => role === 'lead' || role === 'responsible' || role === 'co');
}

/** Of several task columns (`重点任务 | 具体措施`), the measure is the most specific one, the rightmost. */
export function taskColumnOf(headers: string[], roles: ColumnRole[]): number | undefined {
  const columns = roles.flatMap((role, index) => (role === 'task' ? [index] : []));
  const specific = columns.filter((index) => /措施|任务|内容|事项|举措/.test(headers[index]));
  return (specific.length ? specific : columns).pop();
}
