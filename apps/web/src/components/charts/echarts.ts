import { GridComponent, LegendComponent, TitleComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';

/**
 * ECharts' core with what every chart uses. A page registers its own chart types at its top
 * (`echarts.use([RadarChart])`), so a chart type is downloaded only by the routes that draw it —
 * and this module only by routes that chart at all (sign-in and the board load none of it).
 */
echarts.use([CanvasRenderer, GridComponent, LegendComponent, TitleComponent, TooltipComponent]);

export { echarts };
export type { EChartsCoreOption } from 'echarts/core';
