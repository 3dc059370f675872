import { useEffect, useRef, type CSSProperties } from 'react';
import { echarts, type EChartsCoreOption } from './echarts';

type Handler = (params: any) => void;

/**
 * One ECharts instance bound to a div: created once, given new options as they change, resized with its box,
 * disposed on unmount. `data-painted` turns "1" after the first render has finished, so browser tests and the
 * web benchmark wait for a painted chart rather than for time.
 */
export function EChart({ option, style, testId, onEvents, ariaLabel }: {
  option: EChartsCoreOption;
  style?: CSSProperties;
  testId?: string;
  onEvents?: Record<string, Handler>;
  ariaLabel?: string;
}) {
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);
  const handlers = useRef(onEvents);
  handlers.current = onEvents;

  useEffect(() => {
    const el = box.current!;
    const c = echarts.init(el, undefined, { renderer: 'canvas' });
    chart.current = c;
    c.on('finished', () => el.setAttribute('data-painted', '1'));
    const resize = new ResizeObserver(() => c.resize());
    resize.observe(el);
    return () => {
      resize.disconnect();
      c.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption(option, { notMerge: true });
  }, [option]);

  useEffect(() => {
    const c = chart.current;
    if (!c || !onEvents) return;
    const names = Object.keys(onEvents);
    for (const name of names) c.on(name, (p: unknown) => handlers.current?.[name]?.(p));
    return () => names.forEach((name) => c.off(name));
  }, [onEvents ? Object.keys(onEvents).join() : '']);

  return <div ref={box} role="img" aria-label={ariaLabel} data-testid={testId} style={{ width: '100%', height: 320, ...style }} />;
}
