/**
 * The visit report drawn on one page with pdfkit and its built-in Helvetica: every part at a
 * fixed place and every line a single line (cut with an ellipsis), so nothing can spill onto a
 * second page whatever the data. Core has already cut each list to its limit.
 */
import PDFDocument from 'pdfkit';
import type { LocalDate } from '../../core/calendar.js';
import type { ReportData, Shortlist } from '../../core/report/index.js';
import { drawPainChart, type Doc } from './chart.js';
import { REPORT_MESSAGES, type ReportWords } from './messages.js';
import { formatReportDay, toWinAnsi } from './text.js';

const MARGIN = 42;
const INK = '#1f2933';
const MUTED = '#52606d';
const LINE_HEIGHT = 11.5;
/** The height kept for the footer line at the bottom of the page. */
const FOOTER = 30;
const PAPER = { a4: 'A4', letter: 'LETTER' } as const;

/** What the drawing needs besides the report: the locale of dates and the instant it was made. */
export interface DrawOptions {
  locale: string | null;
  now: string;
}

/** The report as a one-page PDF. */
export function drawVisitReport(report: ReportData, options: DrawOptions): Promise<Buffer> {
  const words = REPORT_MESSAGES.en;
  const day = (d: LocalDate) => formatReportDay(d, options.locale);
  const period = words.period(day(report.header.from), day(report.header.to));
  const doc = new PDFDocument({
    size: PAPER[report.header.paper],
    margin: MARGIN,
    info: {
      Title: toWinAnsi(words.documentTitle(report.header.patientName, period)),
      Author: toWinAnsi(report.header.practiceName ?? 'Pacewise'),
      Creator: 'Pacewise',
      CreationDate: new Date(options.now),
    },
  });
  const done = collect(doc);
  const page = new Page(doc, words);
  page.header(report, period, day(report.header.madeOn));
  page.chart(report, day);
  page.twoColumns(report, day);
  page.list(words.pacing.heading, report.pacing, words.pacing.none, (c) => `${day(c.at)}: ${c.message}`);
  page.list(words.stopSigns.heading, report.stopSigns, words.stopSigns.none, (s) => words.stopSigns.item(day(s.day), s.reason));
  page.list(words.insights.heading, report.insights, words.insights.none, (p) => words.insights.item(p));
  if (report.relief.length > 0) page.list(words.relief.heading, { items: [report.relief], more: 0 }, '', words.relief.item, 2);
  page.list(words.raised.heading, report.raised, words.raised.none, (r) => words.raised.item(r, day(r.day)));
  page.footer();
  doc.end();
  return done;
}

function collect(doc: Doc): Promise<Buffer> {
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  return new Promise((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
}

/** A cursor down the page. */
class Page {
  private y = MARGIN;
  private readonly width: number;

  constructor(private readonly doc: Doc, private readonly words: ReportWords) {
    this.width = doc.page.width - 2 * MARGIN;
  }

  header(report: ReportData, period: string, madeOn: string): void {
    if (report.header.practiceName) this.line(report.header.practiceName, { size: 9, color: MUTED });
    this.line(this.words.title, { size: 18, bold: true, height: 24 });
    this.line(report.header.patientName, { size: 12, bold: true, height: 16 });
    this.line(this.words.periodLine(period, madeOn), { size: 9, color: MUTED });
    this.rule();
  }

  chart(report: ReportData, day: (d: LocalDate) => string): void {
    this.heading(this.words.pain.heading);
    const height = 140;
    drawPainChart(this.doc, { x: MARGIN, y: this.y, width: this.width, height }, report, this.words, day);
    this.y += height;
    const { checkinDays, flareDays } = report.pain;
    this.line(checkinDays === 0 ? this.words.pain.none : this.words.pain.summary(checkinDays, flareDays.length), { size: 9, color: MUTED });
  }

  /** Sessions on the left, outcomes on the right. */
  twoColumns(report: ReportData, day: (d: LocalDate) => string): void {
    const top = this.y;
    const half = (this.width - 16) / 2;
    const { adherence: a, outcomes: o } = report;
    const w = this.words.adherence;
    const left = [w.all(a.sessionsDone, a.minutesDone), a.planned ? w.againstPlan(a.planned) : w.noPlan, w.partial(a.partial)];
    const right = [this.words.outcomes.peg(o.peg, day), this.words.outcomes.psfs(o.psfs)];
    this.column(MARGIN, half, this.words.adherence.heading, left);
    const leftEnd = this.y;
    this.y = top;
    this.column(MARGIN + half + 16, half, this.words.outcomes.heading, right);
    this.line(this.words.outcomes.key, { size: 7, color: MUTED, x: MARGIN + half + 16, width: half, lines: 3 });
    this.y = Math.max(this.y, leftEnd);
  }

  list<T>(heading: string, list: Shortlist<T>, none: string, say: (item: T) => string, lines = 1): void {
    this.heading(heading);
    if (list.items.length === 0) this.line(none, { size: 9, color: MUTED });
    for (const item of list.items) this.line(`•  ${say(item)}`, { size: 9, lines });
    if (list.more > 0) this.line(this.words.more(list.more), { size: 9, color: MUTED });
  }

  footer(): void {
    const y = this.doc.page.height - MARGIN - 22;
    this.doc.moveTo(MARGIN, y - 6).lineTo(MARGIN + this.width, y - 6).lineWidth(0.5).strokeColor('#9aa5b1').stroke();
    this.doc.font('Helvetica-Oblique').fontSize(8).fillColor(INK)
      .text(toWinAnsi(this.words.disclaimer), MARGIN, y, { width: this.width, height: 22, ellipsis: true });
  }

  private column(x: number, width: number, heading: string, lines: string[]): void {
    this.heading(heading, x, width);
    for (const text of lines) this.line(text, { size: 9, x, width, lines: 2 });
  }

  private heading(text: string, x = MARGIN, width = this.width): void {
    this.y += 6;
    this.line(text, { size: 10.5, bold: true, height: 15, x, width });
  }

  private rule(): void {
    this.y += 4;
    this.doc.moveTo(MARGIN, this.y).lineTo(MARGIN + this.width, this.y).lineWidth(0.5).strokeColor('#9aa5b1').stroke();
    this.y += 4;
  }

  /** Text of at most `lines` lines (one by default), cut with an ellipsis past them. */
  private line(text: string, style: { size: number; bold?: boolean; color?: string; height?: number; x?: number; width?: number; lines?: number }): void {
    const lineHeight = style.height ?? Math.max(LINE_HEIGHT, style.size * 1.3);
    const box = { width: style.width ?? this.width, height: lineHeight * (style.lines ?? 1) };
    // A safety net under core's limits: nothing is ever written over the footer or past the page.
    if (this.y + box.height > this.doc.page.height - MARGIN - FOOTER) return;
    this.doc.font(style.bold ? 'Helvetica-Bold' : 'Helvetica').fontSize(style.size).fillColor(style.color ?? INK);
    this.doc.text(toWinAnsi(text), style.x ?? MARGIN, this.y, { ...box, ellipsis: true, lineGap: 0 });
    this.y += Math.min(box.height, this.doc.y - this.y + 1);
  }
}
