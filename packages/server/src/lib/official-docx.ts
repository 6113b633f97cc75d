import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  ImageRun,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  Tab,
  TabStopType,
  TextRun,
  VerticalAlign,
  WidthType,
  type IRunOptions,
} from 'docx';
import { dateLabel } from '@zhiben/core';

// The 党政机关公文 look (GB/T 9704) shared by Zhiben's Word documents (月通报, 调度通报, 检查记录): A4, 仿宋 三号 body, 黑体
// first-level headings, 楷体 second-level headings, a title in 小标宋, page numbers as “— 1 —”. Word substitutes a
// font that is not installed, so the names are safe to give.

export const BODY_FONT = '仿宋_GB2312';
export const HEADING_FONT = '黑体';
export const SUBHEADING_FONT = '楷体_GB2312';
export const TITLE_FONT = '方正小标宋简体';
export const BODY_SIZE = 32; // half-points: 三号 16 pt
export const TABLE_SIZE = 21; // 五号 10.5 pt
const MM = 56.7; // twips per millimetre

export const font = (name: string) => ({ ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: name, cs: name });
export const run = (text: string, options: IRunOptions = {}) => new TextRun({ text, font: font(BODY_FONT), size: BODY_SIZE, ...options });

/** A body paragraph: first line indented two characters, fixed 28 pt line spacing. */
export const body = (text: string) =>
  new Paragraph({ children: [run(text)], indent: { firstLine: 640 }, spacing: { line: 560, lineRule: 'exact' }, alignment: AlignmentType.JUSTIFIED });
export const heading = (text: string) =>
  new Paragraph({ children: [run(text, { font: font(HEADING_FONT) })], indent: { firstLine: 640 }, spacing: { line: 560, lineRule: 'exact' } });
export const subheading = (text: string) =>
  new Paragraph({ children: [run(text, { font: font(SUBHEADING_FONT) })], indent: { firstLine: 640 }, spacing: { line: 560, lineRule: 'exact' } });
export const caption = (text: string) =>
  new Paragraph({ children: [run(text, { font: font(HEADING_FONT), size: 24 })], alignment: AlignmentType.CENTER, spacing: { before: 120, after: 120 } });
/** The document's title in 小标宋 二号, centred. */
export const title = (text: string) =>
  new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: 240, after: 480, line: 700, lineRule: 'exact' }, children: [new TextRun({ text, font: font(TITLE_FONT), size: 44 })] });

const thin = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
const borders = { top: thin, bottom: thin, left: thin, right: thin };

type Alignment = (typeof AlignmentType)[keyof typeof AlignmentType];

export function cell(text: string, header: boolean, width: number | null, alignment: Alignment = AlignmentType.CENTER, columnSpan = 1): TableCell {
  return new TableCell({
    borders,
    ...(width === null ? {} : { width: { size: width, type: WidthType.DXA } }),
    ...(columnSpan > 1 ? { columnSpan } : {}),
    verticalAlign: VerticalAlign.CENTER,
    margins: { top: 40, bottom: 40, left: 60, right: 60 },
    ...(header ? { shading: { fill: 'D9D9D9' } } : {}),
    children: text.split('\n').map((line) => new Paragraph({ alignment, children: [new TextRun({ text: line, font: font(header ? HEADING_FONT : BODY_FONT), size: TABLE_SIZE })] })),
  });
}

export const TEXT_WIDTH = 11906 - Math.round(28 * MM) - Math.round(26 * MM); // A4 width less the margins, in twips

/**
 * A full-width table; the first row is the header and repeats on each page. `weights` share the width between
 * the columns (equal shares when omitted).
 */
export function table(header: readonly string[], rows: readonly (readonly string[])[], leftColumns: ReadonlySet<number> = new Set(), weights?: readonly number[]): Table {
  const sum = weights?.reduce((a, b) => a + b, 0) ?? 0;
  const widths = weights ? weights.map((w) => Math.floor((w / sum) * TEXT_WIDTH)) : null;
  const widthOf = (i: number) => widths?.[i] ?? null;
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    ...(widths ? { columnWidths: widths } : {}),
    rows: [
      new TableRow({ tableHeader: true, children: header.map((h, i) => cell(h, true, widthOf(i))) }),
      ...rows.map((r) => new TableRow({ cantSplit: true, children: r.map((v, i) => cell(v, false, widthOf(i), leftColumns.has(i) ? AlignmentType.LEFT : AlignmentType.CENTER)) })),
    ],
  });
}

/** A form table: label / value pairs, two pairs a row (label cells shaded), for the head of a record. */
export function formTable(pairs: readonly (readonly [string, string])[]): Table {
  const label = Math.floor(TEXT_WIDTH * 0.17);
  const value = Math.floor(TEXT_WIDTH * 0.33);
  const rows: TableRow[] = [];
  for (let k = 0; k < pairs.length; k += 2) {
    const [a, b] = [pairs[k], pairs[k + 1]];
    const cells = [cell(a?.[0] ?? '', true, label), cell(a?.[1] ?? '', false, b ? value : value * 2 + label, AlignmentType.LEFT, b ? 1 : 3)];
    if (b) cells.push(cell(b[0], true, label), cell(b[1], false, value, AlignmentType.LEFT));
    rows.push(new TableRow({ cantSplit: true, children: cells }));
  }
  return new Table({ width: { size: TEXT_WIDTH, type: WidthType.DXA }, columnWidths: [label, value, label, value], rows });
}

/** The document: A4 with the official margins and “— n —” page numbers. */
export function officialDocument(documentTitle: string, children: (Paragraph | Table)[]): Promise<Buffer> {
  const document = new Document({
    creator: '治本平台',
    title: documentTitle,
    styles: { default: { document: { run: { font: font(BODY_FONT), size: BODY_SIZE } } } },
    sections: [
      {
        properties: { page: { size: { width: 11906, height: 16838 }, margin: { top: Math.round(37 * MM), bottom: Math.round(35 * MM), left: Math.round(28 * MM), right: Math.round(26 * MM) } } },
        footers: {
          default: new Footer({
            children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: ['— ', PageNumber.CURRENT, ' —'], font: font('宋体'), size: 28 })] })],
          }),
        },
        children,
      },
    ],
  });
  return Packer.toBuffer(document);
}

/** A chart as the documents embed it: SVG with a PNG fallback (circulars/circular.charts.ts draws them). */
export type DocumentChart = { title: string; svg: string; png: Buffer; width: number; height: number };

/** An SVG chart with its PNG fallback (Word before 2016 and other readers show the PNG), 15 cm wide. */
export function chart(image: DocumentChart): Paragraph {
  const width = 567; // px at 96 dpi ≈ 15 cm
  const height = Math.round((image.height / image.width) * width);
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    children: [
      new ImageRun({
        type: 'svg',
        data: Buffer.from(image.svg, 'utf8'),
        fallback: { type: 'png', data: image.png },
        transformation: { width, height },
        altText: { name: image.title, description: image.title, title: image.title },
      }),
    ],
  });
}

const NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
/** The Chinese numeral of a section counted from 0 (一、二、…), for 一、 and （一） headings. */
export const numeral = (index: number): string => NUMERALS[index] ?? String(index + 1);

/** Who a circular of a region at this level is addressed to (its next level down). */
export const SUBORDINATES: Record<string, string> = { province: '各市安委会', city: '各县（市、区）安委会', county: '各乡镇（街道）安委会', township: '各村（社区）' };

/** 全市 / 全县 / 全区 / 全镇 / 全街道: the region's own kind, from its name (a county-level unit may be a 区 or 市). */
export function wholeRegion(name: string): string {
  const kind = ['街道', '省', '市', '县', '区', '旗', '镇', '乡'].find((k) => name.endsWith(k));
  return kind ? `全${kind}` : name;
}

/** What the office fills in before a document goes out; a placeholder 文号 stays when none is given. */
export type DocumentIssue = { docNo?: string | undefined; signer?: string | undefined };

/**
 * The 发文字号 line: the 文号 centred, or, with a 签发人, the 文号 on the left and 「签发人：…」 on the right of the same
 * line (GB/T 9704 7.2.4).
 */
function docNoLine(docNo: string, signer: string | undefined): Paragraph {
  if (!signer) return new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 240 }, children: [run(docNo)] });
  return new Paragraph({
    spacing: { after: 240 },
    indent: { left: 320, right: 320 },
    tabStops: [{ type: TabStopType.RIGHT, position: TEXT_WIDTH - 640 }],
    children: [run(docNo), new TextRun({ children: [new Tab(), `签发人：${signer}`], font: font(BODY_FONT), size: BODY_SIZE })],
  });
}

/** The head of an official document: 文号 (placeholder unless given) and 签发人, title in 小标宋, the addressees. */
export function documentHead(documentTitle: string, year: string, addressees: string, issue: DocumentIssue = {}): Paragraph[] {
  return [
    docNoLine(issue.docNo || `××安委办〔${year}〕××号`, issue.signer || undefined),
    title(documentTitle),
    new Paragraph({ children: [run(addressees)], spacing: { line: 560, lineRule: 'exact' } }),
  ];
}

/** A 文号 line alone (a document to an enterprise has no 签发人), centred. */
export const docNoParagraph = (docNo: string): Paragraph => docNoLine(docNo, undefined);

/**
 * The issuing office and 成文日期 with room above for the seal (印章位置: the seal covers the office name and the
 * date, GB/T 9704 7.3.5), marked 「（印章）」 for whoever stamps the printout.
 */
export function stampedSignature(office: string, date: string): Paragraph[] {
  return [
    new Paragraph({ spacing: { before: 960 }, alignment: AlignmentType.RIGHT, indent: { right: 640 }, children: [run('（印章）')] }),
    new Paragraph({ alignment: AlignmentType.RIGHT, indent: { right: 320 }, children: [run(office)] }),
    new Paragraph({ alignment: AlignmentType.RIGHT, indent: { right: 320 }, children: [run(dateLabel(date))] }),
  ];
}

/** The issuing office and date, right-aligned under the text. */
export function signature(office: string, date: string): Paragraph[] {
  return [new Paragraph({ spacing: { before: 600 }, alignment: AlignmentType.RIGHT, children: [run(office)] }), new Paragraph({ alignment: AlignmentType.RIGHT, children: [run(dateLabel(date))] })];
}
