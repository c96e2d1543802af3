/**
 * A long body name cut into lines of at most `perLine` characters, for chart axes that would
 * otherwise clip it (阿拉山口综合保税区管理委员会 needs two lines at 10).
 */
export function labelLines(text: string, perLine: number): string[] {
  const chars = [...text];
  const lines: string[] = [];
  for (let i = 0; i < chars.length; i += perLine)
    lines.push(chars.slice(i, i + perLine).join(''));
  return lines.length ? lines : [''];
}
