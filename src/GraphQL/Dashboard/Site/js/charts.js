import * as echarts from '../vendor/echarts.esm.min.js';

// Tests and the browser console read a chart through echarts.getInstanceByDom(element).getOption().
globalThis.echarts = echarts;

/** Draws option into a [data-chart] element, replacing what it showed. */
export function draw(element, option) {
  const chart = echarts.getInstanceByDom(element) ?? echarts.init(element);
  chart.setOption({ animation: false, ...option }, true);
  return chart;
}

export function disposeCharts(root) {
  root.querySelectorAll('[data-chart]').forEach((element) => echarts.getInstanceByDom(element)?.dispose());
}

window.addEventListener('resize', () => {
  document.querySelectorAll('[data-chart]').forEach((element) => echarts.getInstanceByDom(element)?.resize());
});

/**
 * Bars with whiskers: values[i] is drawn as a bar, intervals[i] ([lower, upper], or null) as an error bar over it.
 * The bar series keeps the values and the custom series the intervals, so a test reads both from the option.
 */
export function drawIntervals(element, { categories, values, intervals, format }) {
  return draw(element, {
    grid: { left: 8, right: 16, top: 24, bottom: 8, containLabel: true },
    tooltip: {
      trigger: 'axis',
      formatter: (points) => {
        const index = points[0].dataIndex;
        const interval = intervals[index];
        return `${categories[index]}: ${format(values[index])}`
          + (interval ? `<br>[${format(interval[0])}, ${format(interval[1])}]` : '');
      },
    },
    xAxis: { type: 'category', data: categories },
    yAxis: { type: 'value', axisLabel: { formatter: format } },
    series: [
      { id: 'value', name: 'value', type: 'bar', data: values, barMaxWidth: 56, itemStyle: { color: '#93c5fd' } },
      {
        id: 'interval',
        name: 'interval',
        type: 'custom',
        data: intervals.map((interval, index) => (interval ? [index, interval[0], interval[1]] : [index, null, null])),
        encode: { x: 0, y: [1, 2] },
        z: 3,
        renderItem: (params, api) => {
          if (api.value(1) === null || Number.isNaN(api.value(1))) {
            return null;
          }
          const low = api.coord([api.value(0), api.value(1)]);
          const high = api.coord([api.value(0), api.value(2)]);
          const half = api.size([1, 0])[0] * 0.12;
          const style = { stroke: '#1e3a8a', lineWidth: 1.5 };
          return {
            type: 'group',
            children: [
              { type: 'line', shape: { x1: low[0], y1: low[1], x2: high[0], y2: high[1] }, style },
              { type: 'line', shape: { x1: low[0] - half, y1: low[1], x2: low[0] + half, y2: low[1] }, style },
              { type: 'line', shape: { x1: high[0] - half, y1: high[1], x2: high[0] + half, y2: high[1] }, style },
            ],
          };
        },
      },
    ],
  });
}
