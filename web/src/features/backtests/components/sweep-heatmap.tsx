import type { SweepCombination } from '../api/types';
import { cellColour, cellTitle, sameParams, type HeatmapMatrix, type Metric } from '../lib/sweep';

import './sweep-view.css';

interface SweepHeatmapProps {
  matrix: HeatmapMatrix;
  metric: Metric;
  x: string;
  y: string | undefined;
  best: SweepCombination | undefined;
}

function axisValue(value: number): string {
  return value.toLocaleString('en-US', { maximumFractionDigits: 8 });
}

/**
 * The metric over two parameters as a table-shaped CSS grid: a row per y value (largest on top),
 * a cell per x value, the best cell outlined; each cell's title holds all of its figures.
 */
export function SweepHeatmap({ matrix, metric, x, y, best }: SweepHeatmapProps) {
  return (
    <div className="heatmap-scroll">
      <table
        className="heatmap"
        data-testid="sweep-heatmap"
        aria-label={`${metric.label} by ${x}${y ? ` and ${y}` : ''}`}
      >
        <tbody>
          {matrix.rows.map((row, rowIndex) => (
            <tr key={row[0]?.y ?? rowIndex}>
              <th scope="row" className="heatmap-axis">
                {y !== undefined && row[0]?.y !== undefined ? `${y} ${axisValue(row[0].y)}` : ''}
              </th>
              {row.map((cell) => {
                const isBest = sameParams(cell.combination, best);
                const colour = cellColour(cell.value, metric, matrix.min, matrix.max);
                const classes = ['heatmap-cell'];
                if (isBest) classes.push('heatmap-best');
                if (cell.value === undefined) classes.push('heatmap-empty');
                return (
                  <td
                    key={cell.x}
                    className={classes.join(' ')}
                    style={colour ? { background: colour } : undefined}
                    title={cellTitle(cell.combination)}
                    data-testid="heatmap-cell"
                    data-best={isBest || undefined}
                    data-value={cell.value}
                  >
                    <span className={dark(cell.value, metric, matrix) ? 'on-dark' : undefined}>
                      {cell.combination?.refusal ? 'refused' : metric.format(cell.value)}
                    </span>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="col" className="heatmap-axis">
              {x} →
            </th>
            {matrix.xValues.map((value) => (
              <th key={value} scope="col" className="heatmap-axis">
                {axisValue(value)}
              </th>
            ))}
          </tr>
        </tfoot>
      </table>
    </div>
  );
}

/** Whether a cell's colour is dark enough to need light text (the far third of the scale). */
function dark(value: number | undefined, metric: Metric, matrix: HeatmapMatrix): boolean {
  if (value === undefined || matrix.min === undefined || matrix.max === undefined) return false;
  if (metric.diverging) {
    const span = Math.max(Math.abs(matrix.min), Math.abs(matrix.max));
    return span > 0 && Math.abs(value) / span > 0.6;
  }
  const t = matrix.max === matrix.min ? 1 : (value - matrix.min) / (matrix.max - matrix.min);
  return (metric.higherIsBetter ? t : 1 - t) > 0.6;
}
