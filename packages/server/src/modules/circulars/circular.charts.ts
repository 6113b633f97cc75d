import fs from 'node:fs';
import { createRequire } from 'node:module';
import type { EChartsOption } from 'echarts';
import { initWasm, Resvg } from '@resvg/resvg-wasm';

// Charts of the circular: ECharts renders SVG server-side (no DOM), and resvg (WebAssembly, no native binary)
// rasterises the PNG that Word needs as the fallback of an SVG picture.

export type ChartImage = { title: string; svg: string; png: Buffer; width: number; height: number };

const require = createRequire(import.meta.url);

// resvg draws text only with fonts it is given. These are the CJK fonts Debian installs (fonts-wqy-zenhei is
// already needed by the browser tests); without any of them the PNG fallback has bars and lines but no labels.
const CJK_FONT_FILES = [
  '/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc',
  '/usr/share/fonts/truetype/wqy/wqy-microhei.ttc',
  '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc',
  '/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf',
];

let ready: Promise<{ fonts: Uint8Array[] }> | null = null;
// ECharts is loaded at the first chart, not with the server: loading it took about 40 MB of the server's memory at
// start, and most server processes never draw a chart (only the 月通报 and the 调度通报 do).
let echartsModule: Promise<typeof import('echarts')> | null = null;

function rasterizer(): Promise<{ fonts: Uint8Array[] }> {
  ready ??= (async () => {
    await initWasm(fs.readFileSync(require.resolve('@resvg/resvg-wasm/index_bg.wasm')));
    const file = CJK_FONT_FILES.find((f) => fs.existsSync(f));
    return { fonts: file ? [new Uint8Array(fs.readFileSync(file))] : [] };
  })();
  return ready;
}

async function toPng(svg: string): Promise<Buffer> {
  const { fonts } = await rasterizer();
  const resvg = new Resvg(svg, { background: 'white', font: { fontBuffers: fonts, loadSystemFonts: false, defaultFontFamily: 'WenQuanYi Zen Hei', sansSerifFamily: 'WenQuanYi Zen Hei' } });
  const image = resvg.render();
  const png = Buffer.from(image.asPng());
  image.free();
  resvg.free();
  return png;
}

const FONT = 'sans-serif';

/** An ECharts option rendered server-side to SVG with its PNG fallback (also the 调度通报's charts, modules/dispatch). */
export async function render(title: string, option: EChartsOption, width = 640, height = 320): Promise<ChartImage> {
  echartsModule ??= import('echarts');
  const echarts = await echartsModule;
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
  chart.setOption({ animation: false, backgroundColor: '#ffffff', textStyle: { fontFamily: FONT }, title: { text: title, left: 'center', textStyle: { fontSize: 15, fontFamily: FONT } }, ...option });
  const svg = chart.renderToSVGString();
  chart.dispose();
  return { title, svg, png: await toPng(svg), width, height };
}

const monthTick = (date: string) => `${date.slice(2, 4)}.${date.slice(5, 7)}`;

/** Stock burn-down: open stock hazards at each month end against the straight line to zero by 2024-12-31. */
export function burnDownChart(points: readonly { date: string; open: number; target: number }[]): Promise<ChartImage> {
  return render('存量隐患销号进度（未销号存量逐月变化）', {
    grid: { left: 50, right: 20, top: 50, bottom: 50 },
    legend: { bottom: 0, data: ['未销号存量隐患', '目标进度'] },
    xAxis: { type: 'category', data: points.map((p) => monthTick(p.date)), axisLabel: { fontSize: 10 } },
    yAxis: { type: 'value', minInterval: 1 },
    series: [
      { name: '未销号存量隐患', type: 'line', data: points.map((p) => p.open), symbolSize: 4, lineStyle: { width: 2 }, color: '#c0392b' },
      { name: '目标进度', type: 'line', data: points.map((p) => p.target), symbol: 'none', lineStyle: { type: 'dashed' }, color: '#7f8c8d' },
    ],
  });
}

/** Hazards found per month over the last twelve months, against the same month a year earlier. */
export function incrementChart(months: readonly { month: string; count: number; previousYear: number }[]): Promise<ChartImage> {
  const last = months.slice(-12);
  return render('近12个月新增隐患（同比）', {
    grid: { left: 50, right: 20, top: 50, bottom: 50 },
    legend: { bottom: 0, data: ['本期新增', '上年同月'] },
    xAxis: { type: 'category', data: last.map((m) => `${Number(m.month.slice(5, 7))}月`) },
    yAxis: { type: 'value', minInterval: 1 },
    series: [
      { name: '本期新增', type: 'bar', data: last.map((m) => m.count), color: '#2f5597' },
      { name: '上年同月', type: 'bar', data: last.map((m) => m.previousYear), color: '#a6a6a6' },
    ],
  });
}

/** Sub-regions ranked by rectification rate (highest on top); regions with nothing to rate are left out. */
export function rankingChart(rows: readonly { name: string; value: number | null }[]): Promise<ChartImage> {
  const rated = rows.filter((r): r is { name: string; value: number } => r.value !== null).sort((a, b) => a.value - b.value);
  const height = Math.max(220, 60 + rated.length * 22);
  return render(
    '各地隐患整改率排名',
    {
      grid: { left: 110, right: 60, top: 45, bottom: 25 },
      xAxis: { type: 'value', max: 100, axisLabel: { formatter: '{value}%' } },
      yAxis: { type: 'category', data: rated.map((r) => r.name) },
      series: [{ type: 'bar', data: rated.map((r) => Math.round(r.value * 1000) / 10), color: '#2f5597', label: { show: true, position: 'right', formatter: (p: { value: unknown }) => `${Number(p.value).toFixed(1)}%` } }],
    },
    640,
    height,
  );
}
