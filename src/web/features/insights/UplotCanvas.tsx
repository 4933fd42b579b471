/**
 * A uPlot chart that fills its box, follows its width, and redraws at page width for printing.
 * A picture only: the figure around it is hidden from assistive technology, and each chart has
 * a sentence and a table beside it.
 */
import { useEffect, useRef } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';

/** About the printable width of A4 and US Letter with 15 mm margins, in CSS pixels. */
const PRINT_WIDTH = 680;
const MIN_WIDTH = 240;

interface UplotCanvasProps {
  height: number;
  data: uPlot.AlignedData;
  options: (size: { width: number; height: number }) => uPlot.Options;
}

/** Draws `data` with `options`; rebuilt whenever either changes. */
export function UplotCanvas({ height, data, options }: UplotCanvasProps) {
  const box = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const element = box.current;
    if (!element) return;
    const width = () => Math.max(MIN_WIDTH, Math.floor(element.clientWidth));
    const chart = new uPlot(options({ width: width(), height }), data, element);
    const fit = () => chart.setSize({ width: width(), height });
    const forPrint = () => chart.setSize({ width: PRINT_WIDTH, height });
    const observer = new ResizeObserver(fit);
    observer.observe(element);
    window.addEventListener('beforeprint', forPrint);
    window.addEventListener('afterprint', fit);
    return () => {
      observer.disconnect();
      window.removeEventListener('beforeprint', forPrint);
      window.removeEventListener('afterprint', fit);
      chart.destroy();
    };
  }, [data, options, height]);

  return <div ref={box} className="chart__canvas insights-chart__canvas" />;
}
