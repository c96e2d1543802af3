import { labelLines } from './labelLines';

export const TICK_CHARS_PER_LINE = 10;
export const TICK_LINE_HEIGHT = 14;

/** A Y-axis tick that prints the whole body name over as many lines as it needs. */
export function WrappedTick({
  x,
  y,
  payload,
}: {
  x?: number;
  y?: number;
  payload?: { value: string };
}) {
  const lines = labelLines(String(payload?.value ?? ''), TICK_CHARS_PER_LINE);
  const top = -((lines.length - 1) * TICK_LINE_HEIGHT) / 2;
  return (
    <text
      x={x}
      y={y}
      textAnchor="end"
      fontSize={12}
      fill="currentColor"
      data-testid="axis-label"
    >
      <title>{payload?.value}</title>
      {lines.map((line, i) => (
        <tspan key={i} x={x} dx={-4} dy={i === 0 ? top + 4 : TICK_LINE_HEIGHT}>
          {line}
        </tspan>
      ))}
    </text>
  );
}
