import { formatMinorUnits, toMajorUnits } from '../money/money';

/** One day's totals in minor units; `date` is YYYY-MM-DD in the admin's time zone. */
export interface ActivityDay {
  date: string;
  topUps: number;
  transfers: number;
}

interface ActivityChartProps {
  rows: ActivityDay[];
  currency: string;
}

const WIDTH = 720;
const HEIGHT = 220;
const PLOT = { left: 64, right: 8, top: 12, bottom: 28 };

// The server already counted days in the admin's zone: show the calendar date as it is.
const calendarDay = new Intl.DateTimeFormat(undefined, { month: 'short', day: 'numeric', timeZone: 'UTC' });
const dayLabel = (date: string) => calendarDay.format(new Date(`${date}T00:00:00Z`));

/** 1, 2 or 5 times a power of ten, at least `value`: a readable top for the axis. */
function niceCeiling(value: number): number {
  if (value <= 0) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  return ([1, 2, 5, 10].find((step) => step * power >= value) ?? 10) * power;
}

function ChartLegend() {
  return (
    <ul className="chart-legend" aria-hidden="true">
      <li>
        <span className="legend-swatch swatch-top-ups" />
        Top-ups
      </li>
      <li>
        <span className="legend-swatch swatch-transfers" />
        Transfers
      </li>
    </ul>
  );
}

/** The chart's figures for screen readers. */
function ActivityTable({ rows, currency }: ActivityChartProps) {
  return (
    <div className="visually-hidden">
      <table>
        <caption>
          Top-ups and transfers per day, last {rows.length} days, in {currency.toUpperCase()}
        </caption>
        <thead>
          <tr>
            <th scope="col">Day</th>
            <th scope="col">Top-ups</th>
            <th scope="col">Transfers</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.date}>
              <th scope="row">{dayLabel(row.date)}</th>
              <td>{formatMinorUnits(row.topUps, currency)}</td>
              <td>{formatMinorUnits(row.transfers, currency)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Daily totals of top-ups and transfers as grouped bars, with a table for screen readers. */
export function ActivityChart({ rows, currency }: ActivityChartProps) {
  const days = rows.length;
  const axisTop = niceCeiling(toMajorUnits(Math.max(...rows.map((row) => Math.max(row.topUps, row.transfers))), currency));
  const plotWidth = WIDTH - PLOT.left - PLOT.right;
  const plotHeight = HEIGHT - PLOT.top - PLOT.bottom;
  const groupWidth = plotWidth / days;
  const barWidth = Math.max(2, groupWidth * 0.34);
  const y = (amountMinor: number) => PLOT.top + plotHeight - (toMajorUnits(amountMinor, currency) / axisTop) * plotHeight;
  const compact = new Intl.NumberFormat(undefined, { style: 'currency', currency: currency.toUpperCase(), notation: 'compact' });
  const ticks = [0, axisTop / 2, axisTop];

  return (
    <figure className="chart-figure">
      <ChartLegend />
      <svg className="chart" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} aria-hidden="true" focusable="false">
        {ticks.map((tick) => {
          const tickY = PLOT.top + plotHeight - (tick / axisTop) * plotHeight;
          return (
            <g key={tick}>
              <line x1={PLOT.left} x2={WIDTH - PLOT.right} y1={tickY} y2={tickY} stroke="#e3e6ec" />
              <text x={PLOT.left - 8} y={tickY + 4} textAnchor="end">
                {compact.format(tick)}
              </text>
            </g>
          );
        })}
        {rows.map((row, index) => {
          const groupX = PLOT.left + index * groupWidth + (groupWidth - 2 * barWidth) / 2;
          return (
            <g key={row.date}>
              <rect className="bar-top-ups" x={groupX} y={y(row.topUps)} width={barWidth} height={PLOT.top + plotHeight - y(row.topUps)} rx={2} />
              <rect
                className="bar-transfers"
                x={groupX + barWidth}
                y={y(row.transfers)}
                width={barWidth}
                height={PLOT.top + plotHeight - y(row.transfers)}
                rx={2}
              />
              {index % 2 === (days - 1) % 2 && (
                <text x={PLOT.left + index * groupWidth + groupWidth / 2} y={HEIGHT - 8} textAnchor="middle">
                  {dayLabel(row.date)}
                </text>
              )}
            </g>
          );
        })}
      </svg>
      <ActivityTable rows={rows} currency={currency} />
    </figure>
  );
}
