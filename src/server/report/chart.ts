/**
 * The pain chart of the visit report, drawn as vectors: axes with dates, a line of each day's
 * mean pain (broken where days have no check-in), and flare days marked by a triangle with a
 * legend, so they never rest on colour alone.
 */
import type PDFDocument from 'pdfkit';
import { countDaysIncluded, type LocalDate } from '../../core/calendar.js';
import type { ReportData } from '../../core/report/index.js';
import type { ReportWords } from './messages.js';

/** A pdfkit document being drawn. */
export type Doc = InstanceType<typeof PDFDocument>;

/** Where the chart goes on the page. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

const INK = '#1f2933';
const GRID = '#d5dae0';
const LINE = '#1d4e89';
const DAY_LINE = '#8fa9c4';
const LABEL = 8;

/** Draws the pain chart in `box`. */
export function drawPainChart(doc: Doc, box: Box, report: ReportData, words: ReportWords, day: (d: LocalDate) => string): void {
  const plot = { x: box.x + 24, y: box.y + 14, width: box.width - 30, height: box.height - 34 };
  const days = countDaysIncluded(report.header.from, report.header.to);
  const xOf = (d: LocalDate) => plot.x + (days <= 1 ? plot.width / 2 : ((countDaysIncluded(report.header.from, d) - 1) / (days - 1)) * plot.width);
  const yOf = (pain: number) => plot.y + plot.height - (pain / 10) * plot.height;
  drawAxes(doc, plot, yOf, words);
  drawDateTicks(doc, plot, report, xOf, day);
  drawPainLine(doc, report, xOf, yOf);
  drawFlares(doc, report, plot, xOf);
  drawLegend(doc, box, report, words);
}

function drawAxes(doc: Doc, plot: Box, yOf: (p: number) => number, words: ReportWords): void {
  doc.font('Helvetica').fontSize(LABEL).fillColor(INK);
  for (const pain of [0, 2, 4, 6, 8, 10]) {
    doc.moveTo(plot.x, yOf(pain)).lineTo(plot.x + plot.width, yOf(pain)).lineWidth(0.4).strokeColor(GRID).stroke();
    doc.text(String(pain), plot.x - 16, yOf(pain) - 3, { width: 12, align: 'right', lineBreak: false });
  }
  doc.moveTo(plot.x, plot.y).lineTo(plot.x, plot.y + plot.height).lineTo(plot.x + plot.width, plot.y + plot.height)
    .lineWidth(0.8).strokeColor(INK).stroke();
  doc.text(words.pain.axis, plot.x, plot.y - 12, { lineBreak: false });
}

/** Up to six date labels, the first and last day always among them. */
function drawDateTicks(doc: Doc, plot: Box, report: ReportData, xOf: (d: LocalDate) => number, day: (d: LocalDate) => string): void {
  const { from, to } = report.header;
  const total = countDaysIncluded(from, to);
  const steps = Math.min(5, Math.max(1, total - 1));
  const ticks = new Set<LocalDate>();
  for (let i = 0; i <= steps; i += 1) ticks.add(addDaysUtc(from, Math.round((i * (total - 1)) / steps)));
  doc.font('Helvetica').fontSize(LABEL).fillColor(INK);
  for (const tick of ticks) {
    const x = xOf(tick);
    doc.moveTo(x, plot.y + plot.height).lineTo(x, plot.y + plot.height + 3).lineWidth(0.8).strokeColor(INK).stroke();
    const align = tick === from ? 'left' : tick === to ? 'right' : 'center';
    const left = align === 'left' ? x : align === 'right' ? x - 60 : x - 30;
    doc.text(day(tick), left, plot.y + plot.height + 5, { width: 60, align, lineBreak: false });
  }
}

function addDaysUtc(day: LocalDate, n: number): LocalDate {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + n);
  return date.toISOString().slice(0, 10);
}

/**
 * The line of daily means (a day alone between gaps is a dot); over a long period the days are
 * drawn light and thin under a bold line of weekly means, each at the middle of its week.
 */
function drawPainLine(doc: Doc, report: ReportData, xOf: (d: LocalDate) => number, yOf: (p: number) => number): void {
  const weekly = report.pain.weekly;
  drawDailyLine(doc, report, xOf, yOf, weekly.length > 0 ? { width: 0.5, color: DAY_LINE } : { width: 1.2, color: LINE });
  if (weekly.length === 0) return;
  const { from, to } = report.header;
  const middle = (week: LocalDate) => {
    const day = addDaysUtc(week, 3);
    return day < from ? from : day > to ? to : day;
  };
  doc.lineWidth(1.8).strokeColor(LINE);
  weekly.forEach((week, i) => {
    const x = xOf(middle(week.day));
    if (i === 0) doc.moveTo(x, yOf(week.pain));
    else doc.lineTo(x, yOf(week.pain));
  });
  doc.stroke();
}

function drawDailyLine(doc: Doc, report: ReportData, xOf: (d: LocalDate) => number, yOf: (p: number) => number, style: { width: number; color: string }): void {
  const points = report.pain.points;
  doc.lineWidth(style.width).strokeColor(style.color).fillColor(style.color);
  points.forEach((point, i) => {
    const previous = points[i - 1];
    const next = points[i + 1];
    const joinsPrevious = previous !== undefined && addDaysUtc(previous.day, 1) === point.day;
    const joinsNext = next !== undefined && addDaysUtc(point.day, 1) === next.day;
    if (joinsPrevious && previous) doc.moveTo(xOf(previous.day), yOf(previous.pain)).lineTo(xOf(point.day), yOf(point.pain)).stroke();
    if (!joinsPrevious && !joinsNext) doc.circle(xOf(point.day), yOf(point.pain), 1.6).fill();
  });
}

/** A triangle above the plot on each flare day, in a band of its own. */
function drawFlares(doc: Doc, report: ReportData, plot: Box, xOf: (d: LocalDate) => number): void {
  doc.fillColor('#b3261e').strokeColor(INK).lineWidth(0.5);
  for (const flare of report.pain.flareDays) {
    const x = xOf(flare);
    const y = plot.y + 2;
    doc.moveTo(x - 3, y).lineTo(x + 3, y).lineTo(x, y + 5).closePath().fillAndStroke();
    doc.moveTo(x, y + 5).lineTo(x, plot.y + plot.height).lineWidth(0.3).dash(1.5, { space: 1.5 }).strokeColor('#b3261e').stroke().undash();
    doc.lineWidth(0.5).strokeColor(INK);
  }
}

function drawLegend(doc: Doc, box: Box, report: ReportData, words: ReportWords): void {
  const x = box.x + box.width - 70;
  const y = box.y + 3;
  if (report.pain.weekly.length > 0) {
    const left = x - 190;
    doc.moveTo(left, y + 3).lineTo(left + 14, y + 3).lineWidth(1.8).strokeColor(LINE).stroke();
    doc.font('Helvetica').fontSize(LABEL).fillColor(INK).text(words.pain.weekly, left + 18, y - 1, { lineBreak: false });
    doc.moveTo(left + 90, y + 3).lineTo(left + 104, y + 3).lineWidth(0.5).strokeColor(DAY_LINE).stroke();
    doc.text(words.pain.daily, left + 108, y - 1, { lineBreak: false });
  }
  doc.fillColor('#b3261e').strokeColor(INK).lineWidth(0.5);
  doc.moveTo(x, y).lineTo(x + 6, y).lineTo(x + 3, y + 5).closePath().fillAndStroke();
  doc.font('Helvetica').fontSize(LABEL).fillColor(INK).text(words.pain.flare, x + 10, y - 1, { lineBreak: false });
}
